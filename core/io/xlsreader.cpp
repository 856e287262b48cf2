#include "io/xlsreader.h"

#include "io/biffworkbook.h"
#include "io/freexlworkbook.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace shoulou::io {

namespace {

Error passwordError(const QString &path)
{
    return makeError(QStringLiteral("io.format"),
                     QCoreApplication::translate("XlsReader", "\"%1\" is protected by a password; open it in Excel or WPS, "
                                                              "save it without the password and import it again")
                         .arg(path));
}

// The error an importer sees for a reader's failure (codes in biffworkbook.h, freexlworkbook.h).
Error formatError(const QString &path, const Error &e)
{
    if (e.code == QLatin1String("xls.password"))
        return passwordError(path);
    if (e.code == QLatin1String("xls.freexl") || e.code == QLatin1String("xls.unreadable"))
        return makeError(QStringLiteral("io.format"), e.message);
    if (!e.code.startsWith(QLatin1String("xls.")))
        return e;
    return makeError(QStringLiteral("io.format"),
                     QCoreApplication::translate("XlsReader", "\"%1\" cannot be read as an Excel 97–2003 (.xls) workbook: %2. Save it "
                                                              "as .xlsx or CSV and import that")
                         .arg(path, e.message));
}

} // namespace

XlsReader::XlsReader() = default;
XlsReader::~XlsReader() = default;

Result<std::unique_ptr<XlsReader>> XlsReader::open(const QString &path, const QString &sheet, Engine engine, const XlsLimits &limits)
{
    std::unique_ptr<XlsReader> reader(new XlsReader);
    reader->m_size = QFileInfo(path).size();
    Result<void> opened;
    if (engine == Engine::FreeXL) {
        opened = reader->openWithFreeXl(path, sheet);
    } else {
        opened = reader->openBuiltin(path, sheet, limits);
        // Excel 5.0/95 workbooks (BIFF5) are FreeXL's alone. Damaged BIFF8 ones are not handed
        // on: FreeXL 1.0.6 can crash on those (docs/architecture.md, import).
        if (engine == Engine::Automatic && !opened && opened.error().code == QLatin1String("xls.version")) {
            reader.reset(new XlsReader);
            reader->m_size = QFileInfo(path).size();
            opened = reader->openWithFreeXl(path, sheet);
        }
    }
    if (!opened)
        return formatError(path, opened.error());
    if (auto header = reader->findHeader(path); !header)
        return header.error();
    return reader;
}

Result<void> XlsReader::openWithFreeXl(const QString &path, const QString &sheet)
{
    m_engine = Engine::FreeXL;
    auto book = FreeXlWorkbook::open(path);
    if (!book)
        return book.error();
    m_freexl = std::move(book).value();
    m_sheets = m_freexl->sheetNames();
    auto chosen = chooseSheet(path, sheet);
    if (!chosen)
        return chosen.error();
    m_sheetName = m_sheets.at(chosen.value());
    if (auto selected = m_freexl->select(chosen.value()); !selected)
        return selected.error();
    m_rows = m_freexl->rowCount();
    return {};
}

Result<void> XlsReader::openBuiltin(const QString &path, const QString &sheet, const XlsLimits &limits)
{
    m_engine = Engine::Builtin;
    auto book = BiffWorkbook::load(path, limits);
    if (!book)
        return book.error();
    m_sheets = book->sheetNames();
    auto chosen = chooseSheet(path, sheet);
    if (!chosen)
        return chosen.error();
    m_sheetName = m_sheets.at(chosen.value());
    auto cells = book->readSheet(chosen.value());
    if (!cells)
        return cells.error();
    m_biff = std::move(cells).value(); // the workbook stream is let go here
    m_rows = m_biff->rowCount();
    return {};
}

Result<qsizetype> XlsReader::chooseSheet(const QString &path, const QString &sheet) const
{
    const qsizetype chosen = sheet.isEmpty() ? 0 : m_sheets.indexOf(sheet);
    if (chosen >= 0 && chosen < m_sheets.size())
        return chosen;
    if (m_sheets.isEmpty())
        return makeError(QStringLiteral("io.empty"), QCoreApplication::translate("XlsReader", "\"%1\" has no sheet").arg(path));
    return makeError(QStringLiteral("io.sheet_not_found"),
                     QCoreApplication::translate("XlsxReader", "\"%1\" has no sheet named \"%2\"; its sheets "
                                                               "are: %3")
                         .arg(path, sheet, m_sheets.join(QCoreApplication::translate("XlsxReader", ", "))));
}

Result<void> XlsReader::findHeader(const QString &path)
{
    // The header is the first row with a cell in it.
    QList<bool> numeric;
    QString problem;
    for (quint32 i = 0; i < m_rows; ++i) {
        if (readRow(i, m_header, numeric, problem)) {
            m_headerRow = i;
            m_next = i + 1;
            while (!m_header.isEmpty() && m_header.constLast().isEmpty())
                m_header.removeLast();
            return {};
        }
    }
    m_header.clear();
    return makeError(QStringLiteral("io.empty"),
                     QCoreApplication::translate("XlsxReader", "Sheet \"%1\" of \"%2\" has no header row").arg(m_sheetName, path));
}

bool XlsReader::readRow(quint32 index, QStringList &cells, QList<bool> &numeric, QString &problem) const
{
    if (m_biff)
        return m_biff->readRow(index, cells, numeric, problem);
    problem.clear();
    return m_freexl->readRow(index, cells, numeric);
}

bool XlsReader::next(TableRow &row)
{
    QString problem;
    while (m_next < m_rows) {
        const quint32 index = m_next++;
        if (!readRow(index, row.cells, row.numeric, problem))
            continue;
        while (row.cells.size() < m_header.size()) {
            row.cells.append(QString());
            row.numeric.append(false);
        }
        row.number = qint64(index) - qint64(m_headerRow);
        row.error =
            problem.isEmpty()
                ? QString()
                : QCoreApplication::translate("XlsxReader", "row %1 (spreadsheet row %2): %3").arg(row.number).arg(index + 1).arg(problem);
        return true;
    }
    return false;
}

qint64 XlsReader::position() const
{
    return m_rows == 0 ? m_size : qint64(double(m_size) * double(std::min(m_next, m_rows)) / double(m_rows));
}

} // namespace shoulou::io
