#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace shoulou {
namespace storage {
class Database;
}
namespace security {
class OfficeKey;
}
} // namespace shoulou

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
    // "kiosk": the reception kiosk's scoped replica (the roster, the office's set-up and its own
    // registrations; no office key, no customers). Empty: a full replica of the office.
    QString scope;
    // The office's public sealing key (OfficeSealKey), 32 bytes: what the kiosk seals a
    // visitor to. Only a kiosk keeps it; a full replica derives it from the office key.
    QByteArray sealPublicKey;

    bool kiosk() const { return scope == QLatin1String("kiosk"); }

    static SyncState load(storage::Database &db);
    Result<void> save(storage::Database &db) const;
    static Result<void> setCursor(storage::Database &db, qint64 cursor);
    // A new session from an online sign-in (HubSignIn): the token and whose it is, in one
    // transaction, leaving everything else as it stands.
    static Result<void> setSession(storage::Database &db, const QString &token, const QString &login, const QString &userId);
    // The office's public sealing key for this database: derived from `key` on a replica that
    // holds it, else the one the kiosk received at enrolment. Refused (kiosk.no_seal_key) when
    // there is neither.
    static Result<QByteArray> officeSealPublicKey(storage::Database &db, const security::OfficeKey *key);
};

} // namespace shoulou::sync
