#pragma once

#include <QString>

namespace shoulou::mutation {

class Context;

// The user a mutation is applied as, as an app_user id of this office: the Context names the
// user by id (a desk, the hub's order) or, in files from before accounts, by login. Empty for
// the local administrator or a name this office does not know — callers that record who acted
// then keep Context::userId() as it is.
QString actingUserId(Context &ctx);

} // namespace shoulou::mutation
