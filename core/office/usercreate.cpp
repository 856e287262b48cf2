#include "usercreate.h"

#include "mutation/args.h"

#include <QCoreApplication>

namespace shoulou::office {

QJsonObject UserCreate::toJson() const
{
    return {{QStringLiteral("login"), login}, {QStringLiteral("display_name"), displayName}, {QStringLiteral("role"), toCode(role)}};
}

// {"login", "display_name", "role"}
Result<UserCreate> UserCreate::fromJson(const QJsonObject &json, int version)
{
    mutation::Args a(mutation::mutationLabel(kName, version), json);
    UserCreate u;
    u.login = a.text("login");
    u.displayName = a.text("display_name");
    const QString role = a.text("role");
    if (const auto r = fromCode<Role>(role))
        u.role = *r;
    else if (!role.isEmpty())
        a.fail("role", QCoreApplication::translate("OfficeMutations", "must be one of kiosk, consultant, manager, channel, admin"));
    if (!a.ok())
        return a.error();
    return u;
}

Result<UserCreate::Outcome> UserCreate::Outcome::fromJson(const QJsonObject &json)
{
    mutation::Args a(QString::fromLatin1(kName), json);
    Outcome o{a.text("user_id")};
    if (!a.ok())
        return a.error();
    return o;
}

} // namespace shoulou::office
