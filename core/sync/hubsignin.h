#pragma once

#include "sync/transport.h"
#include "util/result.h"

#include <QString>

namespace shoulou::storage {
class Database;
}

namespace shoulou::sync {

// Who the hub signed in, and the session it opened for this workstation.
struct HubSession final {
    QString token;
    QString userId;
    QString login;
    QString displayName;
    QString role;
};

// Online sign-in of a person at an enrolled workstation (the `signin` frame): the hub checks
// login and password against its own roster — the authority, which may know of a changed
// password or a revocation this replica has not pulled yet — and opens a new session. Its
// token replaces the stored one (sync.token, with sync.login and sync.user_id), so a
// workstation whose session expired (12 h without use: off overnight) syncs again.
//
// Errors keep the hub's code, with a sentence for the person said here:
//   wrong_password       the hub does not accept this login and password
//   user_revoked         the account is revoked at the hub
//   workstation_revoked  this workstation is revoked at the hub
//   workstation_unknown  the hub does not know this workstation (enrolled at another hub)
//   throttled            too many failures from here or for this login: try again later
//   sync.unreachable     the hub cannot be reached (the person works offline meanwhile)
//   sync.not_enrolled    the office database is not enrolled with a hub
// Only the three session keys of meta change, never the cursor or the epoch (the sync thread
// may be moving those on its own connection).
class HubSignIn final {
public:
    HubSignIn(storage::Database &db, Transport &transport);

    Result<HubSession> signIn(const QString &login, const QString &password);

private:
    storage::Database &m_db;
    Transport &m_transport;
};

} // namespace shoulou::sync
