#pragma once

#include "util/result.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace shoulou::io {

// Writes a table for a person to open in Excel or WPS: every cell is text (a phone or an id
// never becomes a number), a header row first.
class TableWriter {
public:
    enum class Format { Xlsx, Csv };
    // The format from the file name: .xlsx, else CSV.
    static Format formatFor(const QString &path);
    static Result<std::unique_ptr<TableWriter>> create(const QString &path, Format format, const QString &sheetName);
    virtual ~TableWriter() = default;

    virtual Result<void> writeRow(const QStringList &cells) = 0;
    // Finishes the file; nothing is complete before this succeeds.
    virtual Result<void> close() = 0;
};

} // namespace shoulou::io
