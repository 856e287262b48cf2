#include "settingset.h"

#include "mutation/args.h"
#include "settings/settingkeys.h"

#include <QCoreApplication>

namespace shoulou::settings {

namespace {

QJsonValue optionalText(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QJsonObject SettingSet::toJson() const
{
    return {
        {QStringLiteral("project_id"), optionalText(projectId)}, {QStringLiteral("key"), key}, {QStringLiteral("value"), double(value)}};
}

// {"project_id": text|null, "key": "dispatch.idle_minutes", "value": 30}
Result<SettingSet> SettingSet::fromJson(const QJsonObject &json, int version)
{
    mutation::Args a(mutation::mutationLabel(kName, version), json);
    SettingSet s;
    s.projectId = a.optionalText("project_id");
    s.key = a.text("key");
    const SettingKey *known = a.ok() ? SettingKeys::find(s.key) : nullptr;
    if (a.ok() && !known)
        a.fail("key", QCoreApplication::translate("Settings", "is not a known setting: %1").arg(s.key));
    if (!a.ok())
        return a.error();
    // Every problem with the value names the setting it was meant for.
    const QJsonValue raw = json.value(QLatin1String("value"));
    mutation::Args value(a.mutation(), {{QStringLiteral("value"), raw}});
    const auto number = value.maybeInteger("value");
    if (raw.isUndefined() || raw.isNull())
        a.fail("value", QCoreApplication::translate("Settings", "for %1 is required").arg(s.key));
    else if (!number)
        a.fail("value", QCoreApplication::translate("Settings", "for %1 must be a whole number").arg(s.key));
    else if (const auto why = SettingKeys::refusal(*known, *number))
        a.fail("value", *why);
    else
        s.value = *number;
    if (!a.ok())
        return a.error();
    return s;
}

QJsonObject SettingSet::Outcome::toJson() const
{
    return {{QStringLiteral("project_id"), optionalText(projectId)},
            {QStringLiteral("key"), key},
            {QStringLiteral("value"), double(value)},
            {QStringLiteral("previous"), previous ? QJsonValue(double(*previous)) : QJsonValue(QJsonValue::Null)}};
}

Result<SettingSet::Outcome> SettingSet::Outcome::fromJson(const QJsonObject &json)
{
    mutation::Args a(QString::fromLatin1(kName), json);
    Outcome o;
    o.projectId = a.optionalText("project_id");
    o.key = a.text("key");
    o.value = a.maybeInteger("value").value_or(0);
    o.previous = a.maybeInteger("previous");
    if (!a.ok())
        return a.error();
    return o;
}

} // namespace shoulou::settings
