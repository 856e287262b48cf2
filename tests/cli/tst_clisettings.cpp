// `shoulou-cli settings` and `shoulou-cli calendar` end to end: the real binary on a real
// office file — the JSON lines, the exit codes, a refused value naming the key with nothing
// written, a project's own value, a calendar year loaded and refused.
#include "processrun.h"
#include "storage/database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using shoulou::test::Run;

namespace {

Run cli(const QStringList &args, const QByteArray &input = {})
{
    return shoulou::test::runProcess(QStringLiteral(SHOULOU_CLI), args, input);
}

QJsonObject json(const QString &line)
{
    return QJsonDocument::fromJson(line.trimmed().toUtf8()).object();
}

qint64 count(const QString &db, const char *sql)
{
    auto d = shoulou::storage::Database::open(db);
    return d.ok() ? (*d)->queryInt(sql) : -1;
}

} // namespace

class TestCliSettings final : public QObject {
    Q_OBJECT
private slots:
    void usage()
    {
        QCOMPARE(cli({"settings"}).code, 2);
        QCOMPARE(cli({"settings", "list"}).code, 2);                                         // no --db
        QCOMPARE(cli({"settings", "change", "--db", "x.db"}).code, 2);                       // unknown action
        QCOMPARE(cli({"settings", "get", "--db", "x.db"}).code, 2);                          // no key
        QCOMPARE(cli({"settings", "set", "--db", "x.db", "dispatch.idle_minutes"}).code, 2); // no value
        QCOMPARE(cli({"calendar", "--db", "x.db"}).code, 2);                                 // neither --date nor --load
        QCOMPARE(cli({"calendar", "--db", "x.db", "--date", "2025-10-32"}).code, 2);
        QCOMPARE(cli({"calendar", "--db", "x.db", "--date", "2025/10/01"}).code, 2);
        const Run help = cli({"settings", "--help"});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains("--project"));
    }

    void setGetList()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath("o.db");
        const Run list = cli({"settings", "list", "--db", db});
        QCOMPARE(list.code, 0);
        const QStringList lines = list.out.split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 13);
        const QJsonObject first = json(lines.first());
        QCOMPARE(first["key"].toString(), QString("dispatch.idle_minutes"));
        QCOMPARE(first["value"].toInt(), 30);
        QCOMPARE(first["source"].toString(), QString("default"));
        QCOMPARE(first["unit"].toString(), QString("minutes"));
        QVERIFY(first["project"].isNull());
        QVERIFY(!first["description"].toString().isEmpty());

        const Run set = cli({"settings", "set", "--db", db, "dispatch.idle_minutes", "45"});
        QCOMPARE(set.code, 0);
        const QJsonObject s = json(set.out);
        QCOMPARE(s["key"].toString(), QString("dispatch.idle_minutes"));
        QCOMPARE(s["value"].toInt(), 45);
        QVERIFY(s["previous"].isNull());
        QVERIFY(s["project_id"].isNull());
        const QJsonObject got = json(cli({"settings", "get", "--db", db, "dispatch.idle_minutes"}).out);
        QCOMPARE(got["value"].toInt(), 45);
        QCOMPARE(got["source"].toString(), QString("office"));
        QCOMPARE(json(cli({"settings", "set", "--db", db, "dispatch.idle_minutes", "50"}).out)["previous"].toInt(), 45);
        QCOMPARE(count(db, "SELECT count(*) FROM outbox WHERE name = 'settings.set'"), qint64(2));
    }

    // A value out of range, or not a number: exit 1, the key named, nothing written.
    void aBadValueIsRefusedNamingTheKey_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("out of range") << QStringList{"dispatch.grab_seconds", "3"} << "dispatch.grab_seconds must be from 5 to 300";
        QTest::newRow("too large") << QStringList{"dispatch.first_response_minutes", "121"} << "dispatch.first_response_minutes";
        QTest::newRow("not a number") << QStringList{"dispatch.daily_cap", "twenty"} << "dispatch.daily_cap must be a whole number";
        QTest::newRow("a fraction") << QStringList{"pool.daily_claims", "2.5"} << "pool.daily_claims must be a whole number";
        QTest::newRow("unknown key") << QStringList{"dispatch.idle_hours", "1"} << "dispatch.idle_hours is not a known setting";
    }
    void aBadValueIsRefusedNamingTheKey()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        QTemporaryDir dir;
        const QString db = dir.filePath("o.db");
        QCOMPARE(cli({"settings", "set", "--db", db, "dispatch.grab_seconds", "20"}).code, 0);
        const qint64 outbox = count(db, "SELECT count(*) FROM outbox");
        const Run r = cli(QStringList{"settings", "set", "--db", db} + args);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(count(db, "SELECT count(*) FROM outbox"), outbox);
        QCOMPARE(count(db, "SELECT count(*) FROM setting"), qint64(1));
        QCOMPARE(json(cli({"settings", "get", "--db", db, "dispatch.grab_seconds"}).out)["value"].toInt(), 20);
    }

    void perProject()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath("demo.db");
        QCOMPARE(cli({"demo", "--db", db, "--customers", "20", "--seed", "5"}).code, 0); // projects 云栖湾 and 滨江壹号
        QCOMPARE(cli({"settings", "set", "--db", db, "dispatch.daily_cap", "25"}).code, 0);
        const Run set = cli({"settings", "set", "--db", db, "--project", "云栖湾", "dispatch.daily_cap", "12"});
        QCOMPARE(set.code, 0);
        QCOMPARE(json(set.out)["project"].toString(), QString("云栖湾"));
        QVERIFY(!json(set.out)["project_id"].toString().isEmpty());

        const QJsonObject own = json(cli({"settings", "get", "--db", db, "--project", "云栖湾", "dispatch.daily_cap"}).out);
        QCOMPARE(own["value"].toInt(), 12);
        QCOMPARE(own["source"].toString(), QString("project"));
        const QJsonObject other = json(cli({"settings", "get", "--db", db, "--project", "滨江壹号", "dispatch.daily_cap"}).out);
        QCOMPARE(other["value"].toInt(), 25);
        QCOMPARE(other["source"].toString(), QString("office"));
        const Run unknown = cli({"settings", "get", "--db", db, "--project", "不存在", "dispatch.daily_cap"});
        QCOMPARE(unknown.code, 1);
        QVERIFY2(unknown.err.contains("不存在"), qPrintable(unknown.err));
    }

    // A launch day by hand: 云栖湾 runs as a grab pool until a moment, the other project keeps the
    // calendar's mode; handing back ends the override; a past moment is refused naming until.
    void dispatchModeByHand()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath("demo.db");
        QCOMPARE(cli({"demo", "--db", db, "--customers", "20", "--seed", "5"}).code, 0);
        const QString until = QDateTime::currentDateTimeUtc().addSecs(7200).toString(Qt::ISODate);
        const Run grab = cli({"dispatch", "mode", "--db", db, "--project", "云栖湾", "--set", "grab", "--until", until});
        QVERIFY2(grab.code == 0, qPrintable(grab.err));
        QCOMPARE(json(grab.out)["mode"].toString(), QString("grab"));
        QCOMPARE(json(grab.out)["project"].toString(), QString("云栖湾"));
        QCOMPARE(json(grab.out)["until"].toString(), until);
        QVERIFY(!json(grab.out)["reason"].toString().isEmpty());
        QCOMPARE(count(db, "SELECT count(*) FROM mode_override"), 1);

        const Run other = cli({"dispatch", "mode", "--db", db, "--project", "滨江壹号", "--set", "calendar"});
        QCOMPARE(other.code, 0);
        QVERIFY(json(other.out)["until"].isNull());
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        const QString calendarMode = json(cli({"calendar", "--db", db, "--date", today}).out)["mode"].toString();
        QCOMPARE(json(other.out)["mode"].toString(), calendarMode);

        const Run back = cli({"dispatch", "mode", "--db", db, "--project", "云栖湾", "--set", "calendar"});
        QCOMPARE(back.code, 0);
        QVERIFY(json(back.out)["until"].isNull());
        QCOMPARE(json(back.out)["mode"].toString(), calendarMode);
        QCOMPARE(count(db, "SELECT count(*) FROM mode_override"), 1); // ended, not deleted

        const Run past = cli({"dispatch", "mode", "--db", db, "--set", "idle", "--until", "2020-01-01T00:00:00Z"});
        QCOMPARE(past.code, 1);
        QVERIFY2(past.err.contains("until"), qPrintable(past.err));
        QCOMPARE(count(db, "SELECT count(*) FROM mode_override"), 1);
        QCOMPARE(cli({"dispatch", "mode", "--db", db, "--set", "lunch"}).code, 2);
        QCOMPARE(cli({"dispatch", "mode", "--db", db}).code, 2);
        QCOMPARE(cli({"dispatch", "mode", "--db", db, "--set", "grab", "--until", "tomorrow"}).code, 2);
    }

    void calendarDates_data()
    {
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("line");
        QTest::newRow("swapped") << "2025-10-11"
                                 << R"({"date":"2025-10-11","kind":"swapped_workday","mode":"idle","name":"国庆节"})";
        QTest::newRow("holiday") << "2026-02-15"
                                 << R"({"date":"2026-02-15","kind":"holiday","mode":"grab","name":"春节"})";
        QTest::newRow("weekend") << "2025-10-18"
                                 << R"({"date":"2025-10-18","kind":"weekend","mode":"grab","name":null})";
        QTest::newRow("workday") << "2025-10-09"
                                 << R"({"date":"2025-10-09","kind":"workday","mode":"idle","name":null})";
    }
    void calendarDates()
    {
        QFETCH(QString, date);
        QFETCH(QString, line);
        QTemporaryDir dir;
        const Run r = cli({"calendar", "--db", dir.filePath("o.db"), "--date", date});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed(), line);
    }

    void calendarLoad()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath("o.db");
        QFile good(dir.filePath("2027.json"));
        QVERIFY(good.open(QIODevice::WriteOnly));
        good.write(R"({"format":1,"source":"测试","years":[2027],"days":[
            {"kind":"holiday","holiday":"春节","from":"2027-02-06","to":"2027-02-12"},
            {"kind":"swapped_workday","holiday":"春节","date":"2027-02-14"}]})");
        good.close();
        QFile bad(dir.filePath("bad.json"));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(R"({"format":1,"years":[2027],"days":[
            {"kind":"holiday","holiday":"春节","from":"2027-02-06","to":"2027-02-12"},
            {"kind":"bridge","date":"2027-02-13"}]})");
        bad.close();

        const Run refused = cli({"calendar", "--db", db, "--load", bad.fileName()});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains("bad.json: entry 2 (2027-02-13): unknown kind \"bridge\""), qPrintable(refused.err));
        QCOMPARE(count(db, "SELECT count(*) FROM holiday_calendar"), qint64(0));
        QCOMPARE(cli({"calendar", "--db", db, "--load", dir.filePath("missing.json")}).code, 1);

        const Run loaded = cli({"calendar", "--db", db, "--load", good.fileName()});
        QCOMPARE(loaded.code, 0);
        QCOMPARE(json(loaded.out)["years"].toArray(), QJsonArray{2027});
        QCOMPARE(cli({"calendar", "--db", db, "--date", "2027-02-08"}).out.trimmed(),
                 QString(R"({"date":"2027-02-08","kind":"holiday","mode":"grab","name":"春节"})"));
        QCOMPARE(cli({"calendar", "--db", db, "--date", "2027-02-14"}).out.trimmed(),
                 QString(R"({"date":"2027-02-14","kind":"swapped_workday","mode":"idle","name":"春节"})"));
    }
};

QTEST_GUILESS_MAIN(TestCliSettings)
#include "tst_clisettings.moc"
