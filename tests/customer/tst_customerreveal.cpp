// customer.reveal@1 and CustomerReveal: who looked is recorded before anything is shown, and
// the plaintext never reaches the outbox.
#include "customer/customerdetail.h"
#include "customer/customerreveal.h"
#include "identity/phonenumber.h"
#include "testoffice.h"

#include <QJsonArray>

using namespace shoulou;

class TstCustomerReveal final : public QObject {
    Q_OBJECT

    QString addCustomer(test::TestOffice &o, const QStringList &cells)
    {
        const auto r = o.ingest(o.lead({"姓名", "手机", "身份证"}, cells));
        return r.value(QStringLiteral("customer_id")).toString();
    }

private slots:
    void revealPhoneRecordsWhoAndWhen()
    {
        test::TestOffice o;
        const QString id = addCustomer(o, {"张三", "13812345678", ""});
        QVERIFY(!id.isEmpty());
        o.clock().setMs(1'760'000'100'000);
        auto r = customer::CustomerReveal::reveal(o.applier(), o.key(), id, QStringLiteral("phone"));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(*r, QStringList{QStringLiteral("138 1234 5678")});

        QCOMPARE(o.count("SELECT count(*) FROM reveal_log"), 1);
        QCOMPARE(o.db().queryText("SELECT field FROM reveal_log"), QStringLiteral("phone"));
        QCOMPARE(o.db().queryText("SELECT customer_id FROM reveal_log"), id);
        QCOMPARE(o.db().queryText("SELECT user_id FROM reveal_log"), QStringLiteral("tester"));
        QCOMPARE(o.count("SELECT revealed_at FROM reveal_log"), 1'760'000'100'000);
        // The log row points at the outbox row that carried it, and that row holds no number.
        QCOMPARE(o.db().queryText("SELECT o.name FROM outbox o JOIN reveal_log r ON r.op_id = o.op_id"), QStringLiteral("customer.reveal"));
        const QString args = o.db().queryText("SELECT args FROM outbox WHERE name = 'customer.reveal'");
        QVERIFY(args.contains(id));
        QVERIFY(!args.contains(QStringLiteral("1234")));
    }

    void revealResidentIdOpensTheSealedNumber()
    {
        test::TestOffice o;
        const QString id = addCustomer(o, {"李四", "13912345678", "11010519491231002X"});
        auto r = customer::CustomerReveal::reveal(o.applier(), o.key(), id, QStringLiteral("resident_id"));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(*r, QStringList{QStringLiteral("11010519491231002X")});
        QCOMPARE(o.count("SELECT count(*) FROM reveal_log WHERE field = 'resident_id'"), 1);
        QCOMPARE(o.count("SELECT count(*) FROM outbox WHERE args LIKE '%19491231%'"), 0);
    }

    void revealFollowsMergesToEveryRecord()
    {
        test::TestOffice o;
        const QString a = addCustomer(o, {"王五", "13700001111", ""});
        const QString b = addCustomer(o, {"王五", "13700002222", ""});
        auto m = o.applier().apply(QStringLiteral("customer.merge"), 1, {{"a", a}, {"b", b}});
        QVERIFY(m.ok());
        // Asked through the merged-away id, the reveal lands on the live customer.
        auto r = customer::CustomerReveal::reveal(o.applier(), o.key(), b, QStringLiteral("phone"));
        QVERIFY(r.ok());
        QCOMPARE(r->size(), 2);
        QVERIFY(r->contains(QStringLiteral("137 0000 1111")));
        QVERIFY(r->contains(QStringLiteral("137 0000 2222")));
        QCOMPARE(o.db().queryText("SELECT customer_id FROM reveal_log"), m->value("survivor_id").toString());
    }

    void badRequestsRecordNothing()
    {
        test::TestOffice o;
        const QString id = addCustomer(o, {"赵六", "13812345678", ""});
        const qint64 outbox = o.count("SELECT count(*) FROM outbox");
        auto bad = customer::CustomerReveal::reveal(o.applier(), o.key(), id, QStringLiteral("name"));
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains(QStringLiteral("field")));
        auto missing = customer::CustomerReveal::reveal(o.applier(), o.key(), QStringLiteral("nobody"), QStringLiteral("phone"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, QStringLiteral("customer.not_found"));
        QCOMPARE(o.count("SELECT count(*) FROM reveal_log"), 0);
        QCOMPARE(o.count("SELECT count(*) FROM outbox"), outbox);
    }

    void readable_data()
    {
        QTest::addColumn<QString>("e164");
        QTest::addColumn<QString>("extension");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("mobile") << "+8613812345678"
                                << ""
                                << "mobile"
                                << "138 1234 5678";
        QTest::newRow("beijing") << "+861065529988"
                                 << ""
                                 << "landline"
                                 << "010 6552 9988";
        QTest::newRow("hangzhou") << "+8657188881234"
                                  << ""
                                  << "landline"
                                  << "0571 8888 1234";
        QTest::newRow("extension") << "+861065529988"
                                   << "8001"
                                   << "landline"
                                   << "010 6552 9988 ext. 8001";
        QTest::newRow("foreign") << "+85291234567"
                                 << ""
                                 << "foreign"
                                 << "+85291234567";
    }
    void readable()
    {
        QFETCH(QString, e164);
        QFETCH(QString, extension);
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        QCOMPARE(customer::CustomerReveal::readable(identity::PhoneNumber::fromStored(e164, extension, kind)), expected);
    }

    void requirementIsValidated()
    {
        test::TestOffice o;
        const QString id = addCustomer(o, {"钱七", "13812345678", ""});
        auto bad = o.applier().apply(QStringLiteral("customer.update"), 1,
                                     {{"customer_id", id}, {"requirement", QJsonObject{{"budget_fen", 12.5}}}});
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains(QStringLiteral("requirement.budget_fen")));
        auto area = o.applier().apply(QStringLiteral("customer.update"), 1,
                                      {{"customer_id", id}, {"requirement", QJsonObject{{"area_m2", -3}}}});
        QVERIFY(!area.ok());
        QVERIFY(area.error().message.contains(QStringLiteral("requirement.area_m2")));
        auto good = o.applier().apply(QStringLiteral("customer.update"), 1,
                                      {{"customer_id", id}, {"requirement", QJsonObject{{"budget_fen", 350'000'000}, {"area_m2", 120}}}});
        QVERIFY(good.ok());
        const auto detail = customer::CustomerDetail::load(o.db(), id);
        QVERIFY(detail.ok());
        QCOMPARE(detail->toJson()["requirement"].toObject()["budget_fen"].toDouble(), 350'000'000.0);
    }

    void detailListsChannelsWithFirstTouch()
    {
        test::TestOffice o;
        const QString id = addCustomer(o, {"孙八", "13812345678", ""});
        const auto detail = customer::CustomerDetail::load(o.db(), id);
        QVERIFY(detail.ok());
        const QJsonArray channels = detail->toJson()["channels"].toArray();
        QCOMPARE(channels.size(), 1);
        QCOMPARE(channels[0].toObject()["channel"].toString(), QStringLiteral("抖音"));
        QCOMPARE(channels[0].toObject()["share"].toDouble(), 1.0);
        QCOMPARE(channels[0].toObject()["first_at_ms"].toDouble(), double(o.clock().nowMs()));
    }
};

QTEST_GUILESS_MAIN(TstCustomerReveal)
#include "tst_customerreveal.moc"
