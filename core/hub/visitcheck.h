#pragma once

#include "hub/hubrecords.h"
#include "security/officesealkey.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace shoulou::hub {

class HubKeys;

// At push time, a walk-in registered at the reception kiosk (visit.register) whose sealed
// visitor does not open with the office's key pair, or does not hold a usable visitor, is
// refused. The kiosk cannot check what it sealed (it has no office key) and every full replica
// would fail the op: refused here, it never enters the log, and the kiosk undoes it and shows
// the reason. The hub holds the office key (sealed to its own), so it can open the payload; it
// still runs no handler. Nothing of the payload is kept or logged.
class VisitCheck final {
public:
    explicit VisitCheck(const HubKeys &keys)
        : m_keys(keys)
    {}

    // Empty when the op may go into the log; else the reason for the person. An office without
    // its key yet cannot be checked (no kiosk enrols there) and passes.
    std::optional<QString> refusal(const OfficeRecord &office, const QByteArray &argsJson);
    // Forgets the office's key pair (after each push: it is kept only while one is handled).
    void forget();

private:
    const HubKeys &m_keys;
    QString m_officeId;
    std::optional<security::OfficeSealKey> m_key;
};

} // namespace shoulou::hub
