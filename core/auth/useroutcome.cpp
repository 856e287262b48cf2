#include "useroutcome.h"

#include "mutation/args.h"

namespace shoulou::auth {

Result<UserOutcome> UserOutcome::fromJson(const QJsonObject &json)
{
    mutation::Args a(QStringLiteral("user"), json);
    UserOutcome o{a.text("user_id")};
    if (!a.ok())
        return a.error();
    return o;
}

} // namespace shoulou::auth
