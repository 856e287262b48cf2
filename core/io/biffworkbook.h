#pragma once

#include "io/biffnumberformats.h"
#include "io/biffsheet.h"
#include "io/xlslimits.h"
#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace shoulou::io {

// Shoulou's own reader of Excel 97–2003 workbooks ([MS-XLS] BIFF8): the globals substream of
// the "Workbook" stream (worksheet names and offsets, the shared-string table, number formats,
// the date system), and on request one worksheet. Unlike FreeXL 1.0.6 it reads empty text
// cells, formula results (as last calculated) and RSTRING cells. Everything is bounded by
// XlsLimits.
//
// Errors carry codes XlsReader turns into io.format with the file's name: xls.damaged,
// xls.limits, xls.version (load: an Excel 5.0/95 workbook, a "Book" stream and no "Workbook"),
// xls.password (FILEPASS: encrypted), io.open.
class BiffWorkbook final {
public:
    static Result<BiffWorkbook> load(const QString &path, const XlsLimits &limits = {});
    static Result<BiffWorkbook> parse(QByteArray stream, const XlsLimits &limits = {});

    QStringList sheetNames() const;
    bool is1904() const { return m_context.is1904; }
    Result<BiffSheet> readSheet(qsizetype index) const;

private:
    struct Sheet {
        QString name;
        quint32 offset = 0; // of its BOF record in the stream
    };

    BiffWorkbook() = default;
    Result<void> readSharedStrings(const QList<QByteArrayView> &parts);

    XlsLimits m_limits;
    QByteArray m_stream;
    QList<Sheet> m_sheets;
    BiffSheet::Context m_context;
};

} // namespace shoulou::io
