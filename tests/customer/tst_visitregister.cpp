// visit.register@1, the walk-in registered at the reception kiosk: the struct and its sealed
// payload read strictly (each bad field named, nothing written), the visitor's form checked and
// named as reception says it; on a replica holding the office key the walk-in lands on the one
// customer of that phone with a visit touch (as at the desk), on a replica without the key only
// the registration is kept; a payload that does not open (tampered, another office's) is
// refused writing nothing; and replaying the ops elsewhere writes the same rows, sealed bytes
// included.
#include "customer/kioskregistration.h"
#include "customer/kioskvisitor.h"
#include "customer/visitregister.h"
#include "mutation/applier.h"
#include "refusal.h"
#include "security/officesealkey.h"
#include "testoffice.h"

#include <QJsonDocument>
#include <QtTest>

using namespace shoulou;

namespace {

customer::KioskVisitor visitor(const QString &name, const QString &phone, int visitors = 0, const QString &gender = {})
{
    customer::KioskVisitor v;
    v.name = name;
    v.phone = phone;
    v.visitors = visitors;
    v.gender = gender;
    return v;
}

QByteArray publicKeyOf(const test::TestOffice &o)
{
    return security::OfficeSealKey(o.key()).publicKey();
}

customer::VisitRegister sample(const QByteArray &sealed)
{
    customer::VisitRegister v;
    v.registrationId = QStringLiteral("0199d0c8-7a3b-7c11-9a2f-1234567890ab");
    v.sealed = sealed;
    v.maskedPhone = QStringLiteral("138****5678");
    v.displayName = QStringLiteral("张先生");
    v.visitors = 2;
    v.occurredAtMs = 1'760'000'000'000;
    v.workstationId = QStringLiteral("0199d0c8-0000-7000-8000-000000000001");
    return v;
}

// Every row a registration touches, sealed bytes in hex (each query gives one text per row).
QStringList state(test::TestOffice &o)
{
    QStringList out;
    auto dump = [&](const char *sql) {
        auto &st = o.db().prepare(sql);
        while (st.step())
            out << st.text(0);
        st.reset();
    };
    dump("SELECT printf('%s|%s|%s|%s|%s|%s|%s|%s', id, name, name_key, pinyin, root_id, merged_into, requirement, first_seen_at) FROM "
         "customer ORDER BY id");
    dump("SELECT printf('%s|%s|%s|%s|%s|%s', match_key, customer_id, e164, kind, digits, raw) FROM customer_phone ORDER BY match_key");
    dump("SELECT printf('%s|%s|%s|%s|%s|%s|%s|%s|%s|%s', id, customer_id, channel_id, kind, occurred_at, weight_permille, note, "
         "hex(dedup_key), source, "
         "hex(raw_sealed)) FROM touch ORDER BY id");
    dump("SELECT printf('%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s', id, masked_phone, display_name, visitors, occurred_at, workstation_id, "
         "registered_by, channel_id, "
         "customer_id, op_id, created_at) FROM kiosk_registration ORDER BY id");
    return out;
}

} // namespace

class TstVisitRegister final : public QObject {
    Q_OBJECT

private slots:
    void roundTrips()
    {
        customer::VisitRegister v = sample(QByteArrayLiteral("sealed bytes"));
        QVERIFY(test::roundTrips(v));
        v.visitors = 0;
        v.channelId = QStringLiteral("0199d0c8-0000-7000-8000-0000000000cc");
        QVERIFY(test::roundTrips(v));
        QVERIFY(test::outcomeRoundTrips(customer::VisitRegister::Outcome{v.registrationId, QStringLiteral("c1")}));
        QVERIFY(test::outcomeRoundTrips(customer::VisitRegister::Outcome{v.registrationId, {}})); // the kiosk's
    }

    void badArgumentsAreRefusedNamingTheField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("id missing") << "registration_id" << QJsonValue();
        QTest::newRow("id a number") << "registration_id" << QJsonValue(5);
        QTest::newRow("id no uuid") << "registration_id" << QJsonValue("kiosk-1");
        QTest::newRow("sealed no base64") << "sealed" << QJsonValue("not base64 !!");
        QTest::newRow("sealed empty") << "sealed" << QJsonValue("");
        QTest::newRow("sealed too large") << "sealed" << QJsonValue(QString::fromLatin1(QByteArray(9000, 'x').toBase64()));
        QTest::newRow("full phone as masked") << "masked_phone" << QJsonValue("13812345678");
        QTest::newRow("masked a number") << "masked_phone" << QJsonValue(138);
        QTest::newRow("phone in the name") << "display_name" << QJsonValue("张 13812345678");
        QTest::newRow("visitors 0") << "visitors" << QJsonValue(0);
        QTest::newRow("visitors text") << "visitors" << QJsonValue("2");
        QTest::newRow("no time") << "occurred_at" << QJsonValue();
        QTest::newRow("time as text") << "occurred_at" << QJsonValue("1760000000000");
        QTest::newRow("no workstation") << "workstation_id" << QJsonValue();
        QTest::newRow("channel a number") << "channel_id" << QJsonValue(3);
    }
    void badArgumentsAreRefusedNamingTheField()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        test::TestOffice o;
        QJsonObject args = sample(security::OfficeSealKey::seal(publicKeyOf(o), visitor("张伟", "13812345678").toJson()).value()).toJson();
        if (value.isUndefined())
            args.remove(field);
        else
            args.insert(field, value);
        QVERIFY(test::refusedNamingField(o, "visit.register", 1, args, field));
    }

    void theFormIsCheckedNamingTheField_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<int>("visitors");
        QTest::addColumn<QString>("gender");
        QTest::addColumn<QString>("field");
        QTest::newRow("no name") << "  "
                                 << "13812345678" << 0 << ""
                                 << "name";
        QTest::newRow("phone as name") << "13812345678"
                                       << "13812345678" << 0 << ""
                                       << "name";
        QTest::newRow("long name") << QString(51, QChar(0x738B)) << "13812345678" << 0 << ""
                                   << "name";
        QTest::newRow("no phone") << "张伟"
                                  << "" << 0 << ""
                                  << "phone";
        QTest::newRow("bad phone") << "张伟"
                                   << "12345" << 0 << ""
                                   << "phone";
        QTest::newRow("too many") << "张伟"
                                  << "13812345678" << 100 << ""
                                  << "visitors";
        QTest::newRow("gender") << "张伟"
                                << "13812345678" << 0 << "x"
                                << "gender";
    }
    void theFormIsCheckedNamingTheField()
    {
        QFETCH(QString, name);
        QFETCH(QString, phone);
        QFETCH(int, visitors);
        QFETCH(QString, gender);
        QFETCH(QString, field);
        test::TestOffice o;
        const qint64 changes = o.count("SELECT total_changes()");
        customer::KioskRegistration reg{visitor(name, phone, visitors, gender)};
        auto r = reg.apply(o.applier(), publicKeyOf(o), o.clock());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("kiosk.input"));
        QVERIFY2(r.error().message.startsWith(field + QLatin1Char(':')), qPrintable(r.error().message));
        QCOMPARE(o.count("SELECT total_changes()"), changes);
        QCOMPARE(o.count("SELECT count(*) FROM kiosk_registration"), qint64(0));
    }

    void receptionNamesThePerson()
    {
        QCOMPARE(visitor("王伟", "13812345678", 0, "male").displayName(), QStringLiteral("王先生"));
        QCOMPARE(visitor(" 李娜 ", "13812345678", 0, "female").displayName(), QStringLiteral("李女士"));
        QCOMPARE(visitor("欧阳娜娜", "13812345678", 0, "female").displayName(), QStringLiteral("欧阳女士"));
        QCOMPARE(visitor("王伟", "13812345678").displayName(), QStringLiteral("王*")); // gender not said: never the whole name
        QCOMPARE(visitor("欧阳娜娜", "13812345678").displayName(), QStringLiteral("欧阳**"));
        QCOMPARE(visitor("王", "13812345678").displayName(), QStringLiteral("王*"));
        QCOMPARE(visitor("Anna Schmidt", "13812345678", 0, "female").displayName(), QStringLiteral("A***"));
        QCOMPARE(visitor("王伟", "+86 138-1234-5678").maskedPhone(), QStringLiteral("138****5678"));
    }

    void aWalkInLandsOnItsOneCustomerWithAVisit()
    {
        test::TestOffice o;
        const QString walkIn = o.db().queryText("SELECT id FROM channel WHERE kind = 'walk_in'");
        QVERIFY(!walkIn.isEmpty());
        customer::KioskRegistration first{visitor("张伟", "138 1234 5678", 3, "male")};
        first.visitor.note = QStringLiteral("带孩子来的");
        auto r = first.apply(o.applier(), publicKeyOf(o), o.clock());
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->maskedPhone, QStringLiteral("138****5678"));
        QCOMPARE(r->displayName, QStringLiteral("张先生"));
        QVERIFY(!r->customerId.isEmpty());
        QCOMPARE(o.db().queryText("SELECT name FROM customer WHERE id = ?1", r->customerId), QStringLiteral("张伟"));
        QCOMPARE(o.db().queryText("SELECT e164 FROM customer_phone WHERE customer_id = ?1", r->customerId),
                 QStringLiteral("+8613812345678"));
        QCOMPARE(o.db().queryText("SELECT kind || '/' || channel_id || '/' || source || '/' || note FROM touch WHERE customer_id = ?1",
                                  r->customerId),
                 QStringLiteral("visit/%1/kiosk/带孩子来的").arg(walkIn));
        const QJsonObject req =
            QJsonDocument::fromJson(o.db().queryText("SELECT requirement FROM customer WHERE id = ?1", r->customerId).toUtf8()).object();
        QCOMPARE(req.value("visitors").toInt(), 3);
        QCOMPARE(req.value("gender").toString(), QStringLiteral("male"));
        QCOMPARE(o.db().queryText("SELECT masked_phone || '/' || display_name || '/' || visitors || '/' || customer_id || '/' || "
                                  "channel_id FROM kiosk_registration WHERE id = ?1",
                                  r->registrationId),
                 QStringLiteral("138****5678/张先生/3/%1/%2").arg(r->customerId, walkIn));
        // The outbox carries only what the kiosk may show, the rest sealed.
        const QString args = o.db().queryText("SELECT args FROM outbox WHERE name = 'visit.register'");
        QVERIFY(!args.contains(QStringLiteral("13812345678")) && !args.contains(QStringLiteral("张伟")));

        // The same person again, typed otherwise: the same customer, a second visit.
        o.clock().advanceMs(2 * 86'400'000);
        customer::KioskRegistration again{visitor("张伟", "+86 138-1234-5678")};
        auto r2 = again.apply(o.applier(), publicKeyOf(o), o.clock());
        QVERIFY2(r2.ok(), r2.ok() ? "" : qPrintable(r2.error().message));
        QCOMPARE(r2->customerId, r->customerId);
        QVERIFY(r2->registrationId != r->registrationId);
        QCOMPARE(o.count("SELECT count(*) FROM customer"), qint64(1));
        QCOMPARE(o.db().queryInt("SELECT count(*) FROM touch WHERE customer_id = ?1 AND kind = 'visit'", r->customerId), qint64(2));
        QCOMPARE(o.count("SELECT count(*) FROM kiosk_registration"), qint64(2));
        // What was said before stays when nothing new is said.
        QCOMPARE(QJsonDocument::fromJson(o.db().queryText("SELECT requirement FROM customer WHERE id = ?1", r->customerId).toUtf8())
                     .object()
                     .value("visitors")
                     .toInt(),
                 3);
    }

    void aPayloadThatDoesNotOpenWritesNothing_data()
    {
        QTest::addColumn<int>("how");
        QTest::newRow("a byte changed") << 0;
        QTest::newRow("another office's key") << 1;
        QTest::newRow("cut short") << 2;
    }
    void aPayloadThatDoesNotOpenWritesNothing()
    {
        QFETCH(int, how);
        test::TestOffice o;
        QByteArray sealed = security::OfficeSealKey::seal(publicKeyOf(o), visitor("张伟", "13812345678").toJson()).value();
        if (how == 0)
            sealed[sealed.size() / 2] = char(sealed[sealed.size() / 2] ^ 0x20);
        else if (how == 1)
            sealed = security::OfficeSealKey::seal(
                         security::OfficeSealKey(security::OfficeKey::fromBytes(QByteArray(32, '\x07')).value()).publicKey(),
                         visitor("张伟", "13812345678").toJson())
                         .value();
        else
            sealed.chop(8);
        const qint64 outbox = o.count("SELECT count(*) FROM outbox");
        const qint64 changes = o.count("SELECT total_changes()");
        auto r = o.applier().apply(sample(sealed));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("visit.sealed"));
        QVERIFY2(r.error().message.contains(QStringLiteral("visit.register@1")) && r.error().message.contains(QStringLiteral("sealed")),
                 qPrintable(r.error().message));
        QCOMPARE(o.count("SELECT count(*) FROM outbox"), outbox);
        QCOMPARE(o.count("SELECT total_changes()"), changes);
    }

    void aSealedPayloadWithoutAVisitorIsRefusedNamingTheField()
    {
        test::TestOffice o;
        const QByteArray noPhone = QByteArrayLiteral("{\"name\":\"张伟\"}");
        QJsonObject args = sample(security::OfficeSealKey::seal(publicKeyOf(o), noPhone).value()).toJson();
        QVERIFY(test::refusedNamingField(o, "visit.register", 1, args, "sealed.phone"));
        const QByteArray badPhone = visitor("张伟", "12345").toJson();
        args = sample(security::OfficeSealKey::seal(publicKeyOf(o), badPhone).value()).toJson();
        QVERIFY(test::refusedNamingField(o, "visit.register", 1, args, "sealed.phone"));
        args = sample(security::OfficeSealKey::seal(publicKeyOf(o), "not json").value()).toJson();
        QVERIFY(test::refusedNamingField(o, "visit.register", 1, args, "sealed"));
    }

    void withoutTheKeyOnlyTheRegistrationIsKept()
    {
        test::TestOffice o;
        const QByteArray officeKey = publicKeyOf(o);
        mutation::Applier kiosk(o.db(), o.clock(), nullptr, QStringLiteral("front"));
        auto r = customer::KioskRegistration{visitor("张伟", "13812345678", 2, "male")}.apply(kiosk, officeKey, o.clock());
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QVERIFY(r->customerId.isEmpty());
        QCOMPARE(o.count("SELECT count(*) FROM customer"), qint64(0));
        QCOMPARE(o.count("SELECT count(*) FROM customer_phone"), qint64(0));
        QCOMPARE(
            o.db().queryText("SELECT masked_phone || '/' || display_name || '/' || coalesce(customer_id, '-') FROM kiosk_registration"),
            QStringLiteral("138****5678/张先生/-"));
    }

    void replayingTheOpsWritesTheSameRows()
    {
        test::TestOffice a;
        customer::KioskRegistration one{visitor("张伟", "13812345678", 2, "male")};
        QVERIFY(one.apply(a.applier(), publicKeyOf(a), a.clock()).ok());
        a.clock().advanceMs(60'000);
        QVERIFY(customer::KioskRegistration{visitor("李娜", "13900001111")}.apply(a.applier(), publicKeyOf(a), a.clock()).ok());
        a.clock().advanceMs(60'000);
        QVERIFY(one.apply(a.applier(), publicKeyOf(a), a.clock()).ok());

        test::TestOffice b(true); // same key, empty database: another replica applying the log
        mutation::Applier replica(b.db(), b.clock(), &b.key());
        QVERIFY(replica.beginBatch().ok());
        auto &st = a.db().prepare(
            "SELECT op_id, name, version, args, hlc, created_at, coalesce(user_id, '') FROM outbox ORDER BY client_seq");
        int replayed = 0;
        while (st.step()) {
            mutation::Applier::RecordedOp op{
                st.text(0),           st.text(1),  int(st.int64(2)), QJsonDocument::fromJson(st.text(3).toUtf8()).object(),
                quint64(st.int64(4)), st.int64(5), st.text(6)};
            auto r = replica.replayInBatch(op);
            QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
            ++replayed;
        }
        st.reset();
        QVERIFY(replica.commitBatch().ok());
        QVERIFY(replayed >= 4);
        const QStringList sa = state(a);
        QCOMPARE(a.count("SELECT count(*) FROM kiosk_registration"), qint64(3));
        QCOMPARE(state(b), sa);
    }
};

QTEST_GUILESS_MAIN(TstVisitRegister)
#include "tst_visitregister.moc"
