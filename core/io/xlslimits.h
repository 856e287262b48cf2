#pragma once

#include <QtGlobal>

namespace shoulou::io {

// Caps that keep a crafted .xls from exhausting memory or time (BAD-INPUT.md §4.4). The format
// bounds a sheet to 65 536 rows × 256 columns; real office lists stay far below every cap.
struct XlsLimits final {
    qint64 maxFileBytes = qint64(512) << 20;   // the compound file is read whole
    qint64 maxStreamBytes = qint64(256) << 20; // the Workbook stream
    int maxDirectoryEntries = 65536;
    int maxSheets = 4096;
    qint64 maxCells = qint64(4) << 20;              // value cells of the sheet read (a 65 536 × 64 sheet)
    qint64 maxSharedStrings = qint64(4) << 20;      // SST entries
    qint64 maxSharedStringChars = qint64(64) << 20; // UTF-16 units in the SST
};

} // namespace shoulou::io
