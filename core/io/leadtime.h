#pragma once

#include "util/result.h"

#include <QString>

namespace shoulou::io {

// How a date with the year last is read: 03/04/2025 is 3 April (day first, as in most of
// the world and in many Excel exports) or 4 March (month first, as in the US).
enum class DateOrder { Unknown, DayFirst, MonthFirst };

// Parses the time a lead was captured, as offices write it: "2024-03-01 10:05[:30]",
// "2024/3/1 10:05", "2024年3月1日 10时5分", "2024-03-01T10:05:30+08:00", "20240301",
// "30/11/2026", "11/30/2026 10:05", "30.11.2026", a date alone (midnight), or an XLSX serial
// date when `numericCell` (45352.42). A year-last date whose day and month could be either
// way round (both ≤ 12) is read in `order`; with DateOrder::Unknown it is an error
// (io.time_ambiguous). One that is possible only one way round (30/11/2026) is read that way
// unless `order` says otherwise.
// Times without a zone are the office's wall clock (OfficeTime). Returns ms since epoch (UTC).
// Error codes: io.time ("\"%1\" is not a date and time"), io.time_ambiguous; the message
// names the text.
Result<qint64> parseLeadTime(const QString &text, bool numericCell, DateOrder order = DateOrder::Unknown);

// What the year-last dates among `texts` say about their order: DayFirst when one can only be
// day first (a first number above 12) and none only month first, MonthFirst the other way
// round, Unknown when none decides (every day ≤ 12) or they contradict each other.
// `yearLast` (optional) tells whether any text is a year-last date at all.
DateOrder detectDateOrder(const QStringList &texts, bool *yearLast = nullptr);

} // namespace shoulou::io
