// Holiday calendars loaded into an office (calendar.load@1): a year for the office, a year for
// one project on top, the whole file refused when one entry is wrong, nothing stored then.
#include "dispatch/calendarload.h"
#include "dispatch/calendarstore.h"
#include "office/projectcreate.h"
#include "refusal.h"
#include "testoffice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace shoulou;
using dispatch::CalendarFile;
using dispatch::CalendarLoad;
using dispatch::CalendarStore;
using dispatch::DayKind;

namespace {

// 2027 as a manager would type it when the notice comes out (dates made up for the test).
QJsonObject file2027()
{
    return QJsonDocument::fromJson(R"({"format":1,"source":"测试通知","years":[2027],"days":[
        {"kind":"holiday","holiday":"元旦","from":"2027-01-01","to":"2027-01-03"},
        {"kind":"swapped_workday","holiday":"春节","date":"2027-02-06"},
        {"kind":"holiday","holiday":"春节","from":"2027-02-07","to":"2027-02-13"}]})")
        .object();
}

} // namespace

class TestCalendarStore final : public QObject {
    Q_OBJECT
private slots:
    void officeThenProject()
    {
        test::TestOffice o;
        auto project = o.applier().apply(office::ProjectCreate{QStringLiteral("翠湖天地"), {}, {}, {}, {}});
        QVERIFY(project.ok());
        QCOMPARE(CalendarStore::load(o.db())->kind(QDate(2027, 2, 8)), DayKind::Workday); // not known yet

        auto file = CalendarFile::fromJson(file2027());
        QVERIFY(file.ok());
        auto loaded = o.applier().apply(CalendarLoad{{}, *file});
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
        QCOMPARE(loaded->years, QList<int>{2027});
        QCOMPARE(loaded->days, 3);
        auto office = CalendarStore::load(o.db());
        QVERIFY(office.ok());
        QCOMPARE(office->kind(QDate(2027, 2, 8)), DayKind::Holiday);
        QCOMPARE(office->kind(QDate(2027, 2, 6)), DayKind::SwappedWorkday);
        QCOMPARE(office->layerOf(2027), dispatch::HolidayCalendar::Layer::Office);
        QCOMPARE(office->kind(QDate(2026, 2, 16)), DayKind::Holiday); // the shipped years stay

        // The project runs 2027's 元旦 one day shorter: its own year replaces the office's.
        QJsonObject own = file2027();
        QJsonArray days = own["days"].toArray();
        days[0] = QJsonObject{{"kind", "holiday"}, {"holiday", "元旦"}, {"from", "2027-01-01"}, {"to", "2027-01-02"}};
        own["days"] = days;
        auto projectFile = CalendarFile::fromJson(own);
        QVERIFY(projectFile.ok());
        QVERIFY(o.applier().apply(CalendarLoad{project->projectId, *projectFile}).ok());
        auto forProject = CalendarStore::load(o.db(), project->projectId);
        QCOMPARE(forProject->kind(QDate(2027, 1, 3)), DayKind::Weekend);
        QCOMPARE(forProject->layerOf(2027), dispatch::HolidayCalendar::Layer::Project);
        QCOMPARE(CalendarStore::load(o.db())->kind(QDate(2027, 1, 3)), DayKind::Holiday);

        // Loading the same year again replaces it (one row per scope and year).
        QVERIFY(o.applier().apply(CalendarLoad{{}, *file}).ok());
        QCOMPARE(o.count("SELECT count(*) FROM holiday_calendar"), qint64(2));
        QCOMPARE(o.count("SELECT count(*) FROM outbox WHERE name = 'calendar.load'"), qint64(3));
    }

    void aBadFileStoresNothing_data()
    {
        QTest::addColumn<QJsonObject>("args");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("says");
        QJsonObject badDate = file2027();
        QJsonArray days = badDate["days"].toArray();
        days.append(QJsonObject{{"kind", "holiday"}, {"holiday", "清明节"}, {"date", "2027-04-31"}});
        badDate["days"] = days;
        QJsonObject badKind = file2027();
        days = badKind["days"].toArray();
        days[1] = QJsonObject{{"kind", "workday"}, {"date", "2027-02-06"}};
        badKind["days"] = days;
        QTest::newRow("bad date") << QJsonObject{{"calendar", badDate}} << "calendar"
                                  << "entry 4 (2027-04-31)";
        QTest::newRow("unknown kind") << QJsonObject{{"calendar", badKind}} << "calendar"
                                      << "entry 2 (2027-02-06): unknown kind \"workday\"";
        QTest::newRow("no calendar") << QJsonObject{} << "calendar"
                                     << "is required";
        QTest::newRow("unknown project") << QJsonObject{{"project_id", "nope"}, {"calendar", file2027()}} << "project_id"
                                         << "is not a project of this office";
    }
    void aBadFileStoresNothing()
    {
        QFETCH(QJsonObject, args);
        QFETCH(QString, field);
        QFETCH(QString, says);
        test::TestOffice o;
        QVERIFY(test::refusedNamingField(o, CalendarLoad::kName, 1, args, field));
        auto r = o.applier().apply(QString::fromLatin1(CalendarLoad::kName), 1, args);
        QVERIFY2(r.error().message.contains(says), qPrintable(r.error().message));
        QCOMPARE(o.count("SELECT count(*) FROM holiday_calendar"), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestCalendarStore)
#include "tst_calendarstore.moc"
