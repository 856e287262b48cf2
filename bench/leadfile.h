#pragma once

#include <QString>

namespace shoulou::bench {

struct LeadFileStats {
    qint64 rows = 0, persons = 0, repeatRows = 0, bytes = 0;
};

// Writes a realistic lead export: `rows` rows from Douyin, Xiaohongshu, Anjuke, the
// mini-program, agencies and walk-ins; ~30 % of rows are repeat persons seen on another
// channel, carrying the same phone in another notation, the same resident id (18 or legacy 15
// digits, lower-case x, spaces) or both; names sometimes in traditional characters; a few
// percent of rows with bad input (Excel-mangled phones, wrong check digits).
LeadFileStats writeLeadFile(const QString &path, qint64 rows, quint32 seed);

} // namespace shoulou::bench
