// CompactRows finds any stored customer by id through its index — also while the index is
// growing (rows move to the bigger table a few per append) — and keeps it right across
// removals and insertions.
#include "customers/compactrows.h"

#include <QtTest>

using namespace shoulou;

class TstCompactRows : public QObject {
    Q_OBJECT

    static customer::ListRow row(int i)
    {
        customer::ListRow r;
        r.id = QStringLiteral("0199c82c-c000-7%1-8%2-%3")
                   .arg(i % 4096, 3, 16, QLatin1Char('0'))
                   .arg(i % 4096, 3, 16, QLatin1Char('0'))
                   .arg(i, 12, 16, QLatin1Char('0'));
        r.name = QStringLiteral("客户%1").arg(i);
        r.maskedPhone = QStringLiteral("138****%1").arg(i % 10000, 4, 10, QLatin1Char('0'));
        r.status = QStringLiteral("new");
        r.createdAt = i;
        return r;
    }

private slots:
    void findsEveryRowWhileGrowing()
    {
        ui::CompactRows rows;
        for (int i = 0; i < 70000; ++i) {
            rows.append(row(i));
            // Spot checks mid-growth: the newest row, an old one, one from the last growth.
            QCOMPARE(rows.indexOf(row(i).id), qsizetype(i));
            if (i % 7 == 0)
                QCOMPARE(rows.indexOf(row(i / 2).id), qsizetype(i / 2));
        }
        for (int i = 0; i < 70000; ++i)
            QCOMPARE(rows.indexOf(row(i).id), qsizetype(i));
        QCOMPARE(rows.indexOf(QStringLiteral("0199c82c-c000-7fff-8fff-ffffffffffff")), qsizetype(-1));
    }

    void removeAndInsertKeepTheIndex()
    {
        ui::CompactRows rows;
        for (int i = 0; i < 10000; ++i)
            rows.append(row(i));
        rows.remove(4095); // across a chunk boundary: later rows carry their text along
        rows.reindex();
        QCOMPARE(rows.size(), qsizetype(9999));
        QCOMPARE(rows.indexOf(row(4095).id), qsizetype(-1));
        QCOMPARE(rows.indexOf(row(4096).id), qsizetype(4095));
        QCOMPARE(rows.at(4095).name, QStringLiteral("客户4096"));
        QCOMPARE(rows.at(9998).name, QStringLiteral("客户9999"));
        rows.insert(0, row(50000));
        QCOMPARE(rows.indexOf(row(50000).id), qsizetype(0));
        QCOMPARE(rows.indexOf(row(0).id), qsizetype(1));
        QCOMPARE(rows.at(4097).name, QStringLiteral("客户4097"));
        QCOMPARE(rows.at(4096).maskedPhone, QStringLiteral("138****4096"));
        customer::ListRow changed = row(7);
        changed.name = QStringLiteral("改名");
        rows.replace(rows.indexOf(changed.id), changed);
        QCOMPARE(rows.at(8).name, QStringLiteral("改名"));
        QCOMPARE(rows.at(9).name, QStringLiteral("客户8"));
    }
};

QTEST_GUILESS_MAIN(TstCompactRows)
#include "tst_compactrows.moc"
