#include "localsignin.h"

#include "auth/passwordverifier.h"
#include "auth/useraccounts.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace shoulou::auth {

namespace {

SignedInUser signedIn(const UserAccount &a)
{
    SignedInUser u;
    u.id = a.id;
    u.login = a.login;
    u.displayName = a.displayName;
    u.role = a.role;
    u.mustChangePassword = a.hasVerifier && a.password == UserAccount::Password::MustChange;
    return u;
}

Error revoked(const UserAccount &a)
{
    return makeError(
        QStringLiteral("auth.revoked"),
        QCoreApplication::translate("LocalSignIn", "%1 has been revoked and may not sign in. A site manager can restore the account.")
            .arg(a.displayName));
}

// The account of `login`, or the error signIn answers for it.
Result<UserAccount> accountOf(storage::Database &db, const QString &login)
{
    auto found = UserAccounts::byLogin(db, login);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(QStringLiteral("auth.unknown_login"),
                         QCoreApplication::translate("LocalSignIn", "No user of this office has the login “%1”.").arg(login.trimmed()));
    return **found;
}

} // namespace

Result<SignedInUser> LocalSignIn::signIn(storage::Database &db, const QString &login, const QString &password)
{
    auto account = accountOf(db, login);
    if (!account)
        return account.error();
    const QString verifier = db.queryText("SELECT coalesce(password_hash, '') FROM app_user WHERE id = ?1", account->id);
    if (verifier.isEmpty()) {
        if (!account->active)
            return revoked(*account);
        return makeError(QStringLiteral("auth.password_not_set"),
                         QCoreApplication::translate("LocalSignIn", "%1 has no password yet: choose one now.").arg(account->displayName));
    }
    if (!PasswordVerifier::verify(verifier, password))
        return makeError(QStringLiteral("auth.wrong_password"), QCoreApplication::translate("LocalSignIn", "Wrong password."));
    if (!account->active)
        return revoked(*account);
    SignedInUser user = signedIn(*account);
    user.needsRehash = PasswordVerifier::needsRehash(verifier);
    return user;
}

Result<LocalSignIn::OwnPassword> LocalSignIn::ownPassword(storage::Database &db, const QString &login, const QString &currentPassword,
                                                          const QString &newPassword)
{
    auto account = accountOf(db, login);
    if (!account)
        return account.error();
    if (!account->active)
        return revoked(*account);
    if (account->hasVerifier) {
        auto verified = signIn(db, login, currentPassword);
        if (!verified)
            return verified.error();
    }
    auto verifier = PasswordVerifier::create(newPassword, QCoreApplication::translate("LocalSignIn", "New password"));
    if (!verifier)
        return verifier.error();
    SignedInUser user = signedIn(*account);
    user.mustChangePassword = false;
    return OwnPassword{user, UserSetPassword{account->id, *verifier}};
}

} // namespace shoulou::auth
