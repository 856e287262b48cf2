#include "util/money.h"

#include <QtTest>

using shoulou::Money;

class TestMoney final : public QObject {
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("fen");
        QTest::newRow("plain") << "1234.5" << true << qint64(123450);
        QTest::newRow("yen sign, commas") << "¥1,234.50" << true << qint64(123450);
        QTest::newRow("wan") << "120万" << true << qint64(120LL * 10000 * 100);
        QTest::newRow("wan yuan fraction") << "120.5万元" << true << qint64(1205000LL * 100);
        QTest::newRow("full-width") << "１２３" << true << qint64(12300);
        QTest::newRow("negative") << "-0.01" << true << qint64(-1);
        QTest::newRow("sub-fen") << "0.001" << false << qint64(0);
        QTest::newRow("garbage") << "abc" << false << qint64(0);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(qint64, fen);
        const auto r = Money::parse(text);
        QCOMPARE(r.ok(), ok);
        if (ok)
            QCOMPARE(r.value().fen(), fen);
        else
            QVERIFY(!r.error().message.isEmpty());
    }
    void noFloatDrift() { QCOMPARE((Money::parse("0.1").value() + Money::parse("0.2").value()).fen(), qint64(30)); }
    void format()
    {
        QCOMPARE(Money::fromFen(123456789).toYuanString(), QString("¥1,234,567.89"));
        QCOMPARE(Money::fromYuan(1205000).toWanString(), QString("120.5万元"));
        QCOMPARE(Money::fromYuan(3000000).toWanString(), QString("300万元"));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
