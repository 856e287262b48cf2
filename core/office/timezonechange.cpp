#include "timezonechange.h"

#include "mutation/args.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace shoulou::office {

// {"time_zone": "Asia/Shanghai"}
Result<TimeZoneChange> TimeZoneChange::fromJson(const QJsonObject &json, int version)
{
    mutation::Args a(mutation::mutationLabel(kName, version), json);
    TimeZoneChange t{a.text("time_zone")};
    if (a.ok() && !QTimeZone::isTimeZoneIdAvailable(t.timeZone.toUtf8()))
        a.fail("time_zone", QCoreApplication::translate("OfficeMutations", "is not a known time zone (e.g. Asia/Shanghai)"));
    if (!a.ok())
        return a.error();
    return t;
}

Result<TimeZoneChange::Outcome> TimeZoneChange::Outcome::fromJson(const QJsonObject &json)
{
    mutation::Args a(QString::fromLatin1(kName), json);
    Outcome o{a.text("time_zone")};
    if (!a.ok())
        return a.error();
    return o;
}

} // namespace shoulou::office
