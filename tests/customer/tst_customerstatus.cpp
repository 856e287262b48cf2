// How a customer's status moves: by follow-ups (a 到访 visit marks the customer visited) and
// by hand (never to 已认购/已签约, which sales sets). Version 1 of both mutations keeps its old
// meaning, so outbox rows written before keep replaying as they were.
#include "customer/customerupdate.h"
#include "customer/followupadd.h"
#include "testoffice.h"

using namespace shoulou;

class TstCustomerStatus final : public QObject {
    Q_OBJECT

    QString customer(test::TestOffice &o, const QString &phone)
    {
        return o.ingest(o.lead({"姓名", "手机"}, {"钱十", phone})).value("customer_id").toString();
    }
    QString status(test::TestOffice &o, const QString &id) { return o.db().queryText("SELECT status FROM customer WHERE id = ?1", id); }

private slots:
    void visitFollowUpMovesNewAndFollowingToVisited()
    {
        test::TestOffice o;
        const QString fresh = customer(o, "13800000001");
        const QString following = customer(o, "13800000002");
        const QString invalid = customer(o, "13800000003");
        QVERIFY(o.applier().apply("followup.add", 2, {{"customer_id", following}, {"kind", "call"}, {"note", "打过电话"}}).ok());
        QCOMPARE(status(o, following), QString("following"));
        QVERIFY(o.applier().apply("customer.update", 2, {{"customer_id", invalid}, {"status", "invalid"}}).ok());
        for (const QString &id : {fresh, following, invalid}) {
            customer::FollowUpAdd visit;
            visit.customerId = id;
            visit.kind = QStringLiteral("visit");
            visit.note = QStringLiteral("来售楼处了");
            QVERIFY(o.applier().apply(customer::FollowUpAdd::kName, customer::FollowUpAdd::kVersion, visit.toJson()).ok());
        }
        QCOMPARE(status(o, fresh), QString("visited"));
        QCOMPARE(status(o, following), QString("visited"));
        QCOMPARE(status(o, invalid), QString("invalid")); // only new and following move
    }

    void versionOneKeepsItsMeaning()
    {
        test::TestOffice o;
        const QString id = customer(o, "13800000004");
        QVERIFY(o.applier().apply("followup.add", 1, {{"customer_id", id}, {"kind", "visit"}, {"note", "到访"}}).ok());
        QCOMPARE(status(o, id), QString("following"));
        QVERIFY(o.applier().apply("customer.update", 1, {{"customer_id", id}, {"status", "subscribed"}}).ok());
        QCOMPARE(status(o, id), QString("subscribed"));
    }

    void subscribedAndContractedCannotBeSetByHand()
    {
        test::TestOffice o;
        const QString id = customer(o, "13800000005");
        for (const char *code : {"subscribed", "contracted"}) {
            customer::CustomerUpdate u;
            u.customerId = id;
            u.status = QString::fromLatin1(code);
            auto r = o.applier().apply(customer::CustomerUpdate::kName, customer::CustomerUpdate::kVersion, u.toJson());
            QVERIFY(!r.ok());
            QVERIFY2(r.error().message.contains("\"status\"") && r.error().message.contains("sales"), qPrintable(r.error().message));
            QCOMPARE(status(o, id), QString("new"));
        }
        // The other statuses stay a person's choice.
        QVERIFY(o.applier().apply("customer.update", 2, {{"customer_id", id}, {"status", "pool"}}).ok());
        QCOMPARE(status(o, id), QString("pool"));
    }
};

QTEST_GUILESS_MAIN(TstCustomerStatus)
#include "tst_customerstatus.moc"
