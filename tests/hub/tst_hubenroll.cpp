// HubService: enroll, signin, hello and the office key — golden cases on a real hub.db.
#include "hubfixture.h"

#include "hub/hubkeys.h"
#include "security/officekey.h"
#include "security/officesealkey.h"

using namespace shoulou;
using namespace shoulou::test;

namespace {

QByteArray openSealed(const QString &base64, const TestDesk &d)
{
    const QByteArray sealed = QByteArray::fromBase64(base64.toLatin1());
    if (sealed.size() < qsizetype(crypto_box_SEALBYTES))
        return {};
    QByteArray out(sealed.size() - qsizetype(crypto_box_SEALBYTES), '\0');
    if (crypto_box_seal_open(reinterpret_cast<unsigned char *>(out.data()), reinterpret_cast<const unsigned char *>(sealed.constData()),
                             quint64(sealed.size()), reinterpret_cast<const unsigned char *>(d.publicKey.constData()),
                             reinterpret_cast<const unsigned char *>(d.secretKey.constData())) != 0)
        return {};
    return out;
}

} // namespace

class TestHubEnroll final : public QObject {
    Q_OBJECT
private slots:
    void enrollRightPassword()
    {
        TestHub hub;
        const QString code = hub.addOffice();
        const auto wang = hub.addUser(code, "wang", "manager");
        TestDesk desk = hub.newDesk();
        // The code is typed loosely: lower case, no dash, a full-width letter.
        QString typed = code.toLower();
        typed.remove('-');
        const QJsonObject r = hub.call(hub.enrollFrame(desk, typed, "wang"));
        QVERIFY2(r.value("ok").toBool(), qPrintable(show(r)));
        QCOMPARE(r.value("t").toString(), QString("enroll"));
        QCOMPARE(r.value("token").toString().size(), 43); // 32 bytes, base64url without padding
        QCOMPARE(r.value("hub_epoch").toString(), hub.epoch());
        QCOMPARE(r.value("office").toObject().value("code").toString(), code);
        QCOMPARE(r.value("user").toObject().value("login").toString(), QString("wang"));
        QCOMPARE(r.value("user").toObject().value("id").toString(), wang.id);
        QCOMPARE(r.value("user").toObject().value("role").toString(), QString("manager"));
        QVERIFY(r.value("office_empty").toBool());
        QVERIFY(!r.contains("office_key_sealed")); // the office has no key yet
        QCOMPARE(QByteArray::fromBase64(r.value("hub_public_key").toString().toLatin1()), hub.opened->keys->publicKey());
        // The token is stored hashed, never as handed out.
        QVERIFY(!hub.dump().contains(r.value("token").toString()));
        auto ws = hub.store().workstation(desk.id);
        QVERIFY(ws.ok() && ws->has_value());
        QCOMPARE((*ws)->scope, QString("office"));
    }

    void enrollRefusals()
    {
        TestHub hub;
        const QString code = hub.addOffice();
        hub.addUser(code, "wang", "manager");
        hub.addUser(code, "li", "consultant");
        TestDesk desk = hub.newDesk();
        const QString before = hub.dump();

        QJsonObject r = hub.call(hub.enrollFrame(desk, "ZZ-2222", "wang"), "10.0.0.1");
        QCOMPARE(errorCode(r), QString("office_not_found"));
        QVERIFY(r.value("error").toObject().value("message").toString().contains("ZZ-2222"));

        r = hub.call(hub.enrollFrame(desk, code, "wang", "wrong-password"), "10.0.0.2");
        QCOMPARE(errorCode(r), QString("wrong_password"));
        QCOMPARE(r.value("ok").toBool(true), false);
        r = hub.call(hub.enrollFrame(desk, code, "nobody", "password1"), "10.0.0.3");
        QCOMPARE(errorCode(r), QString("wrong_password")); // an unknown login reads the same

        auto revoked = hub.admin().revokeUser(code, "li");
        QVERIFY(revoked.ok());
        const QString afterRevoke = hub.dump();
        r = hub.call(hub.enrollFrame(desk, code, "li"), "10.0.0.4");
        QCOMPARE(errorCode(r), QString("user_revoked"));
        QCOMPARE(hub.dump(), afterRevoke); // refusals change nothing
        QVERIFY(before != afterRevoke);

        r = hub.call(hub.enrollFrame(desk, code, "wang", "password1", "laptop"), "10.0.0.5");
        QCOMPARE(errorCode(r), QString("bad_frame"));
        QCOMPARE(r.value("error").toObject().value("field").toString(), QString("kind"));
        r = hub.call(hub.enrollFrame(desk, code, "wang", "password1", "desk", true, -1), "10.0.0.5");
        QCOMPARE(r.value("error").toObject().value("field").toString(), QString("history_client_seq"));
        QCOMPARE(hub.dump(), afterRevoke);
    }

    void wrongPasswordsBackOff()
    {
        TestHub hub;
        const QString code = hub.addOffice();
        hub.addUser(code, "wang", "manager");
        TestDesk desk = hub.newDesk();
        // 1 s, 2 s, 4 s … after each failure, per login; measured on the hub's clock.
        const qint64 waits[] = {1000, 2000, 4000, 8000};
        for (qint64 wait : waits) {
            QCOMPARE(errorCode(hub.call(hub.enrollFrame(desk, code, "wang", "wrong-one"))), QString("wrong_password"));
            QJsonObject r = hub.call(hub.enrollFrame(desk, code, "wang")); // even the right one waits
            QCOMPARE(errorCode(r), QString("throttled"));
            QCOMPARE(r.value("error").toObject().value("retry_after_ms").toInteger(), wait);
            hub.clock().advanceMs(wait - 1);
            QCOMPARE(errorCode(hub.call(hub.enrollFrame(desk, code, "wang"))), QString("throttled"));
            hub.clock().advanceMs(1);
        }
        QVERIFY(hub.call(hub.enrollFrame(desk, code, "wang")).value("ok").toBool());
        // A success clears the back-off.
        QCOMPARE(errorCode(hub.call(hub.enrollFrame(desk, code, "wang", "wrong-one"))), QString("wrong_password"));
        hub.clock().advanceMs(1000);
        QVERIFY(hub.call(hub.enrollFrame(desk, code, "wang")).value("ok").toBool());
    }

    void oneAddressTryingManyLoginsIsThrottled()
    {
        TestHub hub;
        const QString code = hub.addOffice();
        hub.addUser(code, "wang", "manager");
        TestDesk desk = hub.newDesk();
        QCOMPARE(errorCode(hub.call(hub.enrollFrame(desk, code, "a1", "guess-123"), "192.168.1.9")), QString("wrong_password"));
        QCOMPARE(errorCode(hub.call(hub.enrollFrame(desk, code, "a2", "guess-123"), "192.168.1.9")), QString("throttled"));
        // Another address is not held up by it.
        QVERIFY(hub.call(hub.enrollFrame(desk, code, "wang"), "192.168.1.10").value("ok").toBool());
    }

    void revokedWorkstationCannotEnrollAgain()
    {
        TestHub hub;
        const QString code = hub.addOffice();
        hub.addUser(code, "wang", "manager");
        TestDesk desk = hub.newDesk();
        hub.enroll(desk, code, "wang");
        QVERIFY(hub.admin().revokeWorkstation(desk.id).ok());
        QCOMPARE(errorCode(hub.call(hub.enrollFrame(desk, code, "wang"))), QString("workstation_revoked"));
        // Its session says why at the next contact.
        QCOMPARE(errorCode(hub.hello(desk, 0, hub.epoch())), QString("workstation_revoked"));
        QCOMPARE(errorCode(hub.push(desk, {hub.op(desk, "customer.update")})), QString("workstation_revoked"));
        QCOMPARE(errorCode(hub.pull(desk, 0)), QString("workstation_revoked"));
    }

    void officeWithDataRefusesAnotherOfficesHistory()
    {
        TestHub hub;
        const QString code = hub.addOffice();
        hub.addUser(code, "wang", "manager");
        TestDesk first = hub.newDesk();
        hub.enroll(first, code, "wang");
        QVERIFY(hub.push(first, {hub.op(first, "office.init", {{"name", "x"}})}).value("ok").toBool());

        TestDesk other = hub.newDesk();
        const QString before = hub.dump();
        const QJsonObject r = hub.call(hub.enrollFrame(other, code, "wang", "password1", "desk", true, 40));
        QCOMPARE(errorCode(r), QString("office_not_empty"));
        QVERIFY(r.value("error").toObject().value("message").toString().contains("深圳湾一号售楼处"));
        QCOMPARE(hub.dump(), before);
        // Without data of its own it joins, and hears the office is not empty.
        const QJsonObject ok = hub.enroll(other, code, "wang");
        QVERIFY(!ok.value("office_empty").toBool());
    }

    void onlyOneHistoryMayComeIn()
    {
        TestHub hub;
        const QString code = hub.addOffice();
        hub.addUser(code, "wang", "manager");
        TestDesk a = hub.newDesk(), b = hub.newDesk();
        hub.enroll(a, code, "wang", "desk", true, 12);
        QCOMPARE(errorCode(hub.call(hub.enrollFrame(b, code, "wang", "password1", "desk", true, 5))), QString("office_not_empty"));
        hub.enroll(a, code, "wang", "desk", true, 12); // the same desk may enroll again
    }

    void officeKeyIsSealedToEachDeskAndNeverToTheKiosk()
    {
        TestHub hub;
        const QString code = hub.addOffice();
        hub.addUser(code, "wang", "manager");
        hub.addUser(code, "kiosk1", "kiosk");
        TestDesk first = hub.newDesk();
        hub.enroll(first, code, "wang");

        const QByteArray officeKey(32, '\x5C');
        QByteArray sealed = *hub::HubKeys::sealTo(hub.opened->keys->publicKey(), officeKey);
        QJsonObject set{
            {"t", "set_office_key"}, {"token", first.token}, {"office_key_sealed_for_hub", QString::fromLatin1(sealed.toBase64())}};
        QVERIFY2(hub.call(set).value("ok").toBool(), qPrintable(show(hub.call(set))));
        QVERIFY(!hub.dump().contains(QString::fromLatin1(officeKey.toHex()))); // only sealed at rest
        // Set once, never replaced.
        QCOMPARE(errorCode(hub.call(set)), QString("office_key_exists"));

        TestDesk second = hub.newDesk();
        const QJsonObject r = hub.enroll(second, code, "wang");
        QCOMPARE(openSealed(r.value("office_key_sealed").toString(), second), officeKey);
        QVERIFY(openSealed(r.value("office_key_sealed").toString(), first).isEmpty()); // sealed to that desk alone
        QVERIFY(!r.contains("office_seal_public_key"));                                // a desk derives it from the key

        TestDesk kiosk = hub.newDesk();
        const QJsonObject k = hub.enroll(kiosk, code, "kiosk1", "kiosk");
        QVERIFY(!k.contains("office_key_sealed"));
        // The kiosk gets the office's public sealing key instead: the pair every holder of the key derives.
        const QByteArray sealPublic = security::OfficeSealKey(security::OfficeKey::fromBytes(officeKey).value()).publicKey();
        QCOMPARE(QByteArray::fromBase64(k.value("office_seal_public_key").toString().toLatin1()), sealPublic);
        QVERIFY(!hub.hello(kiosk, 0, hub.epoch()).contains("office_key_sealed"));
        set["token"] = kiosk.token;
        QCOMPARE(errorCode(hub.call(set)), QString("forbidden"));
        // A desk enrolled as the kiosk role, even of kind "desk", is scoped like the kiosk.
        TestDesk kioskDesk = hub.newDesk();
        const QJsonObject kd = hub.enroll(kioskDesk, code, "kiosk1", "desk");
        QVERIFY(!kd.contains("office_key_sealed"));
        QCOMPARE(QByteArray::fromBase64(kd.value("office_seal_public_key").toString().toLatin1()), sealPublic);

        // A key not sealed to this hub is refused as a bad frame.
        TestDesk third = hub.newDesk();
        QJsonObject bogus{{"t", "set_office_key"},
                          {"token", first.token},
                          {"office_key_sealed_for_hub", QString::fromLatin1(QByteArray(80, 'x').toBase64())}};
        QCOMPARE(errorCode(hub.call(bogus)), QString("bad_frame"));
    }

    // The kiosk seals what visitors tell it to the office's key pair: before a desk has given the
    // office its key there is none, and the kiosk is refused saying so. Nor does an office's
    // history come in through a kiosk. A refusal records no workstation.
    void kioskIsRefusedWithoutTheOfficeKeyOrWithHistory()
    {
        TestHub hub;
        const QString code = hub.addOffice();
        hub.addUser(code, "wang", "manager");
        hub.addUser(code, "front", "kiosk");
        TestDesk kiosk = hub.newDesk();
        for (const char *kind : {"kiosk", "desk"}) {
            const QJsonObject r = hub.call(hub.enrollFrame(kiosk, code, "front", "password1", QString::fromLatin1(kind)));
            QCOMPARE(errorCode(r), QString("office_has_no_key"));
            QVERIFY2(r.value("error").toObject().value("message").toString().contains("enrol a desk of the office first"),
                     qPrintable(show(r)));
        }
        QCOMPARE(hub.admin().workstations(code)->size(), 0);

        TestDesk desk = hub.newDesk();
        hub.enroll(desk, code, "wang");
        const QByteArray sealed = *hub::HubKeys::sealTo(hub.opened->keys->publicKey(), QByteArray(32, '\x33'));
        QVERIFY(
            hub.call(
                   {{"t", "set_office_key"}, {"token", desk.token}, {"office_key_sealed_for_hub", QString::fromLatin1(sealed.toBase64())}})
                .value("ok")
                .toBool());
        QCOMPARE(errorCode(hub.call(hub.enrollFrame(kiosk, code, "front", "password1", "kiosk", true, 8))),
                 QString("kiosk_needs_new_database"));
        QCOMPARE(hub.admin().workstations(code)->size(), 1);
        const QJsonObject ok = hub.enroll(kiosk, code, "front", "kiosk");
        QVERIFY(ok.contains("office_seal_public_key"));
        QVERIFY(!hub.dump().contains(QString::fromLatin1(QByteArray(32, '\x33').toHex())));
    }

    void deskEnrolledBeforeTheKeyGetsItAtHello()
    {
        TestHub hub;
        const QString code = hub.addOffice();
        hub.addUser(code, "wang", "manager");
        TestDesk early = hub.newDesk(), keeper = hub.newDesk();
        hub.enroll(early, code, "wang");
        hub.enroll(keeper, code, "wang");
        QVERIFY(!hub.hello(early, 0, hub.epoch()).contains("office_key_sealed"));
        const QByteArray officeKey(32, '\x11');
        QByteArray sealed = *hub::HubKeys::sealTo(hub.opened->keys->publicKey(), officeKey);
        QVERIFY(hub.call({{"t", "set_office_key"},
                          {"token", keeper.token},
                          {"office_key_sealed_for_hub", QString::fromLatin1(sealed.toBase64())}})
                    .value("ok")
                    .toBool());
        QCOMPARE(openSealed(hub.hello(early, 0, hub.epoch()).value("office_key_sealed").toString(), early), officeKey);
    }

    void signinOnAnEnrolledDesk()
    {
        TestHub hub;
        const QString code = hub.addOffice();
        hub.addUser(code, "wang", "manager");
        hub.addUser(code, "li", "consultant");
        TestDesk desk = hub.newDesk();
        hub.enroll(desk, code, "wang");
        QJsonObject r = hub.call({{"t", "signin"}, {"workstation_id", desk.id}, {"login", "li"}, {"password", "password1"}});
        QVERIFY2(r.value("ok").toBool(), qPrintable(show(r)));
        QCOMPARE(r.value("user").toObject().value("role").toString(), QString("consultant"));
        QVERIFY(r.value("token").toString() != desk.token);
        r = hub.call({{"t", "signin"}, {"workstation_id", desk.id}, {"login", "li"}, {"password", "nope-nope"}});
        QCOMPARE(errorCode(r), QString("wrong_password"));
        r = hub.call({{"t", "signin"}, {"workstation_id", hub.newUuid()}, {"login", "li"}, {"password", "password1"}}, "10.9.9.9");
        QCOMPARE(errorCode(r), QString("workstation_unknown"));
    }

    void hello()
    {
        TestHub hub;
        const QString code = hub.addOffice();
        hub.addUser(code, "wang", "manager");
        TestDesk desk = hub.newDesk();
        hub.enroll(desk, code, "wang");
        QJsonObject r = hub.hello(desk, 0, hub.epoch());
        QVERIFY2(r.value("ok").toBool(), qPrintable(show(r)));
        QCOMPARE(r.value("action").toString(), QString("ok"));
        QCOMPARE(r.value("latest_hub_seq").toInteger(), 0);
        QCOMPARE(r.value("last_acked_client_seq").toInteger(), 0);
        QCOMPARE(r.value("hub_time_ms").toInteger(), hub.clock().nowMs());

        r = hub.hello(desk, 0, hub.newUuid());
        QCOMPARE(r.value("action").toString(), QString("reset_required"));
        QCOMPARE(r.value("reasons").toArray(), QJsonArray{"epoch_changed"});
        r = hub.hello(desk, 5, hub.epoch());
        QCOMPARE(r.value("reasons").toArray(), QJsonArray{"cursor_ahead"});

        QJsonObject f{
            {"t", "hello"}, {"token", desk.token}, {"protocol_version", 2}, {"workstation_id", desk.id}, {"hub_epoch", hub.epoch()},
            {"cursor", 0}};
        QCOMPARE(errorCode(hub.call(f)), QString("protocol_unsupported"));
        f["protocol_version"] = 1;
        f["workstation_id"] = hub.newUuid();
        QCOMPARE(errorCode(hub.call(f)), QString("session_expired"));
        f["workstation_id"] = desk.id;
        f["token"] = QString(43, 'A');
        QCOMPARE(errorCode(hub.call(f)), QString("session_expired"));

        // Sessions last 12 hours after their last use.
        hub.clock().advanceMs(12LL * 3600 * 1000 - 1);
        QVERIFY(hub.hello(desk, 0, hub.epoch()).value("ok").toBool()); // used: renewed
        hub.clock().advanceMs(12LL * 3600 * 1000 - 1);
        QVERIFY(hub.hello(desk, 0, hub.epoch()).value("ok").toBool());
        hub.clock().advanceMs(12LL * 3600 * 1000);
        QCOMPARE(errorCode(hub.hello(desk, 0, hub.epoch())), QString("session_expired"));
    }

    void revokedUserIsSignedOut()
    {
        TestHub hub;
        const QString code = hub.addOffice();
        hub.addUser(code, "wang", "manager");
        TestDesk desk = hub.newDesk();
        hub.enroll(desk, code, "wang");
        QVERIFY(hub.admin().revokeUser(code, "wang").ok());
        QCOMPARE(errorCode(hub.hello(desk, 0, hub.epoch())), QString("user_revoked"));
        QCOMPARE(errorCode(hub.pull(desk, 0)), QString("user_revoked"));
    }
};

QTEST_GUILESS_MAIN(TestHubEnroll)
#include "tst_hubenroll.moc"
