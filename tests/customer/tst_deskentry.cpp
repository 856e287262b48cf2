// The desk's new-customer entry, as a core service: a new person, an existing phone (a touch,
// not a duplicate), what the desk asked stored on the customer, and a bad field refused whole.
#include "customer/customerupdate.h"
#include "customer/deskentry.h"
#include "office/officedirectory.h"
#include "testoffice.h"

#include <QJsonDocument>
#include <QtTest>

using namespace shoulou;

class TstDeskEntry : public QObject {
    Q_OBJECT

    customer::DeskEntry walkIn(test::TestOffice &o, const QString &name, const QString &phone)
    {
        auto dir = office::OfficeDirectory::load(o.db());
        customer::DeskEntry e;
        e.name = name;
        e.phone = phone;
        e.channelId = dir->walkInChannelId();
        for (const auto &c : dir->channels)
            if (c.id == e.channelId) {
                e.channelName = c.name;
                e.weightPermille = c.weightPermille;
            }
        return e;
    }
    QJsonObject requirementOf(test::TestOffice &o, const QString &id)
    {
        return QJsonDocument::fromJson(o.db().queryText("SELECT requirement FROM customer WHERE id = ?1", id).toUtf8()).object();
    }

private slots:
    void newPersonBecomesACustomerWithAVisit()
    {
        test::TestOffice o;
        auto e = walkIn(o, QStringLiteral("李雷"), QStringLiteral("139-0000-1111"));
        QVERIFY(!e.channelId.isEmpty());
        auto r = e.apply(o.applier(), o.key(), o.clock());
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->status, identity::IngestStatus::Created);
        QCOMPARE(o.db().queryText("SELECT name FROM customer WHERE id = ?1", r->customerId), QStringLiteral("李雷"));
        QCOMPARE(o.db().queryText("SELECT kind FROM touch WHERE customer_id = ?1", r->customerId), QStringLiteral("visit"));
        QCOMPARE(o.db().queryText("SELECT e164 FROM customer_phone WHERE customer_id = ?1", r->customerId),
                 QStringLiteral("+8613900001111"));
        QVERIFY(o.db().queryText("SELECT requirement FROM customer WHERE id = ?1", r->customerId).isEmpty()); // nothing asked
    }

    void existingPhoneAddsATouch()
    {
        test::TestOffice o;
        const QString known = o.ingest(o.lead({"姓名", "手机"}, {"张三", "13812345678"})).value("customer_id").toString();
        QVERIFY(o.applier()
                    .apply(QStringLiteral("customer.update"), 1,
                           {{"customer_id", known}, {"requirement", QJsonObject{{"note", "要学区"}, {"layout", "两室"}}}})
                    .ok());
        const qint64 customers = o.count("SELECT count(*) FROM customer");
        o.clock().advanceMs(3600'000);
        auto e = walkIn(o, QStringLiteral("张先生"), QStringLiteral("+86 138 1234 5678"));
        e.layout = QStringLiteral("三室两厅");
        e.visitors = 2;
        auto r = e.apply(o.applier(), o.key(), o.clock());
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->customerId, known);
        QCOMPARE(r->status, identity::IngestStatus::Merged);
        QVERIFY(r->matchedBy.contains(QStringLiteral("phone")));
        QCOMPARE(o.count("SELECT count(*) FROM customer"), customers);
        QCOMPARE(o.db().queryInt("SELECT count(*) FROM touch WHERE customer_id = ?1", known), 2);
        const QJsonObject req = requirementOf(o, known);
        QCOMPARE(req["note"].toString(), QStringLiteral("要学区"));     // what the office noted stays
        QCOMPARE(req["layout"].toString(), QStringLiteral("三室两厅")); // what was told now wins
        QCOMPARE(req["visitors"].toInt(), 2);
    }

    void whatTheDeskAskedIsStored()
    {
        test::TestOffice o;
        auto e = walkIn(o, QStringLiteral("韩梅梅"), QStringLiteral("13900002222"));
        e.gender = QStringLiteral("female");
        e.visitors = 3;
        e.heardVia = QStringLiteral("小红书");
        e.building = QStringLiteral("3号楼");
        e.layout = QStringLiteral("三室两厅");
        e.budgetFen = 3'500'000'00;
        e.areaM2 = 120;
        auto r = e.apply(o.applier(), o.key(), o.clock());
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        const QJsonObject req = requirementOf(o, r->customerId);
        QCOMPARE(req["gender"].toString(), QStringLiteral("female"));
        QCOMPARE(req["visitors"].toInt(), 3);
        QCOMPARE(req["heard_via"].toString(), QStringLiteral("小红书"));
        QCOMPARE(req["building"].toString(), QStringLiteral("3号楼"));
        QCOMPARE(req["layout"].toString(), QStringLiteral("三室两厅"));
        QCOMPARE(qint64(req["budget_fen"].toDouble()), qint64(3'500'000'00));
        QCOMPARE(req["area_m2"].toDouble(), 120.0);
        // One transaction: the lead and the requirement, two outbox rows, one commit.
        QCOMPARE(o.count("SELECT count(*) FROM outbox WHERE name = 'customer.update'"), qint64(1));
    }

    // The desk writes the requirement as customer.update@2 (a CustomerUpdate), like the detail
    // screen, so the rules of version 2 hold on this path too.
    void theRequirementIsWrittenByUpdateVersionTwo()
    {
        test::TestOffice o;
        auto e = walkIn(o, QStringLiteral("林涛"), QStringLiteral("13900004444"));
        e.layout = QStringLiteral(" 两室两厅 ");
        e.visitors = 2;
        e.budgetFen = 2'000'000'00;
        auto r = e.apply(o.applier(), o.key(), o.clock());
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(o.db().queryText("SELECT group_concat(version) FROM outbox WHERE name = 'customer.update'"), QStringLiteral("2"));
        auto sent = customer::CustomerUpdate::fromJson(
            QJsonDocument::fromJson(o.db().queryText("SELECT args FROM outbox WHERE name = 'customer.update'").toUtf8()).object());
        QVERIFY(sent.ok());
        QCOMPARE(sent->customerId, r->customerId);
        QVERIFY(sent->requirement);
        QCOMPARE(*sent->requirement, e.requirement());
        QCOMPARE(sent->requirement->layout, QStringLiteral("两室两厅"));
        QVERIFY(!sent->status && !sent->ownerId && !sent->name); // only the requirement
    }

    void aBadFieldNamesItAndWritesNothing()
    {
        test::TestOffice o;
        const qint64 outbox = o.count("SELECT count(*) FROM outbox");
        auto bad = walkIn(o, QStringLiteral("王芳"), QStringLiteral("1381234"));
        auto r = bad.apply(o.applier(), o.key(), o.clock());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("desk.input"));
        // A value customer.update refuses rolls the lead back with it.
        auto e = walkIn(o, QStringLiteral("王芳"), QStringLiteral("13900003333"));
        e.visitors = 500;
        auto r2 = e.apply(o.applier(), o.key(), o.clock());
        QVERIFY(!r2.ok());
        QVERIFY2(r2.error().message.contains(QLatin1String("requirement.visitors")), qPrintable(r2.error().message));
        QCOMPARE(o.count("SELECT count(*) FROM outbox"), outbox);
        QCOMPARE(o.count("SELECT count(*) FROM customer"), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TstDeskEntry)
#include "tst_deskentry.moc"
