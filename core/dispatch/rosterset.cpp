#include "rosterset.h"

#include "mutation/args.h"

#include <QCoreApplication>

namespace shoulou::dispatch {

QJsonObject RosterSet::toJson() const
{
    return {{QStringLiteral("user_id"), userId}, {QStringLiteral("state"), toCode(state)}};
}

// {"user_id", "state": "available"|"receiving"|"break"|"off"}
Result<RosterSet> RosterSet::fromJson(const QJsonObject &json, int version)
{
    mutation::Args a(mutation::mutationLabel(kName, version), json);
    RosterSet r;
    r.userId = a.text("user_id");
    const QString state = a.text("state");
    if (a.ok()) {
        if (auto s = fromCode<ConsultantState>(state))
            r.state = *s;
        else
            a.fail("state", QCoreApplication::translate("Roster", "must be available, receiving, break or off"));
    }
    if (!a.ok())
        return a.error();
    return r;
}

QJsonObject RosterSet::Outcome::toJson() const
{
    return {{QStringLiteral("user_id"), userId},
            {QStringLiteral("state"), state},
            {QStringLiteral("since"), sinceMs},
            {QStringLiteral("changed"), changed}};
}

Result<RosterSet::Outcome> RosterSet::Outcome::fromJson(const QJsonObject &json)
{
    mutation::Args a(QString::fromLatin1(kName), json);
    Outcome o{a.text("user_id"), a.text("state"), json.value(QLatin1String("since")).toInteger(), a.flag("changed")};
    if (!a.ok())
        return a.error();
    return o;
}

} // namespace shoulou::dispatch
