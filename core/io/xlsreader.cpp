#include "io/xlsreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <freexl.h>

#include <algorithm>

namespace shoulou::io {

namespace {

Error formatError(const QString &path, int code)
{
    return makeError(QStringLiteral("io.format"),
                     QCoreApplication::translate("XlsReader", "\"%1\" cannot be read as an Excel 97–2003 (.xls) workbook (FreeXL error "
                                                              "%2); save it as .xlsx or CSV and import that")
                         .arg(path)
                         .arg(code));
}

} // namespace

XlsReader::~XlsReader()
{
    if (m_handle)
        freexl_close(m_handle);
}

Result<std::unique_ptr<XlsReader>> XlsReader::open(const QString &path, const QString &sheet)
{
    std::unique_ptr<XlsReader> reader(new XlsReader);
    reader->m_size = QFileInfo(path).size();
    if (const int r = freexl_open(QFile::encodeName(path).constData(), &reader->m_handle); r != FREEXL_OK) {
        if (reader->m_handle)
            freexl_close(reader->m_handle); // FreeXL hands out a handle even when it fails
        reader->m_handle = nullptr;
        return formatError(path, r);
    }
    // FreeXL 1.0.6 reports success without a workbook for some files it cannot parse (one
    // with an empty text cell is enough).
    if (!reader->m_handle)
        return makeError(QStringLiteral("io.format"),
                         QCoreApplication::translate("XlsReader", "\"%1\" is an Excel 97–2003 (.xls) workbook this version of FreeXL "
                                                                  "cannot read; save it as .xlsx or CSV and import that")
                             .arg(path));
    unsigned int info = 0;
    if (freexl_get_info(reader->m_handle, FREEXL_BIFF_PASSWORD, &info) == FREEXL_OK && info == FREEXL_BIFF_OBFUSCATED)
        return makeError(QStringLiteral("io.format"),
                         QCoreApplication::translate("XlsReader", "\"%1\" is protected by a password; open it in Excel or WPS, "
                                                                  "save it without the password and import it again")
                             .arg(path));
    unsigned int count = 0;
    if (const int r = freexl_get_info(reader->m_handle, FREEXL_BIFF_SHEET_COUNT, &count); r != FREEXL_OK)
        return formatError(path, r);
    for (unsigned short i = 0; i < count; ++i) {
        const char *name = nullptr;
        if (freexl_get_worksheet_name(reader->m_handle, i, &name) != FREEXL_OK || !name)
            return formatError(path, FREEXL_BIFF_ILLEGAL_SHEET_INDEX);
        reader->m_sheets << QString::fromUtf8(name);
    }
    const qsizetype chosen = sheet.isEmpty() ? 0 : reader->m_sheets.indexOf(sheet);
    if (chosen < 0 || chosen >= reader->m_sheets.size()) {
        if (reader->m_sheets.isEmpty())
            return makeError(QStringLiteral("io.empty"), QCoreApplication::translate("XlsReader", "\"%1\" has no sheet").arg(path));
        return makeError(QStringLiteral("io.sheet_not_found"),
                         QCoreApplication::translate("XlsxReader", "\"%1\" has no sheet named \"%2\"; its sheets "
                                                                   "are: %3")
                             .arg(path, sheet, reader->m_sheets.join(QCoreApplication::translate("XlsxReader", ", "))));
    }
    reader->m_sheetName = reader->m_sheets.at(chosen);
    if (const int r = freexl_select_active_worksheet(reader->m_handle, static_cast<unsigned short>(chosen)); r != FREEXL_OK)
        return formatError(path, r);
    if (const int r = freexl_worksheet_dimensions(reader->m_handle, &reader->m_rows, &reader->m_columns); r != FREEXL_OK)
        return formatError(path, r);
    // The header is the first row with a cell in it.
    QList<bool> numeric;
    for (unsigned int i = 0; i < reader->m_rows; ++i) {
        if (reader->readRow(i, reader->m_header, numeric)) {
            reader->m_headerRow = i;
            reader->m_next = i + 1;
            while (!reader->m_header.isEmpty() && reader->m_header.constLast().isEmpty())
                reader->m_header.removeLast();
            return reader;
        }
    }
    return makeError(QStringLiteral("io.empty"),
                     QCoreApplication::translate("XlsxReader", "Sheet \"%1\" of \"%2\" has no header row").arg(reader->m_sheetName, path));
}

bool XlsReader::readRow(unsigned int index, QStringList &cells, QList<bool> &numeric) const
{
    cells.clear();
    numeric.clear();
    bool any = false;
    for (unsigned short c = 0; c < m_columns; ++c) {
        FreeXL_CellValue v;
        QString text;
        bool number = false;
        if (freexl_get_cell_value(m_handle, index, c, &v) == FREEXL_OK) {
            switch (v.type) {
            case FREEXL_CELL_INT:
                text = QString::number(v.value.int_value);
                number = true;
                break;
            case FREEXL_CELL_DOUBLE:
                // As a spreadsheet keeps it: 15 significant digits (13812345678, 1.10105194912310e+17).
                text = QString::number(v.value.double_value, 'g', 15);
                number = true;
                break;
            case FREEXL_CELL_TEXT:
            case FREEXL_CELL_SST_TEXT:
            case FREEXL_CELL_DATE:
            case FREEXL_CELL_DATETIME:
            case FREEXL_CELL_TIME:
                text = v.value.text_value ? QString::fromUtf8(v.value.text_value) : QString();
                break;
            default:
                break;
            }
        }
        any = any || !text.isEmpty();
        cells << text;
        numeric << number;
    }
    return any;
}

bool XlsReader::next(TableRow &row)
{
    while (m_next < m_rows) {
        const unsigned int index = m_next++;
        if (!readRow(index, row.cells, row.numeric))
            continue;
        while (row.cells.size() < m_header.size()) {
            row.cells.append(QString());
            row.numeric.append(false);
        }
        row.number = qint64(index) - qint64(m_headerRow);
        row.error.clear();
        return true;
    }
    return false;
}

qint64 XlsReader::position() const
{
    return m_rows == 0 ? m_size : qint64(double(m_size) * double(std::min(m_next, m_rows)) / double(m_rows));
}

} // namespace shoulou::io
