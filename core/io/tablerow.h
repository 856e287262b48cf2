#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace shoulou::io {

// One data row of a CSV or XLSX file, as read — before any field is interpreted.
struct TableRow final {
    qint64 number = 0;   // 1-based data row (the header row is not counted)
    QStringList cells;   // one per column; missing trailing cells are empty strings
    QList<bool> numeric; // XLSX: the cell was stored as a number (same length as cells);
                         // CSV: all false
    QString error;       // non-empty when the row could not be decoded (e.g. invalid bytes);
                         // the importer rejects such a row with this reason
};

} // namespace shoulou::io
