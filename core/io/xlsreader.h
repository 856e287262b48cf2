#pragma once

#include "io/tablereader.h"

#include <optional>

namespace shoulou::io {

// Legacy Excel 97–2003 workbooks (.xls, BIFF8; WPS's default in many offices), read through
// FreeXL. An .xls sheet has at most 65 536 rows, and FreeXL holds the workbook's cells in
// memory while it is open: the memory is bounded by the format.
//
// Rows as XlsxReader numbers them: row.number = spreadsheet row − header row; rows whose
// cells are all empty are skipped. Text cells come as written; number cells as their value
// (15 significant digits) with row.numeric set, so the importer can reject phone and ID
// columns Excel converted to numbers; date cells as "YYYY-MM-DD[ HH:MM:SS]" text.
class XlsReader final : public TableReader {
public:
    ~XlsReader() override;
    // Errors: io.format (not a workbook FreeXL can read, or password-protected),
    // io.sheet_not_found, io.empty (no header row).
    static Result<std::unique_ptr<XlsReader>> open(const QString &path, const QString &sheet = {});

    QStringList header() const override { return m_header; }
    bool next(TableRow &row) override;
    const Error *fatalError() const override { return nullptr; }
    qint64 position() const override;
    qint64 size() const override { return m_size; }
    QString formatName() const override { return QStringLiteral("XLS"); }

    QStringList sheetNames() const { return m_sheets; }
    QString sheetName() const { return m_sheetName; }

private:
    XlsReader() = default;
    // The cells of spreadsheet row `index` (0-based); false when they are all empty.
    bool readRow(unsigned int index, QStringList &cells, QList<bool> &numeric) const;

    const void *m_handle = nullptr;
    QStringList m_sheets;
    QString m_sheetName;
    QStringList m_header;
    unsigned int m_rows = 0, m_headerRow = 0, m_next = 0;
    unsigned short m_columns = 0;
    qint64 m_size = 0;
};

} // namespace shoulou::io
