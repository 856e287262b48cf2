#pragma once

#include "io/tablewriter.h"

#include <QSaveFile>

namespace shoulou::io {

// UTF-8 with a BOM (Excel on a Chinese Windows reads it right), CRLF, RFC 4180 quoting, cells
// that would start a formula neutralised (CWE-1236). Written to a temporary file and renamed
// on close: a failed export never leaves half a file under the chosen name.
class CsvTableWriter final : public TableWriter {
public:
    Result<void> open(const QString &path);
    Result<void> writeRow(const QStringList &cells) override;
    Result<void> close() override;

private:
    QSaveFile m_file;
};

} // namespace shoulou::io
