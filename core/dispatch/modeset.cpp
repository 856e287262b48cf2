#include "modeset.h"

#include "mutation/args.h"

#include <QCoreApplication>

namespace shoulou::dispatch {

QJsonObject ModeSet::toJson() const
{
    QJsonObject o{{QStringLiteral("mode"), mode}};
    if (!projectId.isEmpty())
        o.insert(QStringLiteral("project_id"), projectId);
    if (untilMs > 0)
        o.insert(QStringLiteral("until"), untilMs);
    return o;
}

// {"project_id"?, "mode": "grab"|"idle"|"calendar", "until"?: epoch ms (required for grab/idle)}
Result<ModeSet> ModeSet::fromJson(const QJsonObject &json, int version)
{
    mutation::Args a(mutation::mutationLabel(kName, version), json);
    ModeSet m;
    m.projectId = a.optionalText("project_id");
    m.mode = a.text("mode");
    const QJsonValue until = json.value(QLatin1String("until"));
    if (a.ok() && m.mode != QLatin1String("grab") && m.mode != QLatin1String("idle") && m.mode != QLatin1String("calendar"))
        a.fail("mode", QCoreApplication::translate("DispatchMode", "must be grab, idle or calendar"));
    if (a.ok() && m.mode != QLatin1String("calendar")) {
        if (!until.isDouble() || until.toDouble() <= 0)
            a.fail("until", QCoreApplication::translate("DispatchMode", "must say until when (epoch ms) the mode holds"));
        else
            m.untilMs = qint64(until.toDouble());
    }
    if (!a.ok())
        return a.error();
    return m;
}

QJsonObject ModeSet::Outcome::toJson() const
{
    return {{QStringLiteral("project_id"), projectId},
            {QStringLiteral("mode"), mode},
            {QStringLiteral("from"), fromMs},
            {QStringLiteral("until"), untilMs},
            {QStringLiteral("ended"), ended}};
}

Result<ModeSet::Outcome> ModeSet::Outcome::fromJson(const QJsonObject &json)
{
    mutation::Args a(QString::fromLatin1(kName), json);
    Outcome o{a.optionalText("project_id"), a.text("mode"), json.value(QLatin1String("from")).toInteger(),
              json.value(QLatin1String("until")).toInteger(), json.value(QLatin1String("ended")).toInt()};
    if (!a.ok())
        return a.error();
    return o;
}

} // namespace shoulou::dispatch
