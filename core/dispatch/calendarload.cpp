#include "calendarload.h"

#include "mutation/args.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace shoulou::dispatch {

namespace {

QJsonValue optionalText(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QJsonObject CalendarLoad::toJson() const
{
    return {{QStringLiteral("project_id"), optionalText(projectId)}, {QStringLiteral("calendar"), calendar.toJson()}};
}

// {"project_id": text|null, "calendar": {the file}}
Result<CalendarLoad> CalendarLoad::fromJson(const QJsonObject &json, int version)
{
    const QString label = mutation::mutationLabel(kName, version);
    mutation::Args a(label, json);
    CalendarLoad l;
    l.projectId = a.optionalText("project_id");
    auto file = a.object("calendar");
    if (a.ok() && !file)
        a.fail("calendar", QCoreApplication::translate("Args", "is required"));
    if (!a.ok())
        return a.error();
    auto parsed = CalendarFile::fromJson(file->raw());
    if (!parsed)
        return mutation::fieldError(label, QStringLiteral("calendar"),
                                    QCoreApplication::translate("CalendarFile", "is not a valid calendar: %1").arg(parsed.error().message));
    l.calendar = *parsed;
    return l;
}

QJsonObject CalendarLoad::Outcome::toJson() const
{
    QJsonArray ys;
    for (int y : years)
        ys.append(y);
    return {{QStringLiteral("project_id"), optionalText(projectId)}, {QStringLiteral("years"), ys}, {QStringLiteral("days"), days}};
}

Result<CalendarLoad::Outcome> CalendarLoad::Outcome::fromJson(const QJsonObject &json)
{
    mutation::Args a(QString::fromLatin1(kName), json);
    Outcome o;
    o.projectId = a.optionalText("project_id");
    o.days = int(a.maybeInteger("days").value_or(0));
    if (!a.ok())
        return a.error();
    for (const QJsonValue &y : json.value(QLatin1String("years")).toArray())
        o.years.append(y.toInt());
    return o;
}

} // namespace shoulou::dispatch
