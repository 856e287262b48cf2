#pragma once

#include "util/result.h"

#include <QString>

namespace shoulou::io {

// Parses the time a lead was captured, as offices write it: "2024-03-01 10:05[:30]",
// "2024/3/1 10:05", "2024年3月1日 10时5分", "2024-03-01T10:05:30+08:00", "20240301",
// a date alone (midnight), or an XLSX serial date when `numericCell` (45352.42).
// Times without a zone are the office's wall clock (OfficeTime). Returns ms since epoch (UTC).
// Error code: io.time ("\"%1\" is not a date and time"), message names the text.
Result<qint64> parseLeadTime(const QString &text, bool numericCell);

} // namespace shoulou::io
