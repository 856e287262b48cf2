#pragma once

#include "office/role.h"
#include "util/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace shoulou::storage {
class Database;
}

namespace shoulou::auth {

// One user of the office as the sign-in and the users dialog see it. The verifier itself is
// read only by LocalSignIn; everyone else learns whether there is one.
struct UserAccount final {
    // MustChange: a manager reset it (no verifier until the user sets one) or marked it to be
    // changed; either way the user chooses a new one at the next sign-in.
    enum class Password { NotSet, Set, MustChange };
    QString id, login, displayName;
    office::Role role = office::Role::Consultant;
    bool active = true;
    Password password = Password::NotSet;
    bool hasVerifier = false; // a password to check exists

    // "not_set", "set", "must_change" (the CLI's user list).
    QString passwordCode() const;
    friend bool operator==(const UserAccount &, const UserAccount &) = default;
};

class UserAccounts final {
public:
    // Every user, revoked ones included, by display name; a failed read is an error.
    static Result<QList<UserAccount>> list(storage::Database &db);
    // The user of a login (trimmed, exact), or nothing.
    static Result<std::optional<UserAccount>> byLogin(storage::Database &db, const QString &login);
    // Whether the office has any account at all: an office without one has no one to sign in
    // and is worked by its local administrator (Actor::localAdministrator).
    static Result<bool> any(storage::Database &db);
};

} // namespace shoulou::auth
