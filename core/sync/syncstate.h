#pragma once

#include "util/result.h"

#include <QString>

namespace shoulou::storage {
class Database;
}

namespace shoulou::sync {

// What a workstation remembers of its hub, in the office database's meta table (so it moves
// with the file and goes with a rollback): the hub's address and certificate fingerprint, the
// office code, the session, the hub's epoch and the cursor (the last hub_seq applied here).
struct SyncState final {
    bool enrolled = false;
    QString hubUrl;
    QString fingerprint;
    QString officeCode;
    QString token;
    QString login;
    // The enrolling user's id at the hub (what the CLI acts as until the roster has arrived).
    QString userId;
    QString hubEpoch;
    qint64 cursor = 0;

    static SyncState load(storage::Database &db);
    Result<void> save(storage::Database &db) const;
    static Result<void> setCursor(storage::Database &db, qint64 cursor);
    // A new session from an online sign-in (HubSignIn): the token and whose it is, in one
    // transaction, leaving everything else as it stands.
    static Result<void> setSession(storage::Database &db, const QString &token, const QString &login, const QString &userId);
};

} // namespace shoulou::sync
