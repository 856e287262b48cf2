#include "actinguser.h"

#include "mutation/context.h"
#include "storage/database.h"

namespace shoulou::mutation {

QString actingUserId(Context &ctx)
{
    return ctx.db().queryText("SELECT id FROM app_user WHERE id = ?1 OR login = ?1", ctx.userId());
}

} // namespace shoulou::mutation
