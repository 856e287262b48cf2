#include "calendarfile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace shoulou::dispatch {

namespace {

Error invalid(const QString &why)
{
    return makeError(QStringLiteral("calendar.invalid"), why); // callers say which file
}

// "entry 4 (2025-13-01)": how an error names the entry a person has to fix.
QString entryName(qsizetype index, const QJsonObject &o)
{
    const QString date = o.value(QLatin1String("date")).toString(o.value(QLatin1String("from")).toString());
    return date.isEmpty() ? QCoreApplication::translate("CalendarFile", "entry %1").arg(index + 1)
                          : QCoreApplication::translate("CalendarFile", "entry %1 (%2)").arg(index + 1).arg(date);
}

std::optional<QDate> isoDate(const QJsonValue &v)
{
    return v.isString() ? CalendarFile::parseDate(v.toString()) : std::nullopt;
}

bool isWeekend(QDate d)
{
    return d.dayOfWeek() >= 6;
}

Result<CalendarFile::Entry> readEntry(qsizetype index, const QJsonValue &value, const QList<int> &years)
{
    if (!value.isObject())
        return invalid(QCoreApplication::translate("CalendarFile", "entry %1 is not an object").arg(index + 1));
    const QJsonObject o = value.toObject();
    const QString name = entryName(index, o);
    const auto fail = [&](const QString &why) { return invalid(QStringLiteral("%1: %2").arg(name, why)); };

    CalendarFile::Entry e;
    const QString kind = o.value(QLatin1String("kind")).toString();
    const auto k = fromCode<DayKind>(kind);
    if (!k || (*k != DayKind::Holiday && *k != DayKind::SwappedWorkday))
        return fail(QCoreApplication::translate("CalendarFile", "unknown kind \"%1\" (holiday or swapped_workday)")
                        .arg(o.value(QLatin1String("kind")).toVariant().toString()));
    e.kind = *k;

    const QJsonValue holiday = o.value(QLatin1String("holiday"));
    if (!holiday.isUndefined() && !holiday.isNull()) {
        const QString h = holiday.toString();
        e.holiday = holidayByOfficialName(h);
        if (!e.holiday)
            e.holiday = fromCode<Holiday>(h);
        if (!e.holiday)
            return fail(QCoreApplication::translate("CalendarFile", "unknown holiday \"%1\" (one of %2)")
                            .arg(holiday.toVariant().toString(), officialNames()));
    } else if (e.kind == DayKind::Holiday) {
        return fail(QCoreApplication::translate("CalendarFile", "a holiday needs its name (\"holiday\": one of %1)").arg(officialNames()));
    }

    const bool single = o.contains(QLatin1String("date"));
    if (single && (o.contains(QLatin1String("from")) || o.contains(QLatin1String("to"))))
        return fail(QCoreApplication::translate("CalendarFile", "has both \"date\" and \"from\"/\"to\""));
    const auto from = isoDate(o.value(QLatin1String(single ? "date" : "from")));
    const auto to = single ? from : isoDate(o.value(QLatin1String("to")));
    if (!from)
        return fail(
            QCoreApplication::translate("CalendarFile", "\"%1\" is not a date (YYYY-MM-DD)").arg(QLatin1String(single ? "date" : "from")));
    if (!to)
        return fail(QCoreApplication::translate("CalendarFile", "\"to\" is not a date (YYYY-MM-DD)"));
    if (*to < *from)
        return fail(QCoreApplication::translate("CalendarFile", "ends before it starts"));
    if (from->daysTo(*to) > 31)
        return fail(QCoreApplication::translate("CalendarFile", "is longer than a month"));
    e.from = *from;
    e.to = *to;
    // An entry may cross New Year (元旦 2024 ran from 2023-12-30): it must touch a listed year.
    if (!years.contains(e.from.year()) && !years.contains(e.to.year()))
        return fail(QCoreApplication::translate("CalendarFile", "is not in the file's years"));
    if (e.kind == DayKind::SwappedWorkday) {
        for (QDate d = e.from; d <= e.to; d = d.addDays(1))
            if (!isWeekend(d))
                return fail(QCoreApplication::translate("CalendarFile",
                                                        "%1 is a weekday: only a Saturday or Sunday can be swapped into a working day")
                                .arg(d.toString(Qt::ISODate)));
    }
    return e;
}

} // namespace

// Qt's ISO parser takes any separator ("2025/10/01"), so the shape is checked first.
std::optional<QDate> CalendarFile::parseDate(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    const QDate d = QDate::fromString(text, Qt::ISODate);
    return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
}

Result<CalendarFile> CalendarFile::parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return invalid(
            QCoreApplication::translate("CalendarFile", "not JSON (%1 at offset %2)").arg(error.errorString()).arg(error.offset));
    if (!doc.isObject())
        return invalid(QCoreApplication::translate("CalendarFile", "not a JSON object"));
    return fromJson(doc.object());
}

Result<CalendarFile> CalendarFile::fromJson(const QJsonObject &json)
{
    const QJsonValue format = json.value(QLatin1String("format"));
    if (format.toInt(-1) != kFormat || !format.isDouble())
        return invalid(QCoreApplication::translate("CalendarFile", "\"format\" must be %1").arg(kFormat));
    CalendarFile f;
    const QJsonValue source = json.value(QLatin1String("source"));
    if (!source.isUndefined() && !source.isString())
        return invalid(QCoreApplication::translate("CalendarFile", "\"source\" must be a text"));
    f.source = source.toString().trimmed();

    const QJsonValue years = json.value(QLatin1String("years"));
    if (!years.isArray() || years.toArray().isEmpty())
        return invalid(QCoreApplication::translate("CalendarFile", "\"years\" must list the years the file covers"));
    for (const QJsonValue &y : years.toArray()) {
        const int year = y.toInt(0);
        if (!y.isDouble() || y.toDouble() != year || year < 2000 || year > 2100)
            return invalid(QCoreApplication::translate("CalendarFile", "\"years\" holds %1, not a year from 2000 to 2100")
                               .arg(y.toVariant().toString()));
        if (f.years.contains(year))
            return invalid(QCoreApplication::translate("CalendarFile", "\"years\" lists %1 twice").arg(year));
        f.years.append(year);
    }
    std::sort(f.years.begin(), f.years.end());

    const QJsonValue days = json.value(QLatin1String("days"));
    if (!days.isArray())
        return invalid(QCoreApplication::translate("CalendarFile", "\"days\" must be a list"));
    const QJsonArray list = days.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        auto e = readEntry(i, list[i], f.years);
        if (!e)
            return e.error();
        f.days.append(*e);
    }
    std::stable_sort(f.days.begin(), f.days.end(), [](const Entry &a, const Entry &b) { return a.from < b.from; });
    for (qsizetype i = 1; i < f.days.size(); ++i)
        if (f.days[i].from <= f.days[i - 1].to)
            return invalid(QCoreApplication::translate("CalendarFile", "%1 is listed twice (entries overlap)")
                               .arg(f.days[i].from.toString(Qt::ISODate)));
    // A listed year with no holiday at all is a file cut short, not a year without holidays.
    for (int y : std::as_const(f.years))
        if (std::none_of(f.days.cbegin(), f.days.cend(),
                         [y](const Entry &e) { return e.kind == DayKind::Holiday && (e.from.year() == y || e.to.year() == y); }))
            return invalid(QCoreApplication::translate("CalendarFile", "%1 is listed in \"years\" but has no holiday").arg(y));
    return f;
}

QJsonObject CalendarFile::toJson() const
{
    QJsonArray ys, ds;
    for (int y : years)
        ys.append(y);
    for (const Entry &e : days) {
        QJsonObject o{{QStringLiteral("kind"), toCode(e.kind)}};
        if (e.holiday)
            o.insert(QStringLiteral("holiday"), officialName(*e.holiday));
        if (e.from == e.to) {
            o.insert(QStringLiteral("date"), e.from.toString(Qt::ISODate));
        } else {
            o.insert(QStringLiteral("from"), e.from.toString(Qt::ISODate));
            o.insert(QStringLiteral("to"), e.to.toString(Qt::ISODate));
        }
        ds.append(o);
    }
    QJsonObject out{{QStringLiteral("format"), kFormat}, {QStringLiteral("years"), ys}, {QStringLiteral("days"), ds}};
    if (!source.isEmpty())
        out.insert(QStringLiteral("source"), source);
    return out;
}

CalendarFile CalendarFile::year(int y) const
{
    CalendarFile f;
    f.source = source;
    if (!years.contains(y))
        return f;
    f.years = {y};
    for (const Entry &e : days)
        if (e.from.year() == y || e.to.year() == y)
            f.days.append(e);
    return f;
}

} // namespace shoulou::dispatch
