#include "holidaycalendar.h"

#include "util/logging.h"
#include "util/officetime.h"

#include <QCoreApplication>
#include <QFile>

namespace shoulou::dispatch {

const HolidayCalendar &HolidayCalendar::builtIn()
{
    static const HolidayCalendar calendar = [] {
        auto file = CalendarFile::parse(builtInFile());
        if (!file) {
            // tst_holidaycalendar keeps the shipped file valid; a broken build still dispatches
            // by weekdays rather than not at all.
            qCWarning(lcDispatch).noquote() << file.error().message;
            return HolidayCalendar();
        }
        return HolidayCalendar().overlaid(*file, Layer::BuiltIn);
    }();
    return calendar;
}

QByteArray HolidayCalendar::builtInFile()
{
    QFile f(QStringLiteral(":/calendar/cn-holidays.json"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

HolidayCalendar HolidayCalendar::overlaid(const CalendarFile &file, Layer layer, qint64 loadedAtMs) const
{
    HolidayCalendar c = *this;
    for (int y : file.years)
        c.m_years.insert(y, Year{file.year(y), layer, loadedAtMs});
    return c;
}

HolidayCalendar::Layer HolidayCalendar::layerOf(int year) const
{
    return m_years.value(year).layer;
}

// Said when asked (not stored as text), so the shared built-in calendar follows the language
// in use rather than that of its first use.
QString HolidayCalendar::originOf(int year) const
{
    const auto it = m_years.constFind(year);
    if (it == m_years.constEnd())
        return {};
    const QString day = OfficeTime::date(it->loadedAtMs).toString(Qt::ISODate);
    switch (it->layer) {
    case Layer::Office:
        return QCoreApplication::translate("HolidayCalendar", "the calendar loaded for the office on %1").arg(day);
    case Layer::Project:
        return QCoreApplication::translate("HolidayCalendar", "the calendar loaded for this project on %1").arg(day);
    case Layer::BuiltIn:
        break;
    }
    return QCoreApplication::translate("HolidayCalendar", "the calendar shipped with Shoulou");
}

CalendarDay HolidayCalendar::day(QDate date) const
{
    CalendarDay d;
    d.date = date;
    d.kind = date.dayOfWeek() >= 6 ? DayKind::Weekend : DayKind::Workday;
    const auto it = m_years.constFind(date.year());
    if (it == m_years.constEnd())
        return d;
    d.known = true;
    d.origin = originOf(date.year());
    for (const CalendarFile::Entry &e : it->file.days) {
        if (date < e.from)
            break; // sorted by date
        if (date <= e.to) {
            d.kind = e.kind;
            d.holiday = e.holiday;
            break;
        }
    }
    return d;
}

} // namespace shoulou::dispatch
