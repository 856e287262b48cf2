// The customer mutations' typed arguments (issue #10): every struct survives toJson→fromJson,
// and JSON of the wrong shape — an id that is a number, a budget that is a text — is refused
// by fromJson, naming the field, before the handler writes anything.
#include "customer/customerupdate.h"
#include "customer/followupadd.h"
#include "customer/requirement.h"
#include "customer/revealrecord.h"
#include "mutation/args.h"
#include "office/usercreate.h"
#include "refusal.h"
#include "testoffice.h"

#include <QJsonArray>

using namespace shoulou;

class TstCustomerMutationArgs final : public QObject {
    Q_OBJECT

    QString customer(test::TestOffice &o)
    {
        return o.ingest(o.lead({"姓名", "手机"}, {"孙八", "13800001234"})).value("customer_id").toString();
    }

    static customer::Requirement fullRequirement()
    {
        customer::Requirement r;
        r.budgetFen = 3'500'000'00;
        r.layout = QStringLiteral("三室两厅");
        r.areaM2 = 118.5;
        r.note = QStringLiteral("要学区");
        r.gender = QStringLiteral("female");
        r.visitors = 3;
        r.heardVia = QStringLiteral("小红书");
        r.building = QStringLiteral("3号楼");
        r.other = QJsonObject{{"budget_max_fen", 4'000'000'00.0}}; // a key of a newer workstation travels along
        return r;
    }

private slots:
    void customerUpdateRoundTrips()
    {
        customer::CustomerUpdate u;
        u.customerId = QStringLiteral("c1");
        QVERIFY(test::roundTrips(u));
        u.name = QStringLiteral("孙八");
        u.grade = QString(); // cleared
        u.status = QStringLiteral("following");
        u.ownerId = QStringLiteral("u1");
        u.assignedAtMs = 1'760'000'000'123;
        u.requirement = fullRequirement();
        u.tags = QStringList{"学区", "改善"};
        QVERIFY(test::roundTrips(u));
        QVERIFY(test::roundTrips(u, 1));         // @1 reads into the same struct
        u.requirement = customer::Requirement(); // clears the stored requirement
        u.tags = QStringList();
        QVERIFY(test::roundTrips(u));
        QVERIFY(test::outcomeRoundTrips(customer::CustomerUpdate::Outcome{QStringLiteral("c1")}));
    }

    void requirementRoundTrips()
    {
        const customer::Requirement r = fullRequirement();
        mutation::Args a(QStringLiteral("test@1"), r.toJson());
        QCOMPARE(customer::Requirement::read(a), r);
        QVERIFY(a.ok());
        QCOMPARE(customer::Requirement::fromStored(r.toJson()), r);
    }

    void followUpAddRoundTrips()
    {
        customer::FollowUpAdd f;
        f.customerId = QStringLiteral("c1");
        QVERIFY(test::roundTrips(f));
        f.kind = QStringLiteral("visit");
        f.note = QStringLiteral("到访售楼处");
        f.occurredAtMs = 1'760'000'000'000;
        f.nextAtMs = 1'760'086'400'000;
        f.consultantId = QStringLiteral("u1");
        QVERIFY(test::roundTrips(f));
        QVERIFY(test::roundTrips(f, 1));
        QVERIFY(test::outcomeRoundTrips(customer::FollowUpAdd::Outcome{QStringLiteral("f1"), QStringLiteral("c1")}));
    }

    void revealRecordRoundTrips()
    {
        QVERIFY(test::roundTrips(customer::RevealRecord{QStringLiteral("c1"), QStringLiteral("resident_id")}));
        QVERIFY(test::outcomeRoundTrips(customer::RevealRecord::Outcome{QStringLiteral("c1"), QStringLiteral("phone")}));
    }

    void customerUpdateRefusesWrongTypes()
    {
        test::TestOffice o;
        const QString id = customer(o);
        for (int v : {1, 2}) {
            QVERIFY(test::refusedNamingField(o, "customer.update", v, {{"customer_id", 5}, {"grade", "A"}}, "customer_id"));
            QVERIFY(test::refusedNamingField(o, "customer.update", v, {{"grade", "A"}}, "customer_id"));
            QVERIFY(test::refusedNamingField(o, "customer.update", v, {{"customer_id", id}, {"name", 7}}, "name"));
            QVERIFY(test::refusedNamingField(o, "customer.update", v, {{"customer_id", id}, {"name", " "}}, "name"));
            QVERIFY(test::refusedNamingField(o, "customer.update", v, {{"customer_id", id}, {"grade", "E"}}, "grade"));
            QVERIFY(test::refusedNamingField(o, "customer.update", v, {{"customer_id", id}, {"status", "sold"}}, "status"));
            QVERIFY(test::refusedNamingField(o, "customer.update", v, {{"customer_id", id}, {"owner_id", QJsonArray{"u1"}}}, "owner_id"));
            QVERIFY(test::refusedNamingField(o, "customer.update", v, {{"customer_id", id}, {"owner_id", ""}, {"assigned_at", "today"}},
                                             "assigned_at"));
            QVERIFY(test::refusedNamingField(o, "customer.update", v, {{"customer_id", id}, {"tags", QJsonArray{"学区", 3}}}, "tags"));
            QVERIFY(test::refusedNamingField(o, "customer.update", v, {{"customer_id", id}, {"tags", "学区"}}, "tags"));
            QVERIFY(test::refusedNamingField(o, "customer.update", v, {{"customer_id", id}, {"requirement", "三室"}}, "requirement"));
            // Requirement::fromJson used to drop a budget it could not read, and the edit went through.
            const std::pair<QJsonObject, const char *> requirements[] = {
                {{{"budget_fen", "100"}}, "requirement.budget_fen"},
                {{{"budget_fen", 12.5}}, "requirement.budget_fen"},
                {{{"budget_fen", -1}}, "requirement.budget_fen"},
                {{{"area_m2", "120"}}, "requirement.area_m2"},
                {{{"area_m2", 0}}, "requirement.area_m2"},
                {{{"gender", "m"}}, "requirement.gender"},
                {{{"visitors", 2.5}}, "requirement.visitors"},
                {{{"visitors", 100}}, "requirement.visitors"},
                {{{"layout", 3}}, "requirement.layout"},
                {{{"note", QString(501, QChar(u'字'))}}, "requirement.note"},
                {{{"heard_via", QJsonObject{}}}, "requirement.heard_via"},
                {{{"building", true}}, "requirement.building"},
            };
            for (const auto &[req, field] : requirements)
                QVERIFY2(test::refusedNamingField(o, "customer.update", v, {{"customer_id", id}, {"requirement", req}}, field), field);
        }
        QVERIFY(o.db().queryText("SELECT requirement FROM customer WHERE id = ?1", id).isEmpty());
        // What is right still goes through, null being "not given".
        QVERIFY(o.applier()
                    .apply("customer.update", 2,
                           {{"customer_id", id}, {"requirement", QJsonObject{{"budget_fen", 100}, {"area_m2", QJsonValue::Null}}}})
                    .ok());
        QCOMPARE(o.db().queryText("SELECT requirement FROM customer WHERE id = ?1", id), QStringLiteral("{\"budget_fen\":100}"));
    }

    void followUpAddRefusesWrongTypes()
    {
        test::TestOffice o;
        const QString id = customer(o);
        for (int v : {1, 2}) {
            QVERIFY(test::refusedNamingField(o, "followup.add", v, {{"customer_id", 5}, {"note", "x"}}, "customer_id"));
            QVERIFY(test::refusedNamingField(o, "followup.add", v, {{"customer_id", id}, {"kind", "letter"}}, "kind"));
            QVERIFY(test::refusedNamingField(o, "followup.add", v, {{"customer_id", id}, {"kind", 1}}, "kind"));
            QVERIFY(test::refusedNamingField(o, "followup.add", v, {{"customer_id", id}, {"note", QJsonArray{}}}, "note"));
            QVERIFY(test::refusedNamingField(o, "followup.add", v, {{"customer_id", id}, {"occurred_at", "yesterday"}}, "occurred_at"));
            QVERIFY(test::refusedNamingField(o, "followup.add", v, {{"customer_id", id}, {"next_at", 1.5}}, "next_at"));
            QVERIFY(test::refusedNamingField(o, "followup.add", v, {{"customer_id", id}, {"consultant_id", false}}, "consultant_id"));
        }
        QCOMPARE(o.count("SELECT count(*) FROM follow_up"), qint64(0));
        QCOMPARE(o.db().queryText("SELECT status FROM customer WHERE id = ?1", id), QStringLiteral("new"));
    }

    void revealRefusesWrongTypes()
    {
        test::TestOffice o;
        const QString id = customer(o);
        QVERIFY(test::refusedNamingField(o, "customer.reveal", 1, {{"customer_id", 5}, {"field", "phone"}}, "customer_id"));
        QVERIFY(test::refusedNamingField(o, "customer.reveal", 1, {{"customer_id", id}, {"field", 1}}, "field"));
        QVERIFY(test::refusedNamingField(o, "customer.reveal", 1, {{"customer_id", id}}, "field"));
        QCOMPARE(o.count("SELECT count(*) FROM reveal_log"), qint64(0));
    }

    // Rows as the demo, the desk and the importer wrote them before (version 1, built by hand)
    // still apply, and store what the JSON handlers stored: the requirement exactly as sent.
    void rowsWrittenBeforeStillApply()
    {
        test::TestOffice o;
        const QString id = customer(o);
        auto user = o.applier().apply(office::UserCreate{QStringLiteral("li"), QStringLiteral("李顾问"), office::Role::Consultant});
        QVERIFY(user.ok());
        auto row = [&](const char *name, const QString &json) {
            QString args = json;
            args.replace(QLatin1String("$C"), id).replace(QLatin1String("$U"), user->userId);
            auto r = o.applier().apply(QString::fromLatin1(name), 1, QJsonDocument::fromJson(args.toUtf8()).object());
            if (!r)
                qWarning() << name << r.error().message;
            return r.ok();
        };
        QVERIFY(row("customer.update", R"({"assigned_at":1759000000000,"customer_id":"$C","grade":"B","owner_id":"$U",)"
                                       R"("requirement":{"area_m2":119,"budget_fen":3200000000,"layout":"三室两厅"}})"));
        QCOMPARE(o.db().queryText("SELECT requirement FROM customer WHERE id = ?1", id),
                 QStringLiteral(R"({"area_m2":119,"budget_fen":3200000000,"layout":"三室两厅"})"));
        QCOMPARE(o.db().queryInt("SELECT owner_since FROM customer WHERE id = ?1", id), qint64(1759000000000));
        QVERIFY(row("followup.add", R"({"consultant_id":"$U","customer_id":"$C","kind":"visit","next_at":1760086400000,)"
                                    R"("note":"到访售楼处","occurred_at":1759990000000})"));
        QCOMPARE(o.db().queryText("SELECT status FROM customer WHERE id = ?1", id), QStringLiteral("following")); // @1: no 已到访
        QVERIFY(row("customer.update", R"({"customer_id":"$C","requirement":{"budget_fen":300000000,"budget_max_fen":350000000,)"
                                       R"("gender":"female","heard_via":"小红书","visitors":3}})"));
        QCOMPARE(
            o.db().queryText("SELECT requirement FROM customer WHERE id = ?1", id),
            QStringLiteral(R"({"budget_fen":300000000,"budget_max_fen":350000000,"gender":"female","heard_via":"小红书","visitors":3})"));
    }

    // The typed apply: the outbox row is the struct's JSON, the outcome comes back typed.
    void typedApplyWritesTheStructsJson()
    {
        test::TestOffice o;
        const QString id = customer(o);
        customer::FollowUpAdd f;
        f.customerId = id;
        f.kind = QStringLiteral("call");
        f.note = QStringLiteral("打过电话");
        auto r = o.applier().apply(f);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->customerId, id);
        QCOMPARE(o.db().queryText("SELECT id FROM follow_up WHERE customer_id = ?1", id), r->followUpId);
        QCOMPARE(o.db().queryText("SELECT name || '@' || version FROM outbox ORDER BY client_seq DESC LIMIT 1"),
                 QStringLiteral("followup.add@2"));
        QCOMPARE(o.db().queryText("SELECT args FROM outbox ORDER BY client_seq DESC LIMIT 1").toUtf8(),
                 QJsonDocument(f.toJson()).toJson(QJsonDocument::Compact));
    }
};

QTEST_GUILESS_MAIN(TstCustomerMutationArgs)
#include "tst_customermutationargs.moc"
