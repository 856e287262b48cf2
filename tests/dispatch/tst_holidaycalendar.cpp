// China's holiday calendar: every swapped working day and the first and last day of each
// holiday of 2025 and 2026 (the State Council's notices), ordinary days around them, a year
// the calendar does not know; the file loader's refusals naming the entry; layers.
#include "dispatch/calendarfile.h"
#include "dispatch/holidaycalendar.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace shoulou;
using dispatch::CalendarFile;
using dispatch::DayKind;
using dispatch::HolidayCalendar;

class TestHolidayCalendar final : public QObject {
    Q_OBJECT
private slots:
    void builtInFileIsValid()
    {
        auto f = CalendarFile::parse(HolidayCalendar::builtInFile());
        QVERIFY2(f.ok(), f.ok() ? "" : qPrintable(f.error().message));
        QCOMPARE(f->years, (QList<int>{2025, 2026}));
        QVERIFY(f->source.contains("国务院办公厅关于2025年部分节假日安排的通知"));
        QVERIFY(f->source.contains("国务院办公厅关于2026年部分节假日安排的通知"));
        QVERIFY(HolidayCalendar::builtIn().covers(2025) && HolidayCalendar::builtIn().covers(2026));
        QVERIFY(!HolidayCalendar::builtIn().covers(2027));
    }

    void days_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("name");
        const auto row = [](const char *tag, QDate d, const char *kind, const char *mode, const char *name = "") {
            QTest::newRow(tag) << d << QString(kind) << QString(mode) << QString::fromUtf8(name);
        };
        // 2025 (国办发明电〔2024〕12号)
        row("2025 元旦", QDate(2025, 1, 1), "holiday", "grab", "元旦");
        row("2025-01-02 back to work", QDate(2025, 1, 2), "workday", "idle");
        row("2025 春节 swapped Sun 01-26", QDate(2025, 1, 26), "swapped_workday", "idle", "春节");
        row("2025-01-27 Monday before", QDate(2025, 1, 27), "workday", "idle");
        row("2025 春节 first (除夕)", QDate(2025, 1, 28), "holiday", "grab", "春节");
        row("2025 春节 last", QDate(2025, 2, 4), "holiday", "grab", "春节");
        row("2025-02-05 after 春节", QDate(2025, 2, 5), "workday", "idle");
        row("2025 春节 swapped Sat 02-08", QDate(2025, 2, 8), "swapped_workday", "idle", "春节");
        row("2025-02-09 Sunday after", QDate(2025, 2, 9), "weekend", "grab");
        row("2025 清明 first", QDate(2025, 4, 4), "holiday", "grab", "清明节");
        row("2025 清明 last", QDate(2025, 4, 6), "holiday", "grab", "清明节");
        row("2025 劳动节 swapped Sun 04-27", QDate(2025, 4, 27), "swapped_workday", "idle", "劳动节");
        row("2025 劳动节 first", QDate(2025, 5, 1), "holiday", "grab", "劳动节");
        row("2025 劳动节 last", QDate(2025, 5, 5), "holiday", "grab", "劳动节");
        row("2025 端午 first", QDate(2025, 5, 31), "holiday", "grab", "端午节");
        row("2025 端午 last", QDate(2025, 6, 2), "holiday", "grab", "端午节");
        row("2025 国庆 swapped Sun 09-28", QDate(2025, 9, 28), "swapped_workday", "idle", "国庆节");
        row("2025-09-30 the day before", QDate(2025, 9, 30), "workday", "idle");
        row("2025 国庆 first", QDate(2025, 10, 1), "holiday", "grab", "国庆节");
        row("2025 中秋 inside 国庆", QDate(2025, 10, 6), "holiday", "grab", "中秋节");
        row("2025 国庆 last", QDate(2025, 10, 8), "holiday", "grab", "国庆节");
        row("2025-10-09 back to work", QDate(2025, 10, 9), "workday", "idle");
        row("2025 国庆 swapped Sat 10-11", QDate(2025, 10, 11), "swapped_workday", "idle", "国庆节");
        row("2025-10-12 ordinary Sunday", QDate(2025, 10, 12), "weekend", "grab");
        row("2025-03-15 ordinary Saturday", QDate(2025, 3, 15), "weekend", "grab");
        row("2025-03-17 ordinary Monday", QDate(2025, 3, 17), "workday", "idle");
        // 2026 (2025-11-04)
        row("2026 元旦 first", QDate(2026, 1, 1), "holiday", "grab", "元旦");
        row("2026 元旦 last (Sat)", QDate(2026, 1, 3), "holiday", "grab", "元旦");
        row("2026 元旦 swapped Sun 01-04", QDate(2026, 1, 4), "swapped_workday", "idle", "元旦");
        row("2026 春节 swapped Sat 02-14", QDate(2026, 2, 14), "swapped_workday", "idle", "春节");
        row("2026 春节 first", QDate(2026, 2, 15), "holiday", "grab", "春节");
        row("2026 春节 last", QDate(2026, 2, 23), "holiday", "grab", "春节");
        row("2026-02-24 after 春节", QDate(2026, 2, 24), "workday", "idle");
        row("2026 春节 swapped Sat 02-28", QDate(2026, 2, 28), "swapped_workday", "idle", "春节");
        row("2026 清明 first (Sat)", QDate(2026, 4, 4), "holiday", "grab", "清明节");
        row("2026 清明 last (Mon)", QDate(2026, 4, 6), "holiday", "grab", "清明节");
        row("2026-04-07 after 清明", QDate(2026, 4, 7), "workday", "idle");
        row("2026 劳动节 first", QDate(2026, 5, 1), "holiday", "grab", "劳动节");
        row("2026 劳动节 last", QDate(2026, 5, 5), "holiday", "grab", "劳动节");
        row("2026 劳动节 swapped Sat 05-09", QDate(2026, 5, 9), "swapped_workday", "idle", "劳动节");
        row("2026-05-10 Sunday after", QDate(2026, 5, 10), "weekend", "grab");
        row("2026 端午 first", QDate(2026, 6, 19), "holiday", "grab", "端午节");
        row("2026 端午 last", QDate(2026, 6, 21), "holiday", "grab", "端午节");
        row("2026 国庆 swapped Sun 09-20", QDate(2026, 9, 20), "swapped_workday", "idle", "国庆节");
        row("2026 中秋 first", QDate(2026, 9, 25), "holiday", "grab", "中秋节");
        row("2026 中秋 last", QDate(2026, 9, 27), "holiday", "grab", "中秋节");
        row("2026-09-28 between", QDate(2026, 9, 28), "workday", "idle");
        row("2026 国庆 first", QDate(2026, 10, 1), "holiday", "grab", "国庆节");
        row("2026 国庆 last", QDate(2026, 10, 7), "holiday", "grab", "国庆节");
        row("2026-10-08 back to work", QDate(2026, 10, 8), "workday", "idle");
        row("2026 国庆 swapped Sat 10-10", QDate(2026, 10, 10), "swapped_workday", "idle", "国庆节");
        row("2026-10-11 ordinary Sunday", QDate(2026, 10, 11), "weekend", "grab");
        // A year the calendar does not know: weekdays only.
        row("2027-01-01 unknown year, a Friday", QDate(2027, 1, 1), "workday", "idle");
        row("2027-01-02 unknown year, a Saturday", QDate(2027, 1, 2), "weekend", "grab");
    }
    void days()
    {
        QFETCH(QDate, date);
        QFETCH(QString, kind);
        QFETCH(QString, mode);
        QFETCH(QString, name);
        const auto day = HolidayCalendar::builtIn().day(date);
        QCOMPARE(toCode(day.kind), kind);
        QCOMPARE(toCode(day.mode()), mode);
        QCOMPARE(day.name(), name);
        QCOMPARE(day.known, date.year() <= 2026);
        QCOMPARE(HolidayCalendar::builtIn().kind(date), day.kind);
        const QJsonObject j = day.toJson();
        QCOMPARE(j["date"].toString(), date.toString(Qt::ISODate));
        QCOMPARE(j["kind"].toString(), kind);
        QCOMPARE(j["mode"].toString(), mode);
        QCOMPARE(j["name"].isNull(), name.isEmpty());
    }

    // Each swapped working day of the file is a Saturday or Sunday, each holiday period as long
    // as the notice says: 2025 has 28 holiday days (1+8+3+5+3+8) and 6 swapped days, 2026 has
    // 33 (3+9+3+5+3+3+7) and 7.
    void totalsMatchTheNotices()
    {
        for (const auto &[year, holidays, swapped] : {std::tuple{2025, 28, 5}, std::tuple{2026, 33, 6}}) {
            int h = 0, s = 0;
            for (QDate d(year, 1, 1); d.year() == year; d = d.addDays(1)) {
                const DayKind k = HolidayCalendar::builtIn().kind(d);
                h += k == DayKind::Holiday;
                s += k == DayKind::SwappedWorkday;
                if (k == DayKind::SwappedWorkday)
                    QVERIFY2(d.dayOfWeek() >= 6, qPrintable(d.toString(Qt::ISODate)));
            }
            QCOMPARE(h, holidays);
            QCOMPARE(s, swapped);
        }
    }

    void describeIsTranslatedText()
    {
        QCOMPARE(HolidayCalendar::builtIn().day(QDate(2025, 10, 11)).describe(),
                 QString("2025-10-11 (Saturday) is a swapped working day (国庆节)"));
        QCOMPARE(HolidayCalendar::builtIn().day(QDate(2026, 2, 15)).describe(), QString("2026-02-15 (Sunday) is a public holiday (春节)"));
        QCOMPARE(HolidayCalendar::builtIn().day(QDate(2027, 1, 2)).describe(),
                 QString("2027-01-02 (Saturday) is a weekend day (no holiday calendar for 2027)"));
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        const QByteArray head = R"({"format":1,"years":[2027],"days":[{"kind":"holiday","holiday":"元旦","date":"2027-01-01"},)";
        QTest::newRow("not JSON") << QByteArray("{\"format\":1,") << "not JSON";
        QTest::newRow("format") << QByteArray(R"({"format":2,"years":[2027],"days":[]})") << "\"format\" must be 1";
        QTest::newRow("no years") << QByteArray(R"({"format":1,"years":[],"days":[]})") << "\"years\" must list the years";
        QTest::newRow("bad year") << QByteArray(R"({"format":1,"years":[27],"days":[]})") << "\"years\" holds 27";
        QTest::newRow("bad date") << head + R"({"kind":"holiday","holiday":"春节","from":"2027-02-30","to":"2027-03-02"}]})"
                                  << "entry 2 (2027-02-30): \"from\" is not a date (YYYY-MM-DD)";
        QTest::newRow("not ISO") << head + R"({"kind":"holiday","holiday":"春节","date":"2027/2/6"}]})"
                                 << "entry 2 (2027/2/6): \"date\" is not a date (YYYY-MM-DD)";
        QTest::newRow("slashes") << head + R"({"kind":"holiday","holiday":"春节","date":"2027/02/06"}]})"
                                 << "entry 2 (2027/02/06): \"date\" is not a date (YYYY-MM-DD)";
        QTest::newRow("unknown kind") << head + R"({"kind":"festival","holiday":"春节","date":"2027-02-06"}]})"
                                      << "entry 2 (2027-02-06): unknown kind \"festival\"";
        QTest::newRow("unknown holiday") << head + R"({"kind":"holiday","holiday":"圣诞节","date":"2027-12-25"}]})"
                                         << "entry 2 (2027-12-25): unknown holiday \"圣诞节\"";
        QTest::newRow("holiday without a name") << head + R"({"kind":"holiday","date":"2027-02-06"}]})"
                                                << "entry 2 (2027-02-06): a holiday needs its name";
        QTest::newRow("ends before it starts") << head + R"({"kind":"holiday","holiday":"春节","from":"2027-02-12","to":"2027-02-06"}]})"
                                               << "entry 2 (2027-02-12): ends before it starts";
        QTest::newRow("swapped weekday") << head + R"({"kind":"swapped_workday","holiday":"春节","date":"2027-02-03"}]})"
                                         << "entry 2 (2027-02-03): 2027-02-03 is a weekday";
        QTest::newRow("outside the years") << head + R"({"kind":"holiday","holiday":"春节","date":"2028-01-26"}]})"
                                           << "entry 2 (2028-01-26): is not in the file's years";
        QTest::newRow("overlap") << head + R"({"kind":"holiday","holiday":"春节","from":"2027-01-01","to":"2027-01-03"}]})"
                                 << "2027-01-01 is listed twice";
        QTest::newRow("year without holidays")
            << QByteArray(R"({"format":1,"years":[2027,2028],"days":[{"kind":"holiday","holiday":"元旦","date":"2027-01-01"}]})")
            << "2028 is listed in \"years\" but has no holiday";
    }
    void refusals()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        auto f = CalendarFile::parse(json);
        QVERIFY(!f.ok());
        QCOMPARE(f.error().code, QString("calendar.invalid"));
        QVERIFY2(f.error().message.contains(error), qPrintable(f.error().message));
    }

    void roundTripsAndCrossesNewYear()
    {
        // 元旦 2024 ran from 2023-12-30: an entry may cross New Year when it touches a listed year.
        const QByteArray json = R"({"format":1,"years":[2024],"source":"test","days":[
            {"kind":"holiday","holiday":"new_year","from":"2023-12-30","to":"2024-01-01"}]})";
        auto f = CalendarFile::parse(json);
        QVERIFY2(f.ok(), f.ok() ? "" : qPrintable(f.error().message));
        QCOMPARE(*f->days.first().holiday, dispatch::Holiday::NewYear); // the code works as well as the name
        auto back = CalendarFile::fromJson(f->toJson());
        QVERIFY(back.ok());
        QCOMPARE(*back, *f);
        const HolidayCalendar c = HolidayCalendar().overlaid(*f, HolidayCalendar::Layer::Office);
        QCOMPARE(c.kind(QDate(2024, 1, 1)), DayKind::Holiday);
        QCOMPARE(c.kind(QDate(2023, 12, 30)), DayKind::Weekend); // 2023 is not the file's: weekdays only
    }

    // A later layer replaces a year as a whole; other years stay as they were.
    void layersReplaceWholeYears()
    {
        auto f = CalendarFile::parse(
            R"({"format":1,"years":[2026],"days":[{"kind":"holiday","holiday":"劳动节","from":"2026-05-01","to":"2026-05-03"}]})");
        QVERIFY(f.ok());
        const HolidayCalendar c = HolidayCalendar::builtIn().overlaid(*f, HolidayCalendar::Layer::Project, 1'760'000'000'000);
        QCOMPARE(c.kind(QDate(2026, 5, 4)), DayKind::Workday);  // the project's file ends 劳动节 on the 3rd
        QCOMPARE(c.kind(QDate(2026, 2, 16)), DayKind::Workday); // and has no 春节: the year is the file's
        QCOMPARE(c.kind(QDate(2025, 10, 1)), DayKind::Holiday); // 2025 still the built-in one
        QCOMPARE(c.layerOf(2026), HolidayCalendar::Layer::Project);
        QCOMPARE(c.originOf(2026), QString("the calendar loaded for this project on 2025-10-09"));
        QCOMPARE(c.originOf(2025), QString("the calendar shipped with Shoulou"));
        QCOMPARE(c.day(QDate(2026, 5, 2)).origin, c.originOf(2026));
    }
};

QTEST_GUILESS_MAIN(TestHolidayCalendar)
#include "tst_holidaycalendar.moc"
