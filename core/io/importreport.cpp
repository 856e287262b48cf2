#include "importreport.h"

#include <QCoreApplication>

namespace shoulou::io {

QString ImportReport::csvCell(const QString &value)
{
    QString v = value;
    // A spreadsheet evaluates = + - @ TAB CR at the start of a cell; apply after NFKC so a
    // full-width ＝ is caught too.
    const QString folded = v.normalized(QString::NormalizationForm_KC);
    if (!folded.isEmpty() && QStringLiteral("=+-@\t\r").contains(folded.front()))
        v.prepend(QLatin1Char('\''));
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n')) || v.contains(QLatin1Char('\r'))) {
        v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        v = QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v;
}

Result<void> ImportReport::open(const QString &path)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return makeError(QStringLiteral("io.report"),
                         QCoreApplication::translate("ImportReport", "Cannot write the report %1: %2").arg(path, m_file.errorString()));
    m_file.write("\xEF\xBB\xBFrow,status,customer_id,reason\r\n");
    return {};
}

void ImportReport::add(qint64 row, const QString &status, const QString &customerId, const QString &reason)
{
    if (!m_file.isOpen())
        return;
    const QString line = QString::number(row) + QLatin1Char(',') + status + QLatin1Char(',') + customerId + QLatin1Char(',') +
                         csvCell(reason) + QStringLiteral("\r\n");
    m_file.write(line.toUtf8());
}

Result<void> ImportReport::close()
{
    if (!m_file.isOpen())
        return {};
    const bool ok = m_file.flush();
    m_file.close();
    if (!ok)
        return makeError(QStringLiteral("io.report"),
                         QCoreApplication::translate("ImportReport", "Cannot finish the report %1").arg(m_file.fileName()));
    return {};
}

} // namespace shoulou::io
