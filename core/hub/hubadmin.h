#pragma once

#include "hub/hubrecords.h"
#include "util/result.h"

#include <QList>
#include <QString>

namespace shoulou {
class Clock;
}

namespace shoulou::hub {

class HubStore;

// What `shoulou-hub office|user|workstation …` do, on the same store and by the same rules as
// HubService. A user added while the office has no log yet (or while a standalone office's
// history is still coming in) waits as a pending roster entry; afterwards the hub appends a
// user.create@1 (and user.set_password@1) to the office's log, so every replica gets them.
class HubAdmin final {
public:
    HubAdmin(HubStore &store, const Clock &clock);

    Result<OfficeRecord> addOffice(const QString &name);
    Result<QList<OfficeRecord>> offices();
    Result<OfficeRecord> officeByCode(const QString &typedCode);

    Result<UserRecord> addUser(const QString &officeCode, const QString &login, const QString &displayName, const QString &role,
                               const QString &password);
    Result<UserRecord> revokeUser(const QString &officeCode, const QString &login);
    Result<QList<UserRecord>> users(const QString &officeCode);

    Result<QList<WorkstationRecord>> workstations(const QString &officeCode);
    // Every later frame with one of its sessions is refused "workstation_revoked" (kept, not
    // deleted, so the desk learns why), and it cannot enroll again under the same id.
    Result<WorkstationRecord> revokeWorkstation(const QString &workstationId);

private:
    Result<void> commitOrRollback();

    HubStore &m_store;
    const Clock &m_clock;
};

} // namespace shoulou::hub
