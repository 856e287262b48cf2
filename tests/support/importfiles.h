#pragma once

#include "testoffice.h"

#include <QFile>
#include <QMap>
#include <QStringList>

// Files and read-backs shared by the import tests.
namespace shoulou::test {

// Report rows keyed by row number: {status, customer_id, reason}.
inline QMap<qint64, QStringList> readReport(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QByteArray all = f.readAll();
    if (!all.startsWith("\xEF\xBB\xBF"))
        return {};
    const QStringList lines = QString::fromUtf8(all.mid(3)).split("\r\n", Qt::SkipEmptyParts);
    QMap<qint64, QStringList> out;
    if (lines.value(0) != "row,status,customer_id,reason")
        return {};
    for (int i = 1; i < lines.size(); ++i) {
        const QStringList parts = lines[i].split(',');
        QStringList rest = parts.mid(1, 2);
        rest << parts.mid(3).join(',');
        out.insert(parts[0].toLongLong(), rest);
    }
    return out;
}

// A file with what the key filter must get right: repeats in other formats, a person who
// is only linked by the resident id, soft matches (same name, one digit apart) and two
// different resident ids sharing a phone.
inline QString writeTrickyFile(const QString &path, int rows)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write("姓名,手机,身份证号,渠道,时间\n");
    const QString rid1 = QStringLiteral("11010519491231002X"), rid2 = QStringLiteral("110105194912310038");
    for (int i = 0; i < rows; ++i) {
        const int person = i % 7 == 3 ? i / 2 : i; // every 7th row repeats an earlier person
        const QString phone = QStringLiteral("1391%1").arg(person, 7, 10, QChar('0'));
        QString line;
        if (i % 7 == 3)
            line = QStringLiteral("客户%1,+86 %2 %3 %4,,抖音,2025-01-02 09:00\n")
                       .arg(person)
                       .arg(phone.left(3), phone.mid(3, 4), phone.mid(7));
        else if (i % 11 == 5) // same name as the previous row, phone one digit apart
            line = QStringLiteral("客户%1,1391%2,,小红书,2025-01-01 08:00\n")
                       .arg(i - 1)
                       .arg(i - 1 + 1000000, 7, 10, QChar('0'))
                       .replace("13911", "13912");
        else
            line = QStringLiteral("客户%1,%2,,安居客,2025-01-01 08:00\n").arg(i).arg(phone);
        f.write(line.toUtf8());
    }
    f.write(QStringLiteral("甲,13800000001,%1,抖音,2025-01-03 10:00\n").arg(rid1).toUtf8());
    f.write(QStringLiteral("乙,13800000001,%1,抖音,2025-01-03 11:00\n").arg(rid2).toUtf8());
    f.write(QStringLiteral("甲,,%1,抖音,2025-01-04 10:00\n").arg(rid1).toUtf8());
    return path;
}

// What an office holds, without the ids that differ between two runs.
inline QStringList officeContent(TestOffice &o)
{
    QStringList out;
    auto &st = o.db().prepare("SELECT c.name, c.status, (SELECT group_concat(match_key, ' ') FROM "
                              "(SELECT p.match_key FROM customer_phone p JOIN customer m ON m.id = p.customer_id "
                              "WHERE m.root_id = c.id ORDER BY 1)), (SELECT count(*) FROM touch t JOIN customer m "
                              "ON m.id = t.customer_id WHERE m.root_id = c.id) FROM customer c WHERE c.merged_into IS NULL");
    while (st.step())
        out << QStringLiteral("%1|%2|%3|%4").arg(st.text(0), st.text(1), st.text(2), st.text(3));
    st.reset();
    auto &rv = o.db().prepare("SELECT kind, count(*) FROM review_item GROUP BY kind");
    while (rv.step())
        out << QStringLiteral("review %1 %2").arg(rv.text(0), rv.text(1));
    rv.reset();
    out.sort();
    return out;
}

} // namespace shoulou::test
