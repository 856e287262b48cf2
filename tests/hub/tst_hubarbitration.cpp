// Class-A arbitration through the hub's push, on both stores (hub.db and PostgreSQL 15 in a
// throwaway cluster): two consultants claim one customer — the first committed has it, the
// other is refused naming them, for good (a replay gets the same verdict); giving back and a
// manager's assignment move the key; a grab-pool round's deadline is the hub's clock.
#include "hubfixture.h"
#include "pgcluster.h"

#include "hub/arbiter.h"

using namespace shoulou;
using namespace shoulou::test;

namespace {

QJsonObject ack(const QJsonObject &pushReply, int i = 0)
{
    return pushReply.value("acks").toArray().at(i).toObject();
}

QString ackCode(const QJsonObject &pushReply, int i = 0)
{
    return ack(pushReply, i).value("error").toObject().value("code").toString();
}

} // namespace

class TestHubArbitration final : public QObject {
    Q_OBJECT

    std::unique_ptr<PgCluster> m_cluster;

    QString databaseFor(const QString &backend)
    {
        if (backend == QLatin1String("sqlite"))
            return {};
        if (!m_cluster)
            m_cluster = std::make_unique<PgCluster>();
        return m_cluster->ok() ? m_cluster->newDatabase() : QStringLiteral("<none>");
    }

private slots:
    void twoConsultantsClaimOneCustomer_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << "sqlite";
        QTest::newRow("postgresql") << "postgresql";
    }
    void twoConsultantsClaimOneCustomer()
    {
        QFETCH(QString, backend);
        const QString url = databaseFor(backend);
        if (url == QLatin1String("<none>"))
            QSKIP("PostgreSQL 15 (initdb, pg_ctl) is not available here");
        TestHub hub(url);
        QVERIFY(hub.ok());
        const QString code = hub.addOffice();
        hub.addUser(code, "wang", "manager");
        hub.addUser(code, "li", "consultant");
        hub.addUser(code, "zhang", "consultant");
        TestDesk wang = hub.newDesk(), li = hub.newDesk(), zhang = hub.newDesk();
        hub.enroll(wang, code, "wang");
        hub.enroll(li, code, "li");
        hub.enroll(zhang, code, "zhang");
        QVERIFY(hub.push(wang, {hub.op(wang, "office.init")}).value("ok").toBool());

        const QJsonObject customer{{"customer_id", "c-1"}};
        QJsonObject r = hub.push(li, {hub.op(li, "customer.claim", customer)});
        QCOMPARE(ack(r).value("status").toString(), QString("applied"));
        const qint64 liSeq = ack(r).value("hub_seq").toInteger();
        QVERIFY(liSeq > 0);

        // zhang's claim comes second: refused, naming li, and taking no place in the order.
        const QJsonObject zhangClaim = hub.op(zhang, "customer.claim", customer);
        r = hub.push(zhang, {zhangClaim});
        QVERIFY2(r.value("ok").toBool(), qPrintable(show(r)));
        QCOMPARE(ack(r).value("status").toString(), QString("rejected"));
        QCOMPARE(ackCode(r), QString("CUSTOMER_ALREADY_OWNED"));
        const QJsonObject error = ack(r).value("error").toObject();
        QVERIFY2(error.value("message").toString().contains("LI"), qPrintable(show(error)));
        QCOMPARE(error.value("winner").toObject().value("user_id").toString(), li.userId);
        QCOMPARE(error.value("winner").toObject().value("name").toString(), QString("LI"));
        QCOMPARE(error.value("winner").toObject().value("hub_seq").toInteger(), liSeq);
        QVERIFY(!ack(r).contains("hub_seq"));
        QCOMPARE(r.value("latest_hub_seq").toInteger(), liSeq);
        // The same op sent again (its ack was lost): the stored verdict, not a new decision.
        r = hub.push(zhang, {zhangClaim});
        QVERIFY(ack(r).value("duplicate").toBool());
        QCOMPARE(ackCode(r), QString("CUSTOMER_ALREADY_OWNED"));

        // Only the holder gives it back; then zhang's next claim wins.
        r = hub.push(zhang, {hub.op(zhang, "customer.release", customer)});
        QCOMPARE(ackCode(r), QString("CUSTOMER_OWNED_BY_OTHER"));
        r = hub.push(li, {hub.op(li, "customer.release", customer)});
        QCOMPARE(ack(r).value("status").toString(), QString("applied"));
        r = hub.push(zhang, {hub.op(zhang, "customer.claim", customer)});
        QCOMPARE(ack(r).value("status").toString(), QString("applied"));

        // A manager's assignment is the owner too: a claim after it loses to the assignee.
        r = hub.push(wang,
                     {hub.op(wang, "customer.update", {{"customer_id", "c-1"}, {"owner_id", li.userId}}, QStringLiteral("<desk>"), 2)});
        QCOMPARE(ack(r).value("status").toString(), QString("applied"));
        r = hub.push(zhang, {hub.op(zhang, "customer.claim", customer)});
        QCOMPARE(ackCode(r), QString("CUSTOMER_ALREADY_OWNED"));
        QCOMPARE(ack(r).value("error").toObject().value("winner").toObject().value("user_id").toString(), li.userId);
        // Another customer is another key; an edit that leaves the owner alone does not race.
        r = hub.push(zhang, {hub.op(zhang, "customer.claim", {{"customer_id", "c-2"}}),
                             hub.op(zhang, "customer.update", {{"customer_id", "c-1"}, {"name", "张先生"}}, QStringLiteral("<desk>"), 2)});
        QCOMPARE(ack(r, 0).value("status").toString(), QString("applied"));
        QCOMPARE(ack(r, 1).value("status").toString(), QString("applied"));

        // Refused claims never reach the log every replica applies.
        const QJsonObject pulled = hub.pull(wang, 0);
        int claims = 0;
        for (const QJsonValue &op : pulled.value("ops").toArray())
            claims += op.toObject().value("name").toString() == QLatin1String("customer.claim");
        QCOMPARE(claims, 3); // li's first, zhang's after the release, zhang's of c-2

        // A restart keeps who holds what.
        hub.reopen();
        r = hub.push(li, {hub.op(li, "customer.claim", {{"customer_id", "c-2"}})});
        QCOMPARE(ackCode(r), QString("CUSTOMER_ALREADY_OWNED"));
        QCOMPARE(ack(r).value("error").toObject().value("winner").toObject().value("name").toString(), QString("ZHANG"));
    }

    void aRoundClosesOnTheHubClock_data() { twoConsultantsClaimOneCustomer_data(); }
    void aRoundClosesOnTheHubClock()
    {
        QFETCH(QString, backend);
        const QString url = databaseFor(backend);
        if (url == QLatin1String("<none>"))
            QSKIP("PostgreSQL 15 (initdb, pg_ctl) is not available here");
        const bool pg = !url.isEmpty();
        TestHub hub(url);
        QVERIFY(hub.ok());
        const QString code = hub.addOffice();
        auto office = hub.anyStore().officeByCode(code);
        QVERIFY(office.ok() && office->has_value());
        const QString officeId = (*office)->id;
        hub::Arbiter arbiter(hub.anyStore(), hub.clock());
        auto inWrite = [&](auto step) {
            QVERIFY(hub.anyStore().beginWrite().ok());
            QVERIFY(hub.anyStore().lockOffice(officeId).ok());
            step();
            QVERIFY(hub.anyStore().commit().ok());
        };
        sync::ArbitrationRequest claim;
        claim.kind = sync::ArbitrationKind::Claim;
        claim.takenCode = QStringLiteral("LEAD_ALREADY_CLAIMED");
        const hub::Claimant li{QStringLiteral("op-li"), QStringLiteral("li"), QStringLiteral("ws-li"), 5};
        const hub::Claimant zhang{QStringLiteral("op-zh"), QStringLiteral("zhang"), QStringLiteral("ws-zh"), 6};
        // PostgreSQL measures on its own clock (every hub process agrees on it): real time there.
        const qint64 ttl = pg ? 400 : 15000;
        auto pass = [&](qint64 ms) {
            if (pg)
                QTest::qSleep(int(ms));
            else
                hub.clock().advanceMs(ms);
        };

        inWrite([&] {
            auto opened = arbiter.open(officeId, QStringLiteral("offer:a"), ttl);
            QVERIFY(opened.ok() && opened->has_value());
            QCOMPARE((*opened)->round, 1);
            auto again = arbiter.open(officeId, QStringLiteral("offer:a"), ttl);
            QVERIFY(again.ok() && !again->has_value()); // open already
            claim.key = QStringLiteral("offer:a");
            auto first = arbiter.decide(officeId, claim, li);
            QVERIFY(first.ok() && first->applied);
            auto second = arbiter.decide(officeId, claim, zhang);
            QVERIFY(second.ok() && !second->applied);
            QCOMPARE(second->code, QString("LEAD_ALREADY_CLAIMED"));
            QCOMPARE(second->winner.value("user_id").toString(), QString("li"));
            QVERIFY(arbiter.open(officeId, QStringLiteral("offer:b"), ttl).ok());
        });
        pass(ttl + 100);
        inWrite([&] {
            claim.key = QStringLiteral("offer:b");
            auto late = arbiter.decide(officeId, claim, zhang);
            QVERIFY(late.ok() && !late->applied);
            QCOMPARE(late->code, QString("CLAIM_EXPIRED"));
            QVERIFY(!late->message.isEmpty());
            auto expired = arbiter.expireOverdue(officeId);
            QVERIFY(expired.ok());
            QCOMPARE(expired->size(), 1);
            QCOMPARE(expired->at(0).key, QString("offer:b"));
            auto round2 = arbiter.open(officeId, QStringLiteral("offer:b"), ttl * 10);
            QVERIFY(round2.ok() && round2->has_value());
            QCOMPARE((*round2)->round, 2);
            auto won = arbiter.decide(officeId, claim, zhang);
            QVERIFY(won.ok() && won->applied);
            claim.key = QStringLiteral("offer:never");
            auto unknown = arbiter.decide(officeId, claim, li);
            QVERIFY(unknown.ok() && !unknown->applied);
            QCOMPARE(unknown->code, QString("CLAIM_NOT_OPEN"));
        });
        inWrite([&] {
            auto none = arbiter.expireOverdue(officeId);
            QVERIFY(none.ok() && none->isEmpty()); // a.claimed, b claimed in round 2
        });
    }
};

QTEST_GUILESS_MAIN(TestHubArbitration)
#include "tst_hubarbitration.moc"
