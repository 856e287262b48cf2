#pragma once

#include "auth/usersetpassword.h"
#include "office/role.h"
#include "util/result.h"

#include <QString>

namespace shoulou::storage {
class Database;
}

namespace shoulou::auth {

// Who signed in at this workstation.
struct SignedInUser final {
    QString id, login, displayName;
    office::Role role = office::Role::Consultant;
    // Signed in with a password a manager marked to be changed: a new one is asked for now.
    bool mustChangePassword = false;
    // The verifier was made with other limits than this build's: make a new one while the
    // password is at hand.
    bool needsRehash = false;
    friend bool operator==(const SignedInUser &, const SignedInUser &) = default;
};

// Signs a user in against the office database (a reader is enough). Errors, each with its
// code and a sentence for the person at the desk:
//   auth.unknown_login     no user has that login
//   auth.wrong_password    the password is not that user's
//   auth.revoked           the user was revoked (inactive)
//   auth.password_not_set  the user has no password yet (never set, or reset by a manager):
//                          they set one first (ownPassword)
// Verifying takes about a tenth of a second (argon2id): never on the GUI thread. The throttle
// (SignInThrottle) is the caller's: it decides whether to ask at all.
class LocalSignIn final {
public:
    static Result<SignedInUser> signIn(storage::Database &db, const QString &login, const QString &password);

    // A user setting their own password, and the mutation to apply as them
    // (user.set_password, carrying the new verifier):
    //  - without a password yet (first sign-in, or after a reset) `currentPassword` is not asked;
    //  - otherwise it must be right (a change, or a password marked "must change").
    // A revoked or unknown user is refused as by signIn; `newPassword` must pass
    // PasswordVerifier::checkNew (the error names "New password").
    struct OwnPassword {
        SignedInUser user;
        UserSetPassword mutation;
    };
    static Result<OwnPassword> ownPassword(storage::Database &db, const QString &login, const QString &currentPassword,
                                           const QString &newPassword);
};

} // namespace shoulou::auth
