// The office set-up mutations' typed arguments (issue #10): office.init, office.set_time_zone,
// channel.create, user.create and project.create survive toJson→fromJson with their outcomes,
// and JSON of the wrong shape is refused by fromJson, naming the field, before anything is
// written.
#include "office/channelcreate.h"
#include "office/officeinit.h"
#include "office/projectcreate.h"
#include "office/timezonechange.h"
#include "office/usercreate.h"
#include "refusal.h"
#include "testoffice.h"

#include <QJsonArray>

using namespace shoulou;

class TstOfficeMutationArgs final : public QObject {
    Q_OBJECT

    static office::ProjectCreate project()
    {
        office::ProjectCreate p{QStringLiteral("云栖湾"), QStringLiteral("杭州"), QStringLiteral("西湖区云栖路88号"), {}, {}};
        p.layouts = {{QStringLiteral("A户型"), 3, 11500}, {QStringLiteral("B户型"), 4, 14300}};
        p.buildings = {{QStringLiteral("1幢"), 3, 2, 4'200'000}, {QStringLiteral("2幢"), 2, 3, 5'600'000}};
        return p;
    }

private slots:
    void structsRoundTrip()
    {
        QVERIFY(test::roundTrips(office::OfficeInit{QStringLiteral("测试售楼处")}));
        QVERIFY(test::outcomeRoundTrips(office::OfficeInit::Outcome{QStringLiteral("o1")}));
        QVERIFY(test::roundTrips(office::TimeZoneChange{QStringLiteral("America/New_York")}));
        QVERIFY(test::outcomeRoundTrips(office::TimeZoneChange::Outcome{QStringLiteral("Asia/Shanghai")}));
        QVERIFY(test::roundTrips(office::ChannelCreate{QStringLiteral("链家"), {}, {}, 500, {}}));
        QVERIFY(test::roundTrips(
            office::ChannelCreate{QStringLiteral("链家"), QStringLiteral("lianjia"), QStringLiteral("agency"), 650, {"链家地产", "LJ"}}));
        QVERIFY(test::outcomeRoundTrips(office::ChannelCreate::Outcome{QStringLiteral("ch1")}));
        QVERIFY(test::roundTrips(office::UserCreate{QStringLiteral("zw"), QStringLiteral("张伟"), office::Role::Manager}));
        QVERIFY(test::outcomeRoundTrips(office::UserCreate::Outcome{QStringLiteral("u1")}));
        QVERIFY(test::roundTrips(project()));
        QVERIFY(test::roundTrips(office::ProjectCreate{QStringLiteral("空项目"), {}, {}, {}, {}}));
        QVERIFY(test::outcomeRoundTrips(office::ProjectCreate::Outcome{QStringLiteral("p1"), 12}));
    }

    void typedProjectCreateMakesItsUnits()
    {
        test::TestOffice o;
        auto r = o.applier().apply(project());
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->units, 3 * 2 + 2 * 3);
        QCOMPARE(o.count("SELECT count(*) FROM unit"), qint64(12));
        QCOMPARE(o.db().queryText("SELECT project_id FROM building LIMIT 1"), r->projectId);
        // 1幢 floor 3 unit 02: layout B (14300 dm²) at 4 200 000 fen/m² (+1.5 % for floor 3).
        QCOMPARE(o.db().queryInt("SELECT list_price_fen FROM unit WHERE number = '302' AND area_dm2 = 14300"),
                 qint64(14300) * 4'200'000 / 100 * 1015 / 1000);
    }

    void refusesWrongTypes()
    {
        test::TestOffice o;
        QVERIFY(test::refusedNamingField(o, "office.init", 1, {{"name", 5}}, "name"));
        QVERIFY(test::refusedNamingField(o, "office.set_time_zone", 1, {{"time_zone", 8}}, "time_zone"));
        QVERIFY(test::refusedNamingField(o, "office.set_time_zone", 1, {{"time_zone", "Mars/Olympus"}}, "time_zone"));
        QVERIFY(test::refusedNamingField(o, "channel.create", 1, {{"name", QJsonArray{"链家"}}}, "name"));
        QVERIFY(test::refusedNamingField(o, "channel.create", 1, {{"name", "链家"}, {"weight", "600"}}, "weight"));
        QVERIFY(test::refusedNamingField(o, "channel.create", 1, {{"name", "链家"}, {"weight", 1001}}, "weight"));
        QVERIFY(test::refusedNamingField(o, "channel.create", 1, {{"name", "链家"}, {"kind", "tv"}}, "kind"));
        QVERIFY(test::refusedNamingField(o, "channel.create", 1, {{"name", "链家"}, {"aliases", "LJ"}}, "aliases"));
        QVERIFY(test::refusedNamingField(o, "user.create", 1, {{"login", 5}, {"display_name", "X"}, {"role", "admin"}}, "login"));
        QVERIFY(test::refusedNamingField(o, "user.create", 1, {{"login", "x"}, {"display_name", "X"}, {"role", 1}}, "role"));
        QVERIFY(test::refusedNamingField(o, "user.create", 1, {{"login", "x"}, {"display_name", "X"}, {"role", "boss"}}, "role"));
        const QJsonObject good = project().toJson();
        auto with = [&](const char *key, const QJsonValue &v) {
            QJsonObject a = good;
            a.insert(QLatin1String(key), v);
            return a;
        };
        QJsonArray buildings = good["buildings"].toArray();
        QJsonObject b0 = buildings[0].toObject();
        b0["floors"] = "26";
        buildings[0] = b0;
        QJsonArray layouts = good["layouts"].toArray();
        QJsonObject l1 = layouts[1].toObject();
        l1["area_dm2"] = 143.5;
        layouts[1] = l1;
        QVERIFY(test::refusedNamingField(o, "project.create", 1, with("name", 1), "name"));
        QVERIFY(test::refusedNamingField(o, "project.create", 1, with("city", 1), "city"));
        QVERIFY(test::refusedNamingField(o, "project.create", 1, with("buildings", buildings), "buildings[0].floors"));
        QVERIFY(test::refusedNamingField(o, "project.create", 1, with("layouts", layouts), "layouts[1].area_dm2"));
        QVERIFY(test::refusedNamingField(o, "project.create", 1, with("layouts", QJsonObject{}), "layouts"));
        QVERIFY(test::refusedNamingField(o, "project.create", 1, with("layouts", QJsonArray{}), "layouts"));
        QCOMPARE(o.count("SELECT count(*) FROM project"), qint64(0));
        QCOMPARE(o.count("SELECT count(*) FROM app_user"), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TstOfficeMutationArgs)
#include "tst_officemutationargs.moc"
