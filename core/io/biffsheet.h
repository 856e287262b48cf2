#pragma once

#include "io/biffnumberformats.h"
#include "io/xlslimits.h"
#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace shoulou::io {

// The value cells of one worksheet of a BIFF8 workbook, read from its substream (BOF … EOF)
// and kept in memory, sorted by row and column (at most XlsLimits::maxCells). Cells as
// XlsReader documents them: text as written, numbers with `numeric` set, dates and times as
// text, booleans as TRUE/FALSE, errors as #N/A and the like; blank cells are empty.
class BiffSheet final {
public:
    // What the sheet's cells refer to in the workbook globals.
    struct Context {
        QStringList sharedStrings;
        BiffNumberFormats formats;
        bool is1904 = false;
    };

    // The substream starting at `offset` of the Workbook stream. Errors: xls.damaged, xls.limits.
    static Result<BiffSheet> parse(const QByteArray &stream, qsizetype offset, Context context, const XlsLimits &limits = {});

    // Spreadsheet rows 0 … rowCount() − 1 may hold cells; every row has columnCount() cells.
    quint32 rowCount() const { return quint32(m_rowStart.size() - 1); }
    int columnCount() const { return m_columns; }
    // The cells of spreadsheet row `index` (0-based); false when they are all empty. `problem`
    // names a cell that could not be read (a shared-string index past the table's end).
    bool readRow(quint32 index, QStringList &cells, QList<bool> &numeric, QString &problem) const;

private:
    enum class Kind : quint8 { Number, SharedString, Text, Boolean, Error };
    struct Cell {
        double number = 0;
        quint32 index = 0; // shared string, text or error code
        quint16 row = 0, column = 0;
        Kind kind = Kind::Number;
        BiffNumberFormats::Kind format = BiffNumberFormats::Kind::Number; // of a number: a date or time?
    };
    class Parser;

    BiffSheet() = default;
    void finish(int declaredColumns);
    QString cellText(const Cell &cell, bool &numeric, QString &problem) const;

    Context m_context;
    QList<Cell> m_cells;
    QStringList m_texts;            // of LABEL, RSTRING and string formula results
    QList<qsizetype> m_rowStart{0}; // row r's cells are m_cells[m_rowStart[r] … m_rowStart[r + 1])
    int m_columns = 0;
};

} // namespace shoulou::io
