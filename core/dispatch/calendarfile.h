#pragma once

#include "dispatch/daykind.h"
#include "dispatch/holiday.h"
#include "util/result.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace shoulou::dispatch {

// A holiday calendar as a file (resources/calendar/cn-holidays.json ships 2025 and 2026; a
// manager loads next year's when the State Council announces it):
//   {"format": 1, "source": "国务院办公厅关于2026年部分节假日安排的通知", "years": [2026],
//    "days": [{"kind": "holiday", "holiday": "春节", "from": "2026-02-15", "to": "2026-02-23"},
//             {"kind": "swapped_workday", "holiday": "春节", "date": "2026-02-14"}, …]}
// Only the exceptions are listed: every other day of a listed year is a working day Monday to
// Friday and a weekend day on Saturday and Sunday. parse() refuses the whole file on the first
// bad entry, naming it ("entry 4 (2025-13-01): …"; the caller says which file) — a calendar
// half right is worse than none.
struct CalendarFile final {
    struct Entry {
        DayKind kind = DayKind::Holiday; // Holiday or SwappedWorkday
        std::optional<Holiday> holiday;  // required for a holiday; for a swapped day, the one it pays for
        QDate from, to;                  // inclusive; one day: from == to
        friend bool operator==(const Entry &, const Entry &) = default;
    };

    QString source;    // the notice the dates come from
    QList<int> years;  // the years the file decides completely, ascending
    QList<Entry> days; // sorted by date, no two overlapping

    static Result<CalendarFile> parse(const QByteArray &json);
    // A date written YYYY-MM-DD and nothing else (not 2025/10/01, not 2025-1-1, no time).
    static std::optional<QDate> parseDate(const QString &text);
    static Result<CalendarFile> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    // The part of the file for one year (what is stored per year).
    CalendarFile year(int year) const;
    friend bool operator==(const CalendarFile &, const CalendarFile &) = default;

    static constexpr int kFormat = 1;
};

} // namespace shoulou::dispatch
