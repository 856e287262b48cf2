#pragma once

#include "dispatch/calendarday.h"
#include "dispatch/calendarfile.h"

#include <QDate>
#include <QMap>
#include <QString>

namespace shoulou::dispatch {

// China's public holidays and swapped working days, year by year, and what kind of day any date
// is. A calendar is built in layers: the file shipped in the binary (2025 and 2026 from the
// State Council's notices), then the years loaded for the office, then those loaded for one
// project — a later layer replaces a year as a whole (a year is one notice). A plain value:
// the dispatch rules get it in their snapshot.
class HolidayCalendar final {
public:
    // The calendar shipped in the binary (resources/calendar/cn-holidays.json).
    static const HolidayCalendar &builtIn();
    // The shipped file's text, for `shoulou-cli calendar --export` and tests.
    static QByteArray builtInFile();

    // Where a year's dates come from.
    enum class Layer { BuiltIn, Office, Project };
    // This calendar with every year of `file` replacing what it had for that year
    // (`loadedAtMs`: when the file was loaded, for the trace).
    HolidayCalendar overlaid(const CalendarFile &file, Layer layer, qint64 loadedAtMs = 0) const;

    CalendarDay day(QDate date) const;
    DayKind kind(QDate date) const { return day(date).kind; }
    DispatchMode mode(QDate date) const { return day(date).mode(); }
    bool covers(int year) const { return m_years.contains(year); }
    QList<int> years() const { return m_years.keys(); }
    // "the calendar loaded for this project on 2025-11-05" (translated); empty: no such year.
    QString originOf(int year) const;
    Layer layerOf(int year) const;

private:
    struct Year {
        CalendarFile file; // that year's part of the file it came from
        Layer layer = Layer::BuiltIn;
        qint64 loadedAtMs = 0;
    };
    QMap<int, Year> m_years;
};

} // namespace shoulou::dispatch
