// The hub on PostgreSQL 15: a throwaway cluster (initdb/pg_ctl, private port and socket), the
// service's golden cases on PgHubStore, then three `shoulou-hub serve` processes on one
// database — pokes cross processes (LISTEN/NOTIFY), concurrent pushes through all three keep
// one gapless order per office, and kill -9 of one process loses nothing acknowledged.
#include "hubfixture.h"
#include "pgcluster.h"
#include "processrun.h"
#include "wsclient.h"

#include "hub/pghubstore.h"
#include "hub/roster.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSet>

using namespace shoulou;
using namespace shoulou::test;

namespace {

int hubCli(const QStringList &args, const QByteArray &input = {}, QString *out = nullptr)
{
    const Run r = runProcess(QStringLiteral(SHOULOU_HUB), args, input, 60000);
    if (out)
        *out = r.out;
    if (r.code != 0)
        qWarning().noquote() << r.err;
    return r.code;
}

// A desk on a socket: its key pair, token, user and outbox.
struct SocketDesk {
    std::unique_ptr<WsClient> client;
    QString id, token, userId;
    qint64 nextSeq = 1;
    QJsonObject enroll(const QString &code)
    {
        QByteArray pk(crypto_box_PUBLICKEYBYTES, '\0'), sk(crypto_box_SECRETKEYBYTES, '\0');
        crypto_box_keypair(reinterpret_cast<unsigned char *>(pk.data()), reinterpret_cast<unsigned char *>(sk.data()));
        const QJsonObject r = client->call({{"t", "enroll"},
                                            {"office_code", code},
                                            {"login", "wang"},
                                            {"password", "password1"},
                                            {"workstation_id", id},
                                            {"workstation_public_key", QString::fromLatin1(pk.toBase64())},
                                            {"kind", "desk"},
                                            {"has_history", false}});
        token = r.value("token").toString();
        userId = r.value("user").toObject().value("id").toString();
        return r;
    }
    QJsonObject hello(const QString &epoch)
    {
        return client->call(
            {{"t", "hello"}, {"token", token}, {"protocol_version", 1}, {"workstation_id", id}, {"hub_epoch", epoch}, {"cursor", 0}});
    }
    QByteArray pushFrame(UuidV7 &uuid, int count, qint64 frameId)
    {
        QJsonArray ops;
        for (int i = 0; i < count; ++i)
            ops.append(QJsonObject{{"op_id", uuid.next()},
                                   {"client_seq", nextSeq++},
                                   {"name", "lead.ingest"},
                                   {"version", 1},
                                   {"args", QJsonObject{{"n", nextSeq}}},
                                   {"hlc", QString::number(qint64(1) << 50)},
                                   {"user_id", userId},
                                   {"created_at", 1}});
        return QJsonDocument(QJsonObject{{"t", "push"}, {"id", frameId}, {"token", token}, {"mutations", ops}})
            .toJson(QJsonDocument::Compact);
    }
};

} // namespace

class TestHubPostgres final : public QObject {
    Q_OBJECT

    std::unique_ptr<PgCluster> m_cluster;

private slots:
    void initTestCase()
    {
        m_cluster = std::make_unique<PgCluster>();
        if (!m_cluster->ok())
            QSKIP("PostgreSQL 15 (initdb, pg_ctl) is not available here");
    }

    void serviceGoldenCasesOnPostgres()
    {
        TestHub hub(m_cluster->newDatabase());
        QVERIFY(hub.ok());
        const QString code = hub.addOffice();
        hub.addUser(code, "wang", "manager");
        hub.addUser(code, "front", "kiosk");
        TestDesk desk = hub.newDesk();
        QVERIFY(hub.enroll(desk, code, "wang").value("office_empty").toBool());
        const QJsonArray first{hub.op(desk, "office.init"), hub.op(desk, "customer.update"), hub.op(desk, "channel.create")};
        QJsonObject r = hub.push(desk, first);
        QVERIFY2(r.value("ok").toBool(), qPrintable(show(r)));
        QCOMPARE(r.value("latest_hub_seq").toInteger(), 7); // three ops, then front's and wang's user.create and verifier
        // Duplicates, gap, op_id reuse.
        r = hub.push(desk, first);
        QVERIFY(r.value("acks").toArray().at(2).toObject().value("duplicate").toBool());
        QCOMPARE(r.value("latest_hub_seq").toInteger(), 7);
        desk.nextClientSeq = 9;
        QCOMPARE(errorCode(hub.push(desk, {hub.op(desk, "x.y")})), QString("client_seq_gap"));
        desk.nextClientSeq = 4;
        QJsonObject reused = first.at(0).toObject();
        reused["client_seq"] = 4;
        QCOMPARE(errorCode(hub.push(desk, {reused})), QString("idempotency_mismatch"));
        // Roles, kiosk scope, paging.
        hub.giveOfficeKey(desk); // a kiosk enrols once a desk has given the office its key
        TestDesk kiosk = hub.newDesk();
        hub.enroll(kiosk, code, "front", "kiosk");
        r = hub.push(kiosk, {hub.op(kiosk, "customer.update"), hub.op(kiosk, "lead.ingest", {{"touch_kind", "visit"}})});
        QCOMPARE(r.value("acks").toArray().at(0).toObject().value("error").toObject().value("code").toString(), QString("AUTHZ_ROLE"));
        QCOMPARE(r.value("acks").toArray().at(1).toObject().value("hub_seq").toInteger(), 8);
        const QJsonObject p = hub.pull(kiosk, 0);
        QStringList names;
        for (const QJsonValue &op : p.value("ops").toArray())
            names << op.toObject().value("name").toString();
        QCOMPARE(names, (QStringList{"office.init", "channel.create", "user.create", "user.set_password", "user.create",
                                     "user.set_password", "lead.ingest"}));
        QCOMPARE(p.value("to").toInteger(), 8);
        QCOMPARE(hub.pull(desk, 2, 3).value("to").toInteger(), 5);
        // A restart: everything acknowledged is there, the order goes on.
        hub.reopen();
        QCOMPARE(hub.hello(desk, 8, hub.epoch()).value("last_acked_client_seq").toInteger(), 3);
        QCOMPARE(hub.push(desk, {hub.op(desk, "lead.ingest")}).value("acks").toArray().at(0).toObject().value("hub_seq").toInteger(), 9);
        // A backup is PostgreSQL's business.
        QVERIFY(!hub.dataDir().backup(hub.dir() + "/x.db").ok());
        // init refuses a database that holds a hub already.
        QTemporaryDir other;
        QVERIFY(!hub::HubDataDir(other.filePath("hub")).init(hub.clock(), m_cluster->url("t1")).ok());
        QVERIFY(!QFile::exists(other.filePath("hub")));
    }

    void threeHubProcessesKeepOneOrder()
    {
        const QString url = m_cluster->newDatabase();
        QTemporaryDir tmp;
        const QString data = tmp.filePath("hub");
        QString out;
        QCOMPARE(hubCli({"init", "--data", data, "--database", url}, {}, &out), 0);
        const QString fingerprint = out.trimmed().section(':', 1);
        QCOMPARE(hubCli({"office", "add", "--data", data, "--name", "一号售楼处"}, {}, &out), 0);
        const QString code = out.trimmed();
        QCOMPARE(hubCli({"user", "add", "--data", data, "--office", code, "--login", "wang", "--name", "王", "--role", "manager"},
                        "password1\n"),
                 0);

        Serve hubs[3];
        for (Serve &s : hubs)
            QVERIFY(s.start(QStringLiteral(SHOULOU_HUB), data)); // one data directory, three processes
        ManualClock clock;
        UuidV7 uuid(clock);
        SocketDesk desks[3];
        QString epoch;
        for (int i = 0; i < 3; ++i) {
            desks[i].client = std::make_unique<WsClient>(fingerprint);
            QVERIFY(desks[i].client->open(hubs[i].port));
            desks[i].id = uuid.next();
            const QJsonObject e = desks[i].enroll(code);
            QVERIFY2(e.value("ok").toBool(), qPrintable(show(e)));
            epoch = e.value("hub_epoch").toString();
            QCOMPARE(desks[i].hello(epoch).value("action").toString(), QString("ok"));
        }
        // A change through process 1 is poked to the desk on process 3.
        const QJsonObject r = desks[0].client->callText(desks[0].pushFrame(uuid, 1, 500), 500);
        QVERIFY2(r.value("ok").toBool(), qPrintable(show(r)));
        QVERIFY(desks[2].client->waitUntil([&] { return !desks[2].client->pokes.isEmpty(); }, 10000));
        QCOMPARE(desks[2].client->pokes.last(), r.value("latest_hub_seq").toInteger());

        // All three push at once, 20 batches of 50 each, without waiting.
        for (int b = 0; b < 20; ++b)
            for (SocketDesk &d : desks)
                d.client->socket().sendTextMessage(QString::fromUtf8(d.pushFrame(uuid, 50, 1000 + b)));
        for (SocketDesk &d : desks)
            QVERIFY(d.client->waitUntil([&] { return d.client->replies.size() >= 20; }, 60000));
        for (SocketDesk &d : desks)
            for (const QJsonObject &reply : std::as_const(d.client->replies))
                QVERIFY2(reply.value("ok").toBool(), qPrintable(show(reply)));

        // One gapless order: each op once, each desk's ops in its client_seq order.
        QSet<QString> seen;
        QHash<QString, qint64> lastSeqOf;
        qint64 cursor = 0, expect = 0;
        for (;;) {
            const QJsonObject page = desks[1].client->call({{"t", "pull"}, {"token", desks[1].token}, {"since", cursor}});
            QVERIFY(page.value("ok").toBool());
            for (const QJsonValue &v : page.value("ops").toArray()) {
                const QJsonObject op = v.toObject();
                QCOMPARE(op.value("hub_seq").toInteger(), ++expect);
                QVERIFY(!seen.contains(op.value("op_id").toString()));
                seen.insert(op.value("op_id").toString());
                const QString ws = op.value("workstation_id").toString();
                QVERIFY(op.value("client_seq").toInteger() > lastSeqOf.value(ws, 0));
                lastSeqOf[ws] = op.value("client_seq").toInteger();
            }
            cursor = page.value("to").toInteger();
            if (!page.value("has_more").toBool())
                break;
        }
        QCOMPARE(seen.size(), 1 + 3 * 1000 + 2);
        // Every process tells its desks of the others' commits, the last one included.
        for (SocketDesk &d : desks)
            QVERIFY(d.client->waitUntil([&] { return !d.client->pokes.isEmpty() && d.client->pokes.last() == cursor; }, 10000));
    }
};

QTEST_GUILESS_MAIN(TestHubPostgres)
#include "tst_hubpostgres.moc"
