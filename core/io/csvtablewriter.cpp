#include "csvtablewriter.h"

#include "io/importreport.h"

#include <QCoreApplication>

namespace shoulou::io {

Result<void> CsvTableWriter::open(const QString &path)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly))
        return makeError(QStringLiteral("export.open"),
                         QCoreApplication::translate("TableWriter", "Cannot write %1: %2").arg(path, m_file.errorString()));
    m_file.write("\xEF\xBB\xBF");
    return {};
}

Result<void> CsvTableWriter::writeRow(const QStringList &cells)
{
    QString line;
    for (int i = 0; i < cells.size(); ++i) {
        if (i)
            line += QLatin1Char(',');
        line += ImportReport::csvCell(cells[i]);
    }
    line += QLatin1String("\r\n");
    if (m_file.write(line.toUtf8()) < 0)
        return makeError(QStringLiteral("export.write"), m_file.errorString());
    return {};
}

Result<void> CsvTableWriter::close()
{
    if (!m_file.commit())
        return makeError(QStringLiteral("export.write"),
                         QCoreApplication::translate("TableWriter", "Cannot finish %1: %2").arg(m_file.fileName(), m_file.errorString()));
    return {};
}

} // namespace shoulou::io
