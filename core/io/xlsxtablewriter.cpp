#include "xlsxtablewriter.h"

#include <QCoreApplication>
#include <QFile>

#include <xlsxwriter.h>

namespace shoulou::io {

namespace {
QString partPath(const QString &path) { return path + QStringLiteral(".part"); }
} // namespace

XlsxTableWriter::~XlsxTableWriter()
{
    if (m_book) { // not closed: an abandoned export leaves no file behind
        workbook_close(m_book);
        QFile::remove(partPath(m_path));
    }
}

Result<void> XlsxTableWriter::open(const QString &path, const QString &sheetName)
{
    m_path = path;
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    const QByteArray part = partPath(path).toUtf8();
    m_book = workbook_new_opt(part.constData(), &options);
    if (!m_book)
        return makeError(QStringLiteral("export.open"), QCoreApplication::translate("TableWriter", "Cannot write %1.").arg(path));
    m_sheet = workbook_add_worksheet(m_book, sheetName.isEmpty() ? nullptr : sheetName.left(31).toUtf8().constData());
    return {};
}

Result<void> XlsxTableWriter::writeRow(const QStringList &cells)
{
    if (m_row >= quint32(kMaxRows))
        return makeError(QStringLiteral("export.too_many_rows"),
                         QCoreApplication::translate("TableWriter", "An Excel sheet holds at most %1 rows; export to CSV instead.")
                             .arg(kMaxRows));
    for (int c = 0; c < cells.size(); ++c) {
        if (cells[c].isEmpty())
            continue;
        const QByteArray utf8 = cells[c].toUtf8();
        if (worksheet_write_string(m_sheet, m_row, lxw_col_t(c), utf8.constData(), nullptr) != LXW_NO_ERROR)
            return makeError(QStringLiteral("export.write"),
                             QCoreApplication::translate("TableWriter", "Cannot write row %1 of %2.").arg(m_row + 1).arg(m_path));
    }
    ++m_row;
    return {};
}

Result<void> XlsxTableWriter::close()
{
    const lxw_error e = workbook_close(m_book);
    m_book = nullptr;
    if (e != LXW_NO_ERROR) {
        QFile::remove(partPath(m_path));
        return makeError(QStringLiteral("export.write"), QCoreApplication::translate("TableWriter", "Cannot finish %1: %2")
                                                             .arg(m_path, QString::fromUtf8(lxw_strerror(e))));
    }
    QFile::remove(m_path);
    if (!QFile::rename(partPath(m_path), m_path))
        return makeError(QStringLiteral("export.write"), QCoreApplication::translate("TableWriter", "Cannot finish %1: %2")
                                                             .arg(m_path, QStringLiteral("rename")));
    return {};
}

} // namespace shoulou::io
