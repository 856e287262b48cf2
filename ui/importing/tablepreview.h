#pragma once

#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace shoulou::ui {

// The first rows of a file to import, read once to let the user check the columns before
// anything is written. Plain data: built on a background thread, shown on the GUI thread.
struct TablePreview final {
    QString path;
    QString format;          // the reader's format name: "UTF-8 (BOM)", "GB18030", "XLSX", …
    bool isWorkbook = false; // XLSX or XLS: `sheets` lists the workbook's sheets
    QChar delimiter;         // CSV: the detected field separator (',', '\t' or ';')
    QStringList sheets;
    QString sheet; // the sheet read
    QStringList header;
    QList<QStringList> rows;  // at most the rows asked for, each as long as the header
    QList<QString> rowErrors; // per row: why it could not be decoded, or empty
    bool moreRows = false;    // the file goes on after these rows
    qint64 bytes = 0;         // size of the source (XLSX: of the sheet's XML)

    // Reads the header and up to `maxRows` rows of `path` (`sheet`: XLSX sheet name, empty =
    // the first). Errors name the file and the problem (cannot open, not a table, bad
    // encoding, unsafe workbook, no header).
    static Result<TablePreview> read(const QString &path, const QString &sheet, int maxRows);
};

} // namespace shoulou::ui
