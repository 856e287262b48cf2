#include "rolecheck.h"

#include "auth/actor.h"
#include "auth/permissions.h"
#include "office/role.h"
#include "util/codetable.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace shoulou::hub {

RoleDecision mayApply(const QString &role, const QString &userId, const QString &mutationName, const QByteArray &argsJson)
{
    const auto parsed = fromCode<office::Role>(role);
    if (!parsed)
        return {false, QCoreApplication::translate("RoleCheck", "The user has no known role.")};
    const auth::Actor actor = auth::Actor::user(userId, *parsed);
    // The arguments are parsed only when the role's access is limited and they decide.
    const QJsonObject args = auth::Permissions::needsArguments(*parsed, mutationName) ? QJsonDocument::fromJson(argsJson).object()
                                                                                      : QJsonObject();
    const auth::Verdict verdict = auth::Permissions::check(actor, mutationName, args);
    return {verdict.allowed, verdict.reason};
}

} // namespace shoulou::hub
