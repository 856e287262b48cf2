// HubService: push and pull — ordering, idempotency, authorization, paging, kiosk scope, pokes.
#include "hubfixture.h"

#include "customer/kioskvisitor.h"
#include "customer/visitregister.h"
#include "hub/roster.h"
#include "security/officekey.h"
#include "security/officesealkey.h"

using namespace shoulou;
using namespace shoulou::test;

namespace {

QList<qint64> hubSeqs(const QJsonObject &pushReply)
{
    QList<qint64> out;
    for (const QJsonValue &a : pushReply.value("acks").toArray())
        out << a.toObject().value("hub_seq").toInteger(0);
    return out;
}

QStringList names(const QJsonObject &pullReply)
{
    QStringList out;
    for (const QJsonValue &o : pullReply.value("ops").toArray())
        out << o.toObject().value("name").toString();
    return out;
}

// A hub with one office, its manager enrolled on a desk and the office's log begun.
struct Office {
    TestHub hub;
    QString code;
    TestDesk desk;
    Office()
    {
        code = hub.addOffice();
        hub.addUser(code, "wang", "manager");
        desk = hub.newDesk();
        hub.enroll(desk, code, "wang");
    }
};

} // namespace

class TestHubPush final : public QObject {
    Q_OBJECT
private slots:
    void pushAssignsHubSeqInOrderAndFlushesPendingUsers()
    {
        Office o;
        TestHub &hub = o.hub;
        const QJsonObject r = hub.push(o.desk, {hub.op(o.desk, "office.init", {{"name", "x"}}),
                                                hub.op(o.desk, "channel.create", {{"name", "抖音"}}),
                                                hub.op(o.desk, "project.create", {{"name", "一期"}})});
        QVERIFY2(r.value("ok").toBool(), qPrintable(show(r)));
        QCOMPARE(hubSeqs(r), (QList<qint64>{1, 2, 3}));
        QCOMPARE(r.value("last_acked_client_seq").toInteger(), 3);
        // wang was added at the hub before the office had a log: his user.create and verifier
        // follow the first push, under the op_id reserved for him (so his id is what he had).
        QCOMPARE(r.value("latest_hub_seq").toInteger(), 5);
        const QJsonObject p = hub.pull(o.desk, 0);
        QCOMPARE(names(p), (QStringList{"office.init", "channel.create", "project.create", "user.create", "user.set_password"}));
        const QJsonObject create = p.value("ops").toArray().at(3).toObject();
        QCOMPARE(create.value("workstation_id").toString(), QString("hub"));
        QCOMPARE(create.value("args").toObject().value("login").toString(), QString("wang"));
        QCOMPARE(hub::Roster::userIdFor(create.value("op_id").toString()), o.desk.userId);
        QVERIFY(create.value("user_id").isNull());
        const QJsonObject setPassword = p.value("ops").toArray().at(4).toObject();
        QCOMPARE(setPassword.value("args").toObject().value("user_id").toString(), o.desk.userId);
        QVERIFY(setPassword.value("args").toObject().value("password_hash").toString().startsWith("$argon2id$"));
        auto users = hub.admin().users(o.code);
        QVERIFY(users.ok() && users->size() == 1 && !users->first().pending());
        QCOMPARE(hub.pokes.size(), 1);
        QCOMPARE(hub.pokes.last().second, 5);

        // A user added now goes straight into the log.
        hub.addUser(o.code, "li", "consultant");
        QCOMPARE(names(hub.pull(o.desk, 5)), (QStringList{"user.create", "user.set_password"}));
    }

    void duplicatesReturnTheStoredAck()
    {
        Office o;
        TestHub &hub = o.hub;
        const QJsonArray ops{hub.op(o.desk, "office.init"), hub.op(o.desk, "channel.create"), hub.op(o.desk, "channel.create")};
        const QJsonObject first = hub.push(o.desk, ops);
        const QString before = hub.dump();
        hub.pokes.clear();
        // The ack was lost: the desk sends the same batch again.
        const QJsonObject again = hub.push(o.desk, ops);
        QVERIFY2(again.value("ok").toBool(), qPrintable(show(again)));
        QCOMPARE(hubSeqs(again), hubSeqs(first));
        for (const QJsonValue &a : again.value("acks").toArray())
            QVERIFY(a.toObject().value("duplicate").toBool());
        QCOMPARE(hub.dump(), before); // nothing applied twice
        QVERIFY(hub.pokes.isEmpty());
        // A batch overlapping the acked ones: the old part duplicates, the new part applies.
        const QJsonObject overlap = hub.push(o.desk, {ops.at(2), hub.op(o.desk, "project.create")});
        QCOMPARE(overlap.value("acks").toArray().at(0).toObject().value("duplicate").toBool(), true);
        QCOMPARE(overlap.value("acks").toArray().at(1).toObject().value("hub_seq").toInteger(), 6);
        QVERIFY(!overlap.value("acks").toArray().at(1).toObject().contains("duplicate"));
    }

    void gapAndMismatchChangeNothing()
    {
        Office o;
        TestHub &hub = o.hub;
        const QJsonObject one = hub.op(o.desk, "office.init");
        QVERIFY(hub.push(o.desk, {one}).value("ok").toBool());
        const QString before = hub.dump();

        o.desk.nextClientSeq = 5;
        QJsonObject r = hub.push(o.desk, {hub.op(o.desk, "channel.create")});
        QCOMPARE(errorCode(r), QString("client_seq_gap"));
        QCOMPARE(r.value("error").toObject().value("expected_client_seq").toInteger(), 2);
        QCOMPARE(hub.dump(), before);

        QJsonObject other = one;
        other["op_id"] = hub.newUuid(); // client_seq 1 again, another op
        r = hub.push(o.desk, {other});
        QCOMPARE(errorCode(r), QString("idempotency_mismatch"));
        QCOMPARE(hub.dump(), before);

        // The same op_id under a new client_seq is no new op either.
        QJsonObject reused = one;
        reused["client_seq"] = 2;
        r = hub.push(o.desk, {reused});
        QCOMPARE(errorCode(r), QString("idempotency_mismatch"));
        QCOMPARE(hub.dump(), before);

        // A batch must be contiguous in itself.
        o.desk.nextClientSeq = 2;
        const QJsonObject a = hub.op(o.desk, "channel.create");
        o.desk.nextClientSeq = 4;
        r = hub.push(o.desk, {a, hub.op(o.desk, "channel.create")});
        QCOMPARE(errorCode(r), QString("bad_frame"));
        QCOMPARE(r.value("error").toObject().value("field").toString(), QString("mutations[1].client_seq"));
        QCOMPARE(hub.dump(), before);
    }

    void roleRevokedAndUnknownUsersAreRejectedButAdvance()
    {
        Office o;
        TestHub &hub = o.hub;
        QVERIFY(hub.push(o.desk, {hub.op(o.desk, "office.init")}).value("ok").toBool());
        const auto kioskUser = hub.addUser(o.code, "front", "kiosk");
        const auto li = hub.addUser(o.code, "li", "consultant");
        hub.giveOfficeKey(o.desk); // a kiosk enrols once a desk has given the office its key
        TestDesk kiosk = hub.newDesk();
        hub.enroll(kiosk, o.code, "front", "kiosk");

        const QJsonObject notForTheKiosk = hub.op(kiosk, "customer.update", {{"customer_id", "x"}});
        QJsonObject r = hub.push(kiosk, {notForTheKiosk, hub.op(kiosk, "lead.ingest", {{"touch_kind", "visit"}})});
        QVERIFY2(r.value("ok").toBool(), qPrintable(show(r)));
        const QJsonObject refused = r.value("acks").toArray().at(0).toObject();
        QCOMPARE(refused.value("status").toString(), QString("rejected"));
        QCOMPARE(refused.value("error").toObject().value("code").toString(), QString("AUTHZ_ROLE"));
        QVERIFY(!refused.value("error").toObject().value("message").toString().isEmpty());
        QVERIFY(!refused.contains("hub_seq"));
        QCOMPARE(r.value("acks").toArray().at(1).toObject().value("status").toString(), QString("applied"));
        QCOMPARE(r.value("last_acked_client_seq").toInteger(), 2); // the refusal does not wedge the outbox

        // The rejection is stored: sent again, the same answer, marked duplicate.
        const QJsonObject again1 = hub.push(kiosk, {notForTheKiosk}).value("acks").toArray().at(0).toObject();
        QCOMPARE(again1.value("duplicate").toBool(), true);
        QCOMPARE(again1.value("status").toString(), QString("rejected"));
        QCOMPARE(again1.value("error").toObject(), refused.value("error").toObject());
        kiosk.nextClientSeq = 1;
        QJsonObject again = hub.push(kiosk, {hub.op(kiosk, "customer.update")});
        QCOMPARE(errorCode(again), QString("idempotency_mismatch")); // another op_id under client_seq 1

        // An op made offline by a user revoked meanwhile.
        QVERIFY(hub.admin().revokeUser(o.code, "li").ok());
        r = hub.push(o.desk, {hub.op(o.desk, "followup.add", {}, li.id), hub.op(o.desk, "followup.add", {}, hub.newUuid()),
                              hub.op(o.desk, "followup.add", {}, QString())});
        QCOMPARE(r.value("acks").toArray().at(0).toObject().value("error").toObject().value("code").toString(), QString("AUTHZ_REVOKED"));
        QCOMPARE(r.value("acks").toArray().at(1).toObject().value("error").toObject().value("code").toString(),
                 QString("AUTHZ_UNKNOWN_USER"));
        QCOMPARE(r.value("acks").toArray().at(2).toObject().value("error").toObject().value("code").toString(),
                 QString("AUTHZ_UNKNOWN_USER"));
        QCOMPARE(r.value("last_acked_client_seq").toInteger(), 4);
        // Rejected ops never enter the order: pull shows no gap and none of them.
        const QJsonObject p = hub.pull(o.desk, 0);
        qint64 expect = 1;
        for (const QJsonValue &op : p.value("ops").toArray())
            QCOMPARE(op.toObject().value("hub_seq").toInteger(), expect++);
        QVERIFY(!names(p).contains("customer.update"));
        QVERIFY(!names(p).contains("followup.add"));
        QVERIFY(names(p).contains("user.revoke"));
        Q_UNUSED(kioskUser)
    }

    void sessionOfARevokedUserIsRefused()
    {
        Office o;
        TestHub &hub = o.hub;
        QVERIFY(hub.push(o.desk, {hub.op(o.desk, "office.init")}).value("ok").toBool());
        QVERIFY(hub.admin().revokeUser(o.code, "wang").ok());
        const QString before = hub.dump();
        QCOMPARE(errorCode(hub.push(o.desk, {hub.op(o.desk, "channel.create")})), QString("user_revoked"));
        QCOMPARE(hub.dump(), before);
    }

    void rosterIsLearntFromTheLog()
    {
        Office o;
        TestHub &hub = o.hub;
        QVERIFY(hub.push(o.desk, {hub.op(o.desk, "office.init")}).value("ok").toBool());
        // The manager creates a consultant on the desk; the hub learns her from the pushed op.
        QJsonObject create = hub.op(o.desk, "user.create", {{"login", "zhao"}, {"display_name", "赵"}, {"role", "consultant"}});
        const QString zhaoId = hub::Roster::userIdFor(create.value("op_id").toString());
        create["result"] = QJsonObject{{"user_id", zhaoId}};
        QVERIFY(hub.push(o.desk, {create}).value("ok").toBool());
        // Her ops are accepted as hers now.
        QJsonObject r = hub.push(o.desk, {hub.op(o.desk, "followup.add", {}, zhaoId)});
        QCOMPARE(r.value("acks").toArray().at(0).toObject().value("status").toString(), QString("applied"));
        // A second user.create of the same login fails on every replica: nothing to learn.
        QJsonObject dup = hub.op(o.desk, "user.create", {{"login", "zhao"}, {"display_name", "另一个"}, {"role", "admin"}});
        QVERIFY(hub.push(o.desk, {dup}).value("ok").toBool());
        auto zhao = hub.store().userByLogin(hub.admin().officeByCode(o.code)->id, "zhao");
        QVERIFY(zhao.ok() && zhao->has_value());
        QCOMPARE((*zhao)->id, zhaoId);
        QCOMPARE((*zhao)->role, QString("consultant"));
        QVERIFY((*zhao)->verifier.isEmpty());
        // She cannot sign in at the hub until her password is set (user.set_password@1)…
        QCOMPARE(errorCode(hub.call({{"t", "signin"}, {"workstation_id", o.desk.id}, {"login", "zhao"}, {"password", "password2"}})),
                 QString("wrong_password"));
        char verifier[crypto_pwhash_STRBYTES];
        QCOMPARE(crypto_pwhash_str(verifier, "password2", 9, crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE), 0);
        QVERIFY(
            hub.push(o.desk, {hub.op(o.desk, "user.set_password", {{"user_id", zhaoId}, {"password_hash", QString::fromLatin1(verifier)}})})
                .value("ok")
                .toBool());
        hub.clock().advanceMs(2000);
        QVERIFY(
            hub.call({{"t", "signin"}, {"workstation_id", o.desk.id}, {"login", "zhao"}, {"password", "password2"}}).value("ok").toBool());
        // …and user.revoke@1 from a desk revokes her at the hub too.
        QVERIFY(hub.push(o.desk, {hub.op(o.desk, "user.revoke", {{"user_id", zhaoId}})}).value("ok").toBool());
        r = hub.push(o.desk, {hub.op(o.desk, "followup.add", {}, zhaoId)});
        QCOMPARE(r.value("acks").toArray().at(0).toObject().value("error").toObject().value("code").toString(), QString("AUTHZ_REVOKED"));
    }

    void standaloneHistoryBecomesTheOfficesLog()
    {
        TestHub hub;
        const QString code = hub.addOffice();
        const auto pendingWang = hub.addUser(code, "wang", "manager", "hub-password");
        hub.addUser(code, "front", "kiosk");
        TestDesk desk = hub.newDesk();
        const QJsonObject e = hub.call(hub.enrollFrame(desk, code, "wang", "hub-password", "desk", true, 4));
        QVERIFY2(e.value("ok").toBool(), qPrintable(show(e)));
        desk.token = e.value("token").toString();
        // The standalone office's outbox: its set-up by the local administrator (no user), the
        // manager it created (also called wang), and an import by him.
        const QJsonObject init = hub.op(desk, "office.init", {{"name", "老售楼处"}}, QString());
        QJsonObject createWang = hub.op(desk, "user.create", {{"login", "wang"}, {"display_name", "王"}, {"role", "manager"}}, QString());
        const QString historyWangId = hub::Roster::userIdFor(createWang.value("op_id").toString());
        const QJsonObject import1 = hub.op(desk, "lead.ingest", {}, historyWangId);
        const QJsonObject import2 = hub.op(desk, "lead.ingest", {}, QString());
        QJsonObject r = hub.push(desk, {init, createWang});
        QVERIFY2(r.value("ok").toBool(), qPrintable(show(r)));
        QCOMPARE(r.value("latest_hub_seq").toInteger(), 2); // the history is not complete: nobody appended yet
        r = hub.push(desk, {import1, import2});
        QCOMPARE(hubSeqs(r), (QList<qint64>{3, 4}));
        // History done: front, whom the history does not know, is created; the hub's wang is
        // the history's wang (his id), with the password set at the hub, through the log.
        const QJsonObject after = hub.pull(desk, 4);
        QCOMPARE(names(after), (QStringList{"user.create", "user.set_password", "user.set_password"}));
        QCOMPARE(after.value("ops").toArray().at(0).toObject().value("args").toObject().value("login").toString(), QString("front"));
        QCOMPARE(after.value("ops").toArray().at(2).toObject().value("args").toObject().value("user_id").toString(), historyWangId);
        auto wang = hub.store().userByLogin(pendingWang.officeId, "wang");
        QCOMPARE((*wang)->id, historyWangId);
        QVERIFY(!(*wang)->pending());
        // After the history, ops without a user are refused.
        r = hub.push(desk, {hub.op(desk, "lead.ingest", {}, QString())});
        QCOMPARE(r.value("acks").toArray().at(0).toObject().value("error").toObject().value("code").toString(),
                 QString("AUTHZ_UNKNOWN_USER"));
        // And the office is not empty any more.
        TestDesk late = hub.newDesk();
        QCOMPARE(errorCode(hub.call(hub.enrollFrame(late, code, "wang", "hub-password", "desk", true, 3))), QString("office_not_empty"));
    }

    void pullPagesThroughTheLog()
    {
        Office o;
        TestHub &hub = o.hub;
        for (int batch = 0; batch < 25; ++batch) {
            QJsonArray ops;
            for (int i = 0; i < 100; ++i)
                ops.append(hub.op(o.desk, "lead.ingest", {{"n", batch * 100 + i}}));
            QVERIFY(hub.push(o.desk, ops).value("ok").toBool());
        }
        const qint64 latest = 2502; // 2 500 ops and wang's two
        qint64 cursor = 0;
        int pages = 0, seen = 0;
        for (;;) {
            const QJsonObject p = hub.pull(o.desk, cursor);
            QVERIFY2(p.value("ok").toBool(), qPrintable(show(p)));
            QCOMPARE(p.value("from").toInteger(), cursor);
            QCOMPARE(p.value("latest_hub_seq").toInteger(), latest);
            for (const QJsonValue &op : p.value("ops").toArray())
                QCOMPARE(op.toObject().value("hub_seq").toInteger(), ++seen); // in order, no gap, nothing twice
            cursor = p.value("to").toInteger();
            QCOMPARE(cursor, qint64(seen));
            ++pages;
            if (!p.value("has_more").toBool())
                break;
        }
        QCOMPARE(cursor, latest);
        QCOMPARE(seen, 2502);
        QCOMPARE(pages, 3);
        // Small pages, and the limit is capped at 1000.
        QCOMPARE(hub.pull(o.desk, 10, 7).value("ops").toArray().size(), 7);
        QCOMPARE(hub.pull(o.desk, 10, 7).value("to").toInteger(), 17);
        QCOMPARE(errorCode(hub.pull(o.desk, 0, 1001)), QString("bad_frame"));
        // The op comes back as it was pushed.
        const QJsonObject first = hub.pull(o.desk, 0, 1).value("ops").toArray().at(0).toObject();
        QCOMPARE(first.value("args").toObject().value("n").toInteger(), 0);
        QCOMPARE(first.value("workstation_id").toString(), o.desk.id);
        QCOMPARE(first.value("client_seq").toInteger(), 1);
        QCOMPARE(first.value("user_id").toString(), o.desk.userId);
        QVERIFY(first.value("hlc").toString().toLongLong() > (qint64(1) << 50)); // 64-bit clocks travel as text
    }

    // The kiosk cannot check what it sealed; the hub can (it holds the office key): a visit whose
    // sealed visitor does not open with the office's pair, or holds no usable visitor, is acked
    // rejected with the reason and takes no hub_seq; a good one goes into the log as it is.
    void kioskVisitsAreCheckedAtPush()
    {
        Office o;
        TestHub &hub = o.hub;
        QVERIFY(hub.push(o.desk, {hub.op(o.desk, "office.init")}).value("ok").toBool());
        const QByteArray officeKey(32, '\x5C');
        hub.giveOfficeKey(o.desk, officeKey);
        hub.addUser(o.code, "front", "kiosk");
        TestDesk kiosk = hub.newDesk();
        hub.enroll(kiosk, o.code, "front", "kiosk");
        const QByteArray pair = security::OfficeSealKey(security::OfficeKey::fromBytes(officeKey).value()).publicKey();
        customer::KioskVisitor visitor;
        visitor.name = QStringLiteral("张伟");
        visitor.phone = QStringLiteral("13812345678");
        auto visit = [&](const QByteArray &sealed) {
            customer::VisitRegister v;
            v.registrationId = hub.newUuid();
            v.sealed = sealed;
            v.maskedPhone = visitor.maskedPhone();
            v.displayName = visitor.displayName();
            v.occurredAtMs = hub.clock().nowMs();
            v.workstationId = kiosk.id;
            return hub.op(kiosk, "visit.register", v.toJson());
        };
        QByteArray tampered = visitor.sealTo(pair).value();
        tampered[10] = char(tampered[10] ^ 1);
        customer::KioskVisitor noPhone = visitor;
        noPhone.phone = QStringLiteral("12345");
        const QByteArray otherOffice =
            visitor.sealTo(security::OfficeSealKey(security::OfficeKey::fromBytes(QByteArray(32, '\x01')).value()).publicKey()).value();
        const QJsonObject r = hub.push(
            kiosk, {visit(tampered), visit(noPhone.sealTo(pair).value()), visit(otherOffice), visit(visitor.sealTo(pair).value())});
        QVERIFY2(r.value("ok").toBool(), qPrintable(show(r)));
        const QJsonArray acks = r.value("acks").toArray();
        for (int i = 0; i < 3; ++i) {
            const QJsonObject ack = acks.at(i).toObject();
            QCOMPARE(ack.value("status").toString(), QString("rejected"));
            QCOMPARE(ack.value("error").toObject().value("code").toString(), QString("VISIT_SEALED_INVALID"));
            QVERIFY(!ack.contains("hub_seq"));
        }
        QVERIFY(acks.at(0).toObject().value("error").toObject().value("message").toString().contains("cannot be opened"));
        QVERIFY(acks.at(1).toObject().value("error").toObject().value("message").toString().startsWith("phone:"));
        QCOMPARE(acks.at(3).toObject().value("status").toString(), QString("applied"));
        QCOMPARE(r.value("last_acked_client_seq").toInteger(), 4);
        QVERIFY(!hub.dump().contains("13812345678")); // the log keeps it sealed
    }

    void kioskPullsOnlyTheRosterSetUpAndItsOwn()
    {
        Office o;
        TestHub &hub = o.hub;
        hub.addUser(o.code, "front", "kiosk");
        QVERIFY(hub.push(o.desk, {hub.op(o.desk, "office.init"), hub.op(o.desk, "channel.create"), hub.op(o.desk, "lead.ingest"),
                                  hub.op(o.desk, "customer.update"), hub.op(o.desk, "project.create"), hub.op(o.desk, "customer.merge")})
                    .value("ok")
                    .toBool());
        hub.giveOfficeKey(o.desk); // a kiosk enrols once a desk has given the office its key
        TestDesk kiosk = hub.newDesk();
        hub.enroll(kiosk, o.code, "front", "kiosk");
        QVERIFY(hub.push(kiosk, {hub.op(kiosk, "lead.ingest", {{"touch_kind", "visit"}})}).value("ok").toBool());
        QVERIFY(hub.push(o.desk, {hub.op(o.desk, "followup.add")}).value("ok").toBool());

        const QJsonObject p = hub.pull(kiosk, 0);
        QCOMPARE(names(p), (QStringList{"office.init", "channel.create", "project.create", "user.create", "user.set_password",
                                        "user.create", "user.set_password", "lead.ingest"}));
        QCOMPARE(p.value("ops").toArray().last().toObject().value("workstation_id").toString(), kiosk.id);
        QCOMPARE(p.value("to").toInteger(), p.value("latest_hub_seq").toInteger()); // the cursor reaches the head
        QVERIFY(!p.value("has_more").toBool());
        // The desk gets everything.
        QCOMPARE(hub.pull(o.desk, 0).value("ops").toArray().size(), int(p.value("latest_hub_seq").toInteger()));
        // Paged, a kiosk page that is full ends at its last op.
        const QJsonObject page = hub.pull(kiosk, 0, 2);
        QCOMPARE(page.value("to").toInteger(), 2);
        QVERIFY(page.value("has_more").toBool());
    }

    void pokesFollowCommits()
    {
        Office o;
        TestHub &hub = o.hub;
        QVERIFY(hub.push(o.desk, {hub.op(o.desk, "office.init")}).value("ok").toBool());
        hub.pokes.clear();
        QVERIFY(hub.push(o.desk, {hub.op(o.desk, "channel.create")}).value("ok").toBool());
        const QString officeId = hub.admin().officeByCode(o.code)->id;
        QCOMPARE(hub.pokes, (QList<QPair<QString, qint64>>{{officeId, 4}}));
        // A push that only gets refusals appends nothing and pokes nobody.
        hub.pokes.clear();
        QVERIFY(hub.push(o.desk, {hub.op(o.desk, "channel.create", {}, hub.newUuid())}).value("ok").toBool());
        QVERIFY(hub.pokes.isEmpty());
    }

    void restartKeepsEverythingAcknowledged()
    {
        Office o;
        TestHub &hub = o.hub;
        QJsonArray ops;
        for (int i = 0; i < 50; ++i)
            ops.append(hub.op(o.desk, "lead.ingest", {{"n", i}}));
        const QJsonObject acked = hub.push(o.desk, ops);
        QVERIFY(acked.value("ok").toBool());
        const QString before = hub.dump();
        hub.reopen();
        QCOMPARE(hub.dump(), before);
        // The session, the workstation's high-water mark and the office's order carry on.
        const QJsonObject h = hub.hello(o.desk, 0, hub.epoch());
        QCOMPARE(h.value("last_acked_client_seq").toInteger(), 50);
        QCOMPARE(h.value("latest_hub_seq").toInteger(), 52);
        QCOMPARE(hub.push(o.desk, ops).value("acks").toArray().at(49).toObject().value("duplicate").toBool(), true);
        QCOMPARE(hubSeqs(hub.push(o.desk, {hub.op(o.desk, "lead.ingest")})), QList<qint64>{53});
    }
};

QTEST_GUILESS_MAIN(TestHubPush)
#include "tst_hubpush.moc"
