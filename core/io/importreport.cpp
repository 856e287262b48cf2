#include "importreport.h"

#include <QCoreApplication>
#include <QSaveFile>

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

Result<void> ImportReport::close(const QHash<QString, QString> &moved)
{
    const bool wasOpen = m_file.isOpen();
    if (auto r = close(); !r || !wasOpen || moved.isEmpty())
        return r;
    QFile in(m_file.fileName());
    QSaveFile out(m_file.fileName());
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        return makeError(QStringLiteral("io.report"),
                         QCoreApplication::translate("ImportReport", "Cannot finish the report %1").arg(m_file.fileName()));
    // Lines are "row,status,customer_id,reason\r\n" and a reason may span lines inside quotes,
    // so only a line that starts a record is touched: one whose row and status cells are
    // plain (digits, then a known status) — a continuation line of a quoted reason never is.
    bool changed = false;
    while (!in.atEnd()) {
        QByteArray line = in.readLine();
        const qsizetype c1 = line.indexOf(',');
        const qsizetype c2 = c1 < 0 ? -1 : line.indexOf(',', c1 + 1);
        const qsizetype c3 = c2 < 0 ? -1 : line.indexOf(',', c2 + 1);
        bool numbered = c1 > 0;
        for (qsizetype i = 0; numbered && i < c1; ++i)
            numbered = line.at(i) >= '0' && line.at(i) <= '9';
        const QByteArray status = numbered && c2 > c1 ? line.mid(c1 + 1, c2 - c1 - 1) : QByteArray();
        if (c3 > c2 + 1 && (status == "created" || status == "merged")) {
            const auto root = moved.constFind(QString::fromLatin1(line.mid(c2 + 1, c3 - c2 - 1)));
            if (root != moved.constEnd()) {
                line = line.left(c2 + 1) + root->toLatin1() + line.mid(c3);
                changed = true;
            }
        }
        out.write(line);
    }
    if (!changed) {
        out.cancelWriting();
        return {};
    }
    if (!out.commit())
        return makeError(QStringLiteral("io.report"),
                         QCoreApplication::translate("ImportReport", "Cannot finish the report %1").arg(m_file.fileName()));
    return {};
}

} // namespace shoulou::io
