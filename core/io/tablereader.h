#pragma once

#include "io/tablerow.h"
#include "util/result.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace shoulou::io {

// Streams rows from a tabular file in constant memory.
class TableReader {
public:
    virtual ~TableReader() = default;

    virtual QStringList header() const = 0;
    // Fills `row` with the next data row; false at the end of the data or on a fatal error
    // (then fatalError() says why). Rows that cannot be decoded are still returned, with
    // row.error set, so the importer can report them and go on.
    virtual bool next(TableRow &row) = 0;
    virtual const Error *fatalError() const = 0;

    // Progress: bytes of the source consumed so far and in total (XLSX: of the sheet XML).
    virtual qint64 position() const = 0;
    virtual qint64 size() const = 0;

    // "UTF-8", "UTF-8 (BOM)", "GB18030", "UTF-16LE", "XLSX" …, for the import preview.
    virtual QString formatName() const = 0;
};

// Opens CSV/TSV/TXT (encoding and delimiter detected), XLSX or XLS (first sheet, or `sheet` by name).
// Errors: io.open, io.format, io.encoding, io.xlsx_limits (zip bomb, too many entries, DTD/entity),
// io.sheet_not_found, io.empty.
Result<std::unique_ptr<TableReader>> openTable(const QString &path, const QString &sheet = {});

} // namespace shoulou::io
