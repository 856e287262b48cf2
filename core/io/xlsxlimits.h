#pragma once

#include <QtGlobal>

namespace shoulou::io {

// Caps that keep a hostile XLSX (zip bomb, millions of entries) from exhausting memory or
// disk (BAD-INPUT.md §4.4). Real exports of a sales office stay far below every one: a
// 1 M-row sheet is a few hundred MiB of XML and compresses about 10:1.
struct XlsxLimits final {
    int maxEntries = 10000;
    qint64 maxSheetBytes = qint64(1) << 30; // 1 GiB of sheet XML
    qint64 maxSharedStringsBytes = qint64(256) << 20;
    qint64 maxOtherPartBytes = qint64(64) << 20; // workbook.xml, .rels
    qint64 maxTotalBytes = qint64(4) << 30;      // sum over all entries
    qint64 ratioThreshold = qint64(1) << 20;     // ratio is checked above this size
    qint64 maxRatio = 200;
};

} // namespace shoulou::io
