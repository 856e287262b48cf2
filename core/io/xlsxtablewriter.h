#pragma once

#include "io/tablewriter.h"

struct lxw_workbook;
struct lxw_worksheet;

namespace shoulou::io {

// XLSX through libxlsxwriter in constant-memory mode (rows are streamed to disk, so a million
// customers export without holding them). Every cell is a string cell: Excel shows phones and
// ids as typed and never evaluates a cell as a formula. Written to "<path>.part" and renamed
// on close.
class XlsxTableWriter final : public TableWriter {
public:
    ~XlsxTableWriter() override;
    Result<void> open(const QString &path, const QString &sheetName);
    Result<void> writeRow(const QStringList &cells) override;
    Result<void> close() override;

    static constexpr int kMaxRows = 1048576; // Excel's sheet limit, header included

private:
    QString m_path;
    lxw_workbook *m_book = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    quint32 m_row = 0;
};

} // namespace shoulou::io
