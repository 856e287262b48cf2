#include "io/leadtime.h"
#include "office/openoffice.h"
#include "util/officetime.h"

#include "testoffice.h"

#include <QtTest>

using namespace shoulou;

// The office's time zone is a setting of the office, read in one place (OfficeTime): dates
// are shown and keyed in it.
class TestOfficeTime final : public QObject {
    Q_OBJECT
private slots:
    void cleanup() { OfficeTime::setZone(OfficeTime::defaultZone()); }

    void aNewOfficeIsInShanghai()
    {
        test::TestOffice office;
        QCOMPARE(office.db().queryText("SELECT time_zone FROM office"), QString("Asia/Shanghai"));
        auto opened = office::OpenOffice::open(office.dir() + "/other.db", office.clock(), QString(), "办公室", &office.key());
        QVERIFY(opened.ok());
        QCOMPARE(OfficeTime::zone().id(), QByteArray("Asia/Shanghai"));
        // 2025-10-09 16:30 UTC is already the 10th in Shanghai.
        const qint64 ms = QDateTime(QDate(2025, 10, 9), QTime(16, 30), QTimeZone::utc()).toMSecsSinceEpoch();
        QCOMPARE(OfficeTime::date(ms), QDate(2025, 10, 10));
    }

    void anOfficeInAnotherZoneShowsAndKeysItsDates()
    {
        test::TestOffice office;
        auto bad = office.applier().apply("office.set_time_zone", 1, {{"time_zone", "Mars/Olympus"}});
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains("time_zone"));
        QVERIFY(office.applier().apply("office.set_time_zone", 1, {{"time_zone", "America/New_York"}}).ok());
        QCOMPARE(OfficeTime::zone().id(), QByteArray("Asia/Shanghai")); // read when an office is opened

        auto opened = office::OpenOffice::open(office.path(), office.clock(), QString(), "办公室", &office.key());
        QVERIFY(opened.ok());
        QCOMPARE(OfficeTime::zone().id(), QByteArray("America/New_York"));
        const qint64 ms = QDateTime(QDate(2025, 10, 9), QTime(16, 30), QTimeZone::utc()).toMSecsSinceEpoch();
        QCOMPARE(OfficeTime::date(ms), QDate(2025, 10, 9));
        QCOMPARE(OfficeTime::local(ms).time(), QTime(12, 30)); // EDT, UTC-4
        // Keyed: an imported "2025-10-09 12:30" without a zone is New York time.
        auto parsed = io::parseLeadTime("2025-10-09 12:30", false);
        QVERIFY(parsed.ok());
        QCOMPARE(*parsed, ms);
        QCOMPARE(OfficeTime::toMs(QDate(2025, 10, 9), QTime(12, 30)), ms);
        QCOMPARE(OfficeTime::startOfDay(ms), QDateTime(QDate(2025, 10, 9), QTime(4, 0), QTimeZone::utc()).toMSecsSinceEpoch());
    }
};

QTEST_GUILESS_MAIN(TestOfficeTime)
#include "tst_officetime.moc"
