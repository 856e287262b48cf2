#pragma once

#include "office/role.h"

#include <QString>

namespace shoulou::auth {

// Who applies a mutation: a user of the office with their role, or the office's local
// administrator. The local administrator is no row of app_user: it is whoever holds the
// office file and its key on a standalone office (the CLI without --as, an office that has no
// accounts yet, the demo generator, tests) — holding both is the credential there (issue #11).
struct Actor final {
    QString userId; // empty for the local administrator
    office::Role role = office::Role::Admin;
    bool local = true;

    static Actor localAdministrator() { return {}; }
    static Actor user(QString id, office::Role role) { return {std::move(id), role, false}; }
};

} // namespace shoulou::auth
