#pragma once

#include "hub/hubrecords.h"
#include "util/hlc.h"
#include "util/result.h"
#include "util/uuid.h"

#include <QJsonObject>
#include <QString>

namespace shoulou {
class Clock;
}

namespace shoulou::hub {

class HubStore;

// Keeps the hub's roster (hub_user) in step with what every replica will have after applying
// the log, and appends the hub's own roster ops. The hub never runs mutation handlers, so it
// mirrors the few it must know: user.create@1 (a login taken already fails on every replica,
// so it teaches nothing), and core/auth's user.set_password@1, user.reset_password@1,
// user.revoke@1, user.restore@1. Everything here runs inside the caller's write transaction.
class Roster final {
public:
    static constexpr const char *kHubWorkstation = "hub"; // workstation_id of the hub's own ops
    static constexpr const char *kUserCreate = "user.create";
    static constexpr const char *kSetPassword = "user.set_password";
    static constexpr const char *kResetPassword = "user.reset_password";
    static constexpr const char *kRevoke = "user.revoke";
    static constexpr const char *kRestore = "user.restore";

    Roster(HubStore &store, const Clock &clock);

    // The app_user.id every replica gives the user created by user.create@1 under `opId`: the
    // handler's first Context::newId(), which depends only on op_id.
    static QString userIdFor(const QString &opId);

    // After `entry` (applied) was stored in `officeId`'s log: learn what it does to the roster.
    Result<void> learn(const QString &officeId, const LogEntry &entry);

    // Appends an op of the hub itself (workstation "hub", user none) at `nextHubSeq`, which
    // it advances. `opId` empty: a new UUIDv7.
    Result<LogEntry> appendHubOp(const QString &officeId, qint64 &nextHubSeq, const QString &name, int version, const QJsonObject &args,
                                 const QJsonObject &result = {}, QString opId = {});

    // Appends what a user added at the hub needs on every replica: user.create@1 (under the op_id
    // reserved for it) unless the office's history created that login already, then its
    // verifier (user.set_password@1) and, if revoked meanwhile, user.revoke@1. Clears pending.
    Result<int> flushPending(const QString &officeId, qint64 &nextHubSeq);
    Result<bool> hasPending(const QString &officeId);

    // user.create@1 + user.set_password@1 for a user added at the hub to an office with a log.
    Result<UserRecord> appendNewUser(const QString &officeId, qint64 &nextHubSeq, const QString &login, const QString &displayName,
                                     const QString &role, const QString &verifier);

private:
    Result<void> learnCreate(const QString &officeId, const LogEntry &entry, const QJsonObject &args);
    Result<void> appendUserState(const QString &officeId, qint64 &nextHubSeq, const UserRecord &user);

    HubStore &m_store;
    const Clock &m_clock;
    UuidV7 m_uuid;
    Hlc m_hlc;
};

} // namespace shoulou::hub
