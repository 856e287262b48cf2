// Rule settings per project: the one table of keys (docs/settings.md is generated from it),
// settings.set@1 strict about keys and ranges with nothing written on a refusal, the project's
// value over the office's over the default, and who may change them.
#include "mutation/applier.h"
#include "office/projectcreate.h"
#include "office/usercreate.h"
#include "refusal.h"
#include "settings/projectsettings.h"
#include "settings/settingkeys.h"
#include "settings/settingset.h"
#include "testoffice.h"

#include <QFile>
#include <QSet>
#include <QtTest>

using namespace shoulou;
using settings::ProjectSettings;
using settings::SettingKeys;
using settings::SettingSet;

namespace {

QString projectIn(test::TestOffice &o, const QString &name)
{
    auto p = o.applier().apply(office::ProjectCreate{name, {}, {}, {}, {}});
    return p ? p->projectId : QString();
}

qint64 valueOf(storage::Database &db, const QString &project, const char *key)
{
    auto s = ProjectSettings::load(db, project);
    return s ? s->entry(QLatin1String(key))->value : -1;
}

} // namespace

class TestSettings final : public QObject {
    Q_OBJECT
private slots:
    void tableIsSound()
    {
        QSet<QString> keys;
        for (const auto &k : SettingKeys::all()) {
            const QString key = QLatin1String(k.key);
            QVERIFY2(!keys.contains(key), qPrintable(key));
            keys.insert(key);
            QVERIFY2(k.min <= k.defaultValue && k.defaultValue <= k.max, qPrintable(key));
            QVERIFY2(!SettingKeys::refusal(k, k.defaultValue), qPrintable(key));
            QVERIFY(SettingKeys::refusal(k, k.min - 1));
            QVERIFY(SettingKeys::refusal(k, k.max + 1));
            QCOMPARE(SettingKeys::find(key), &k);
        }
        // RuleSettings reads exactly the keys of the table, and its defaults are the table's.
        QSet<QString> read;
        const auto fromTable = settings::RuleSettings::from([&](const char *key) {
            read.insert(QLatin1String(key));
            return SettingKeys::find(QLatin1String(key))->defaultValue;
        });
        QCOMPARE(read, keys);
        QCOMPARE(fromTable, settings::RuleSettings());
        QCOMPARE(settings::RuleSettings::defaults(), settings::RuleSettings());
        // The defaults.
        const settings::RuleSettings d;
        QCOMPARE(d.idleMinutes, 30);
        QCOMPARE(d.grabSeconds, 15);
        QCOMPARE(d.grabRounds, 2);
        QCOMPARE(d.firstResponseMinutes, 5);
        QCOMPARE(d.queueToManagerMinutes, 10);
    }

    // docs/settings.md shows the table: its generated part is exactly SettingKeys::markdown().
    void docsShowTheTable()
    {
        QFile doc(QStringLiteral(SHOULOU_SOURCE_DIR "/docs/settings.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(doc.readAll());
        const QString begin = QStringLiteral("<!-- settings:begin (generated from core/settings/settingkeys.cpp) -->\n");
        const QString end = QStringLiteral("<!-- settings:end -->");
        const qsizetype from = text.indexOf(begin);
        const qsizetype to = text.indexOf(end);
        QVERIFY(from >= 0 && to > from);
        const QString table = text.mid(from + begin.size(), to - from - begin.size());
        if (table != SettingKeys::markdown())
            qWarning("docs/settings.md is stale; its table should read:\n%s", qPrintable(SettingKeys::markdown()));
        QCOMPARE(table, SettingKeys::markdown());
    }

    void roundTrips()
    {
        QVERIFY(test::roundTrips(SettingSet{{}, QStringLiteral("dispatch.idle_minutes"), 45}));
        QVERIFY(test::roundTrips(SettingSet{QStringLiteral("p1"), QStringLiteral("pool.max_holding"), 100000}));
        QVERIFY(test::outcomeRoundTrips(SettingSet::Outcome{{}, QStringLiteral("dispatch.grab_seconds"), 20, 15}));
        QVERIFY(
            test::outcomeRoundTrips(SettingSet::Outcome{QStringLiteral("p1"), QStringLiteral("dispatch.grab_seconds"), 20, std::nullopt}));
    }

    void badValuesAreRefusedNamingTheKey_data()
    {
        QTest::addColumn<QJsonObject>("args");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown key") << QJsonObject{{"key", "dispatch.idle_hours"}, {"value", 1}} << "key"
                                     << "dispatch.idle_hours";
        QTest::newRow("no key") << QJsonObject{{"value", 1}} << "key"
                                << "is required";
        QTest::newRow("below the range") << QJsonObject{{"key", "dispatch.idle_minutes"}, {"value", 0}} << "value"
                                         << "for dispatch.idle_minutes must be from 1 to 480 minutes, not 0";
        QTest::newRow("above the range") << QJsonObject{{"key", "dispatch.grab_seconds"}, {"value", 301}} << "value"
                                         << "for dispatch.grab_seconds must be from 5 to 300 seconds, not 301";
        QTest::newRow("a count out of range") << QJsonObject{{"key", "dispatch.daily_cap"}, {"value", -3}} << "value"
                                              << "for dispatch.daily_cap must be from 1 to 500, not -3";
        QTest::newRow("text") << QJsonObject{{"key", "dispatch.idle_minutes"}, {"value", "30"}} << "value"
                              << "for dispatch.idle_minutes must be a whole number";
        QTest::newRow("fraction") << QJsonObject{{"key", "pool.daily_claims"}, {"value", 2.5}} << "value"
                                  << "for pool.daily_claims must be a whole number";
        QTest::newRow("no value") << QJsonObject{{"key", "pool.daily_claims"}} << "value"
                                  << "for pool.daily_claims is required";
        QTest::newRow("null value") << QJsonObject{{"key", "pool.daily_claims"}, {"value", QJsonValue::Null}} << "value"
                                    << "for pool.daily_claims is required";
        QTest::newRow("project id not text") << QJsonObject{{"project_id", 7}, {"key", "pool.daily_claims"}, {"value", 3}} << "project_id"
                                             << "must be a text";
        QTest::newRow("unknown project") << QJsonObject{{"project_id", "nope"}, {"key", "pool.daily_claims"}, {"value", 3}} << "project_id"
                                         << "is not a project of this office";
    }
    void badValuesAreRefusedNamingTheKey()
    {
        QFETCH(QJsonObject, args);
        QFETCH(QString, field);
        QFETCH(QString, says);
        test::TestOffice o;
        QVERIFY(o.applier().apply(SettingSet{{}, QStringLiteral("pool.daily_claims"), 4}).ok()); // something to keep
        QVERIFY(test::refusedNamingField(o, SettingSet::kName, 1, args, field));
        auto r = o.applier().apply(QString::fromLatin1(SettingSet::kName), 1, args);
        QVERIFY2(r.error().message.contains(says), qPrintable(r.error().message));
        QCOMPARE(o.count("SELECT count(*) FROM setting"), qint64(1));
        QCOMPARE(valueOf(o.db(), {}, "pool.daily_claims"), qint64(4));
    }

    void projectOverOfficeOverDefault()
    {
        test::TestOffice o;
        const QString p1 = projectIn(o, QStringLiteral("翠湖天地")), p2 = projectIn(o, QStringLiteral("云栖里"));
        QVERIFY(!p1.isEmpty() && !p2.isEmpty());
        QCOMPARE(valueOf(o.db(), p1, "dispatch.idle_minutes"), qint64(30));
        auto office = o.applier().apply(SettingSet{{}, QStringLiteral("dispatch.idle_minutes"), 40});
        QVERIFY(office.ok());
        QVERIFY(!office->previous);
        auto project = o.applier().apply(SettingSet{p1, QStringLiteral("dispatch.idle_minutes"), 20});
        QVERIFY(project.ok());
        QVERIFY(!project->previous); // the project had none of its own
        auto again = o.applier().apply(SettingSet{p1, QStringLiteral("dispatch.idle_minutes"), 25});
        QCOMPARE(again->previous, std::optional<qint64>(20));

        QCOMPARE(valueOf(o.db(), p1, "dispatch.idle_minutes"), qint64(25));
        QCOMPARE(valueOf(o.db(), p2, "dispatch.idle_minutes"), qint64(40));
        QCOMPARE(valueOf(o.db(), {}, "dispatch.idle_minutes"), qint64(40));
        auto s = ProjectSettings::load(o.db(), p1);
        QCOMPARE(s->entry("dispatch.idle_minutes")->source, ProjectSettings::Source::Project);
        QCOMPARE(s->entry("dispatch.grab_seconds")->source, ProjectSettings::Source::Default);
        QCOMPARE(ProjectSettings::load(o.db(), p2)->entry("dispatch.idle_minutes")->source, ProjectSettings::Source::Office);
        QCOMPARE(s->rules().idleMinutes, 25);
        QCOMPARE(s->rules().grabSeconds, 15);
        // Audited: each change is an outbox row with its arguments.
        QCOMPARE(o.count("SELECT count(*) FROM outbox WHERE name = 'settings.set'"), qint64(3));
        QCOMPARE(o.db().queryText("SELECT args FROM outbox WHERE name = 'settings.set' ORDER BY client_seq DESC LIMIT 1"),
                 QStringLiteral("{\"key\":\"dispatch.idle_minutes\",\"project_id\":\"%1\",\"value\":25}").arg(p1));
    }

    // Managers and administrators change rules; a consultant cannot, and nothing is written.
    void onlyManagersChangeRules()
    {
        test::TestOffice o;
        auto li = o.applier().apply(office::UserCreate{QStringLiteral("li"), QStringLiteral("李娜"), office::Role::Consultant});
        auto wang = o.applier().apply(office::UserCreate{QStringLiteral("wang"), QStringLiteral("王经理"), office::Role::Manager});
        QVERIFY(li.ok() && wang.ok());
        o.applier().setUserId(li->userId);
        auto refused = o.applier().apply(SettingSet{{}, QStringLiteral("dispatch.daily_cap"), 50});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QString("auth.forbidden"));
        QCOMPARE(o.count("SELECT count(*) FROM setting"), qint64(0));
        o.applier().setUserId(wang->userId);
        QVERIFY(o.applier().apply(SettingSet{{}, QStringLiteral("dispatch.daily_cap"), 50}).ok());
        QCOMPARE(o.db().queryText("SELECT updated_by FROM setting WHERE key = 'dispatch.daily_cap'"), wang->userId);
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
