#include "io/freexlworkbook.h"

#include <QCoreApplication>
#include <QFile>

#include <freexl.h>

namespace shoulou::io {

FreeXlWorkbook::~FreeXlWorkbook()
{
    if (m_handle)
        freexl_close(m_handle);
}

Error FreeXlWorkbook::error(int code) const
{
    return makeError(QStringLiteral("xls.freexl"),
                     QCoreApplication::translate("XlsReader", "\"%1\" cannot be read as an Excel 97–2003 (.xls) workbook (FreeXL error "
                                                              "%2); save it as .xlsx or CSV and import that")
                         .arg(m_path)
                         .arg(code));
}

Result<std::unique_ptr<FreeXlWorkbook>> FreeXlWorkbook::open(const QString &path)
{
    std::unique_ptr<FreeXlWorkbook> book(new FreeXlWorkbook);
    book->m_path = path;
    if (const int r = freexl_open(QFile::encodeName(path).constData(), &book->m_handle); r != FREEXL_OK) {
        if (book->m_handle)
            freexl_close(book->m_handle); // FreeXL hands out a handle even when it fails
        book->m_handle = nullptr;
        return book->error(r);
    }
    // FreeXL 1.0.6 reports success without a workbook for some files it cannot parse (one
    // with an empty text cell is enough).
    if (!book->m_handle)
        return makeError(QStringLiteral("xls.unreadable"),
                         QCoreApplication::translate("XlsReader", "\"%1\" is an Excel 97–2003 (.xls) workbook this version of FreeXL "
                                                                  "cannot read; save it as .xlsx or CSV and import that")
                             .arg(path));
    unsigned int info = 0;
    if (freexl_get_info(book->m_handle, FREEXL_BIFF_PASSWORD, &info) == FREEXL_OK && info == FREEXL_BIFF_OBFUSCATED)
        return makeError(QStringLiteral("xls.password"), QString());
    unsigned int count = 0;
    if (const int r = freexl_get_info(book->m_handle, FREEXL_BIFF_SHEET_COUNT, &count); r != FREEXL_OK)
        return book->error(r);
    for (unsigned short i = 0; i < count; ++i) {
        const char *name = nullptr;
        if (freexl_get_worksheet_name(book->m_handle, i, &name) != FREEXL_OK || !name)
            return book->error(FREEXL_BIFF_ILLEGAL_SHEET_INDEX);
        book->m_sheets << QString::fromUtf8(name);
    }
    return book;
}

Result<void> FreeXlWorkbook::select(qsizetype index)
{
    if (const int r = freexl_select_active_worksheet(m_handle, static_cast<unsigned short>(index)); r != FREEXL_OK)
        return error(r);
    if (const int r = freexl_worksheet_dimensions(m_handle, &m_rows, &m_columns); r != FREEXL_OK)
        return error(r);
    return {};
}

bool FreeXlWorkbook::readRow(quint32 index, QStringList &cells, QList<bool> &numeric) const
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

} // namespace shoulou::io
