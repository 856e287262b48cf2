#include "userrevoke.h"

#include "mutation/args.h"

namespace shoulou::auth {

// {"user_id"}
Result<UserRevoke> UserRevoke::fromJson(const QJsonObject &json, int version)
{
    mutation::Args a(mutation::mutationLabel(kName, version), json);
    UserRevoke m{a.text("user_id")};
    if (!a.ok())
        return a.error();
    return m;
}

} // namespace shoulou::auth
