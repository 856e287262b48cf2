#pragma once

#include "sync/transport.h"
#include "util/result.h"

#include <QString>

namespace shoulou {
class Clock;
namespace security {
class OfficeKey;
}
} // namespace shoulou

namespace shoulou::sync {

// Joins an office database to its hub (`shoulou-cli enroll`, the desk's enrolment dialog).
//  - A new file becomes a replica of the hub's office: the office key comes from the hub,
//    sealed to a key pair made for this workstation; the office itself arrives with the first
//    pull. Into an office the hub has no data for yet, it starts the office (office.init).
//  - An existing standalone office brings its data and history when the hub's office is
//    still empty (its outbox becomes the office's log; its key becomes the office's, sent
//    sealed to the hub's key); into an office with data of its own it is refused, with why.
//  - The reception kiosk (kind "kiosk", or a user whose role is kiosk) enrolls a new file only
//    and never holds the office key: it keeps the office's public sealing key instead (the hub
//    sends it), sends no key and starts no office; its replica is the roster, the office's
//    set-up and its own registrations.
struct EnrollRequest final {
    QString databasePath;
    QString hubUrl;
    QString fingerprint;
    QString officeCode;
    QString login;
    QString password;
    // The office key, when the caller has it unlocked already (the desk's open office);
    // otherwise the file's key store is asked.
    const security::OfficeKey *key = nullptr;
    // "desk", or "kiosk" for the reception kiosk (`shoulou-cli enroll --kiosk`). A desk
    // enrolment by a user whose role is kiosk becomes a kiosk's too.
    QString kind = QStringLiteral("desk");
};

struct EnrollResult final {
    QString officeCode;
    QString officeName;
    QString workstationId;
    QString login;
    QString role;
    bool broughtHistory = false;
    bool kiosk = false; // enrolled as the reception kiosk: no office key here
};

Result<EnrollResult> enroll(const EnrollRequest &request, Transport &transport, const Clock &clock);

} // namespace shoulou::sync
