#include "tablepreview.h"

#include "io/csvreader.h"
#include "io/tablereader.h"
#include "io/xlsreader.h"
#include "io/xlsxreader.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace shoulou::ui {

namespace {

// A picture, PDF or archive read as CSV decodes to control characters (GB18030 accepts almost
// any byte pair, so decoding alone does not fail): real cells never hold them.
bool looksBinary(const QStringList &cells)
{
    for (const QString &cell : cells)
        for (QChar c : cell)
            if ((c.category() == QChar::Other_Control && c != QLatin1Char('\t') && c != QLatin1Char('\n') && c != QLatin1Char('\r')) ||
                c == QChar::ReplacementCharacter)
                return true;
    return false;
}

} // namespace

Result<TablePreview> TablePreview::read(const QString &path, const QString &sheet, int maxRows)
{
    const QString name = QFileInfo(path).fileName();
    auto opened = io::openTable(path, sheet);
    if (!opened)
        return opened.error();
    std::unique_ptr<io::TableReader> reader = std::move(opened).value();

    TablePreview p;
    p.path = path;
    p.format = reader->formatName();
    p.header = reader->header();
    p.bytes = reader->size();
    if (auto *csv = dynamic_cast<io::CsvReader *>(reader.get()))
        p.delimiter = csv->delimiter();
    if (auto *xlsx = dynamic_cast<io::XlsxReader *>(reader.get())) {
        p.isWorkbook = true;
        p.sheets = xlsx->sheetNames();
        p.sheet = xlsx->sheetName();
    } else if (auto *xls = dynamic_cast<io::XlsReader *>(reader.get())) {
        p.isWorkbook = true;
        p.sheets = xls->sheetNames();
        p.sheet = xls->sheetName();
    }
    bool headerEmpty = true;
    for (const QString &h : p.header)
        headerEmpty = headerEmpty && h.trimmed().isEmpty();
    if (headerEmpty)
        return makeError(QStringLiteral("io.empty"),
                         QCoreApplication::translate("TablePreview", "\"%1\" has no header row: the first row must name "
                                                                     "the columns (姓名, 手机, …).")
                             .arg(name));

    io::TableRow row;
    while (p.rows.size() < maxRows && reader->next(row)) {
        QStringList cells = row.cells;
        while (cells.size() < p.header.size())
            cells.append(QString());
        p.rows.append(cells);
        p.rowErrors.append(row.error);
    }
    if (const Error *e = reader->fatalError())
        return *e;
    p.moreRows = p.rows.size() == maxRows && reader->next(row);
    if (!p.isWorkbook) {
        bool binary = looksBinary(p.header);
        for (qsizetype i = 0; !binary && i < p.rows.size(); ++i)
            binary = p.rowErrors.at(i).isEmpty() && looksBinary(p.rows.at(i));
        if (binary)
            return makeError(QStringLiteral("io.format"),
                             QCoreApplication::translate("TablePreview", "\"%1\" is not a CSV or XLSX file: it is not text. "
                                                                         "Save the list from Excel as CSV or XLSX.")
                                 .arg(name));
    }
    return p;
}

} // namespace shoulou::ui
