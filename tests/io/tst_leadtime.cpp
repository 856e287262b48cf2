#include "io/leadtime.h"

#include <QDateTime>
#include <QTimeZone>
#include <QtTest>

using shoulou::io::DateOrder;
using shoulou::io::detectDateOrder;
using shoulou::io::parseLeadTime;

namespace {

// Beijing wall-clock time → ms since epoch, computed independently of the parser.
qint64 beijing(int y, int mo, int d, int h = 0, int mi = 0, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone("Asia/Shanghai")).toMSecsSinceEpoch();
}

} // namespace

class TestLeadTime final : public QObject {
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("numeric");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("minutes") << "2024-03-01 10:05" << false << beijing(2024, 3, 1, 10, 5);
        QTest::newRow("seconds") << "2024-03-01 10:05:30" << false << beijing(2024, 3, 1, 10, 5, 30);
        QTest::newRow("millis") << "2024-03-01 10:05:30.250" << false << beijing(2024, 3, 1, 10, 5, 30, 250);
        QTest::newRow("slashes") << "2024/3/1 10:05" << false << beijing(2024, 3, 1, 10, 5);
        QTest::newRow("dots") << "2024.3.1" << false << beijing(2024, 3, 1);
        QTest::newRow("chinese") << "2024年3月1日 10时5分" << false << beijing(2024, 3, 1, 10, 5);
        QTest::newRow("chinese seconds") << "2024年3月1日 10时5分30秒" << false << beijing(2024, 3, 1, 10, 5, 30);
        QTest::newRow("chinese dian") << "2024年3月1日10点05分" << false << beijing(2024, 3, 1, 10, 5);
        QTest::newRow("chinese colon") << "2024年3月1日 10:05" << false << beijing(2024, 3, 1, 10, 5);
        QTest::newRow("chinese date") << "2024年3月1日" << false << beijing(2024, 3, 1);
        QTest::newRow("iso +08:00") << "2024-03-01T10:05:30+08:00" << false << beijing(2024, 3, 1, 10, 5, 30);
        QTest::newRow("iso Z") << "2024-03-01T02:05:30Z" << false << beijing(2024, 3, 1, 10, 5, 30);
        QTest::newRow("iso +0000") << "2024-03-01T02:05:30+0000" << false << beijing(2024, 3, 1, 10, 5, 30);
        QTest::newRow("compact") << "20240301" << false << beijing(2024, 3, 1);
        QTest::newRow("compact time") << "20240301 100530" << false << beijing(2024, 3, 1, 10, 5, 30);
        QTest::newRow("date only") << "2024-03-01" << false << beijing(2024, 3, 1);
        QTest::newRow("full-width") << "２０２４－０３－０１　１０：０５" << false << beijing(2024, 3, 1, 10, 5);
        QTest::newRow("spaces") << "  2024-03-01   10:05 " << false << beijing(2024, 3, 1, 10, 5);
        QTest::newRow("unix seconds") << "1709258700" << false << beijing(2024, 3, 1, 10, 5);
        QTest::newRow("unix ms") << "1709258700123" << false << beijing(2024, 3, 1, 10, 5, 0, 123);
        QTest::newRow("serial") << "45352.4201388889" << true << beijing(2024, 3, 1, 10, 5);
        QTest::newRow("serial whole day") << "45352" << true << beijing(2024, 3, 1);
        QTest::newRow("serial noon") << "45352.5" << true << beijing(2024, 3, 1, 12);
        QTest::newRow("serial 1") << "1" << true << beijing(1900, 1, 1);
        QTest::newRow("serial 59") << "59" << true << beijing(1900, 2, 28);
        QTest::newRow("serial 61") << "61" << true << beijing(1900, 3, 1);
        QTest::newRow("serial 367") << "367" << true << beijing(1901, 1, 1);
        QTest::newRow("serial exp") << "4.53524201388889E4" << true << beijing(2024, 3, 1, 10, 5);
        QTest::newRow("numeric compact") << "20240301" << true << beijing(2024, 3, 1);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, numeric);
        QFETCH(qint64, expected);
        const auto result = parseLeadTime(text, numeric);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result.value(), expected);
    }

    // Year-last dates: possible one way round only, or read in the order given.
    void yearLast_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("order");
        QTest::addColumn<qint64>("expected");
        const int unknown = int(DateOrder::Unknown), dmy = int(DateOrder::DayFirst), mdy = int(DateOrder::MonthFirst);
        QTest::newRow("day first") << "30/11/2026" << unknown << beijing(2026, 11, 30);
        QTest::newRow("month first") << "11/30/2026" << unknown << beijing(2026, 11, 30);
        QTest::newRow("dots") << "30.11.2026" << unknown << beijing(2026, 11, 30);
        QTest::newRow("dashes with time") << "30-11-2026 10:05" << unknown << beijing(2026, 11, 30, 10, 5);
        QTest::newRow("slashes with seconds") << "11/30/2026 10:05:30" << unknown << beijing(2026, 11, 30, 10, 5, 30);
        QTest::newRow("full-width") << "３０／１１／２０２６" << unknown << beijing(2026, 11, 30);
        QTest::newRow("ambiguous, day first") << "03/04/2026" << dmy << beijing(2026, 4, 3);
        QTest::newRow("ambiguous, month first") << "03/04/2026 08:00" << mdy << beijing(2026, 3, 4, 8);
        QTest::newRow("year first ignores the order") << "2026/11/30" << mdy << beijing(2026, 11, 30);
        QTest::newRow("chinese ignores the order") << "2026年11月30日 10:05" << dmy << beijing(2026, 11, 30, 10, 5);
    }
    void yearLast()
    {
        QFETCH(QString, text);
        QFETCH(int, order);
        QFETCH(qint64, expected);
        const auto result = parseLeadTime(text, false, DateOrder(order));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result.value(), expected);
    }

    void ambiguousWithoutAnOrder()
    {
        const auto r = parseLeadTime(QStringLiteral("03/04/2026"), false);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("io.time_ambiguous"));
        QVERIFY(r.error().message.contains(QStringLiteral("03/04/2026")));
        // An explicit order is strict: 11/30 is no day-first date.
        QCOMPARE(parseLeadTime(QStringLiteral("11/30/2026"), false, DateOrder::DayFirst).error().code, QStringLiteral("io.time"));
    }

    void detectOrder()
    {
        bool yearLast = false;
        QCOMPARE(detectDateOrder({"03/04/2026", "30/11/2026", ""}, &yearLast), DateOrder::DayFirst);
        QVERIFY(yearLast);
        QCOMPARE(detectDateOrder({"03/04/2026", "11/30/2026 10:00"}), DateOrder::MonthFirst);
        QCOMPARE(detectDateOrder({"03/04/2026", "05.06.2026"}, &yearLast), DateOrder::Unknown); // every day ≤ 12
        QVERIFY(yearLast);
        QCOMPARE(detectDateOrder({"30/11/2026", "11/30/2026"}), DateOrder::Unknown); // contradicting
        QCOMPARE(detectDateOrder({"2026-03-04", "2026年3月4日"}, &yearLast), DateOrder::Unknown);
        QVERIFY(!yearLast);
    }

    void reject_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("numeric");
        QTest::newRow("empty") << "" << false;
        QTest::newRow("words") << "昨天下午" << false;
        QTest::newRow("feb 30") << "2024-02-30" << false;
        QTest::newRow("hour 25") << "2024-03-01 25:00" << false;
        QTest::newRow("minute 60") << "2024-03-01 10:60" << false;
        QTest::newRow("serial as text") << "45352.42" << false;
        QTest::newRow("phone") << "13812345678" << false;
        QTest::newRow("serial 60") << "60" << true;
        QTest::newRow("serial 0") << "0" << true;
        QTest::newRow("negative serial") << "-5" << true;
        QTest::newRow("numeric text") << "abc" << true;
        QTest::newRow("compact bad month") << "20241301" << false;
    }
    void reject()
    {
        QFETCH(QString, text);
        QFETCH(bool, numeric);
        const auto result = parseLeadTime(text, numeric);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("io.time"));
        QVERIFY2(result.error().message.contains(QLatin1Char('"') + text + QLatin1Char('"')), qPrintable(result.error().message));
    }
};

QTEST_GUILESS_MAIN(TestLeadTime)
#include "tst_leadtime.moc"
