#pragma once

#include "io/biffsheet.h"
#include "io/tablereader.h"
#include "io/xlslimits.h"

#include <optional>

namespace shoulou::io {

class FreeXlWorkbook;

// Legacy Excel 97–2003 workbooks (.xls, BIFF8; WPS's default in many offices), read by
// Shoulou's own BIFF8 reader (BiffWorkbook). FreeXL reads what that reader leaves alone: the
// older Excel 5.0/95 workbooks (BIFF5). Why not FreeXL for all: docs/architecture.md, import.
// An .xls sheet has at most 65 536 rows × 256 columns and both readers hold the cells of the
// sheet in memory while it is open: the memory is bounded by the format (and XlsLimits).
//
// Rows as XlsxReader numbers them: row.number = spreadsheet row − header row; rows whose
// cells are all empty are skipped. Text cells come as written; number cells as their value
// (15 significant digits) with row.numeric set, so the importer can reject phone and ID
// columns Excel converted to numbers; date cells as "YYYY-MM-DD[ HH:MM:SS]" text (a time of
// day alone as "HH:MM:SS"). The own reader also gives what FreeXL leaves empty: formula results
// (as last calculated), booleans as TRUE/FALSE and errors as #N/A like XlsxReader does; a
// shared-string index past the table's end sets row.error.
class XlsReader final : public TableReader {
public:
    enum class Engine {
        Automatic, // the own reader; FreeXL for an Excel 5.0/95 workbook
        FreeXL,    // FreeXL alone (tests compare the two)
        Builtin,   // the own reader alone
    };

    ~XlsReader() override;
    // Errors: io.format (not a workbook either reader can read, or password-protected),
    // io.sheet_not_found, io.empty (no header row).
    static Result<std::unique_ptr<XlsReader>> open(const QString &path, const QString &sheet = {}, Engine engine = Engine::Automatic,
                                                   const XlsLimits &limits = {});

    QStringList header() const override { return m_header; }
    bool next(TableRow &row) override;
    const Error *fatalError() const override { return nullptr; }
    qint64 position() const override;
    qint64 size() const override { return m_size; }
    QString formatName() const override { return QStringLiteral("XLS"); }

    QStringList sheetNames() const { return m_sheets; }
    QString sheetName() const { return m_sheetName; }
    // Which reader read the workbook: FreeXL or Builtin.
    Engine engine() const { return m_engine; }

private:
    XlsReader();
    Result<void> openWithFreeXl(const QString &path, const QString &sheet);
    Result<void> openBuiltin(const QString &path, const QString &sheet, const XlsLimits &limits);
    // The index of `sheet` in m_sheets (the first one when empty), or the error to give.
    Result<qsizetype> chooseSheet(const QString &path, const QString &sheet) const;
    Result<void> findHeader(const QString &path);
    // The cells of spreadsheet row `index` (0-based); false when they are all empty and
    // nothing in them is damaged.
    bool readRow(quint32 index, QStringList &cells, QList<bool> &numeric, QString &problem) const;

    Engine m_engine = Engine::FreeXL;
    std::unique_ptr<FreeXlWorkbook> m_freexl;
    std::optional<BiffSheet> m_biff;
    QStringList m_sheets;
    QString m_sheetName;
    QStringList m_header;
    quint32 m_rows = 0, m_headerRow = 0, m_next = 0;
    qint64 m_size = 0;
};

} // namespace shoulou::io
