// shoulou-hub end to end: the real binary, its command lines and exit codes, then `serve` on
// 127.0.0.1 with a desk's socket pinning the certificate — and kill -9 in the middle of pushes:
// what was acknowledged is there afterwards, exactly once.
#include "processrun.h"
#include "wsclient.h"

#include "hub/roster.h"
#include "util/clock.h"
#include "util/uuid.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <sodium.h>

using namespace shoulou;
using namespace shoulou::test;

namespace {

Run hubCli(const QStringList &args, const QByteArray &input = {})
{
    return runProcess(QStringLiteral(SHOULOU_HUB), args, input, 60000);
}

QString fingerprintOf(const Run &init)
{
    static const QRegularExpression re(QStringLiteral("^fingerprint SHA256:([0-9a-f]{64})\\n$"));
    const auto m = re.match(init.out);
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace

class TestHubProcess final : public QObject {
    Q_OBJECT
private slots:
    void commandLines()
    {
        QTemporaryDir tmp;
        const QString data = tmp.filePath("hub");
        const Run init = hubCli({"init", "--data", data});
        QCOMPARE(init.code, 0);
        QVERIFY2(!fingerprintOf(init).isEmpty(), qPrintable(init.out));
        QCOMPARE(hubCli({"fingerprint", "--data", data}).out, init.out);
        QCOMPARE(hubCli({"init", "--data", data}).code, 1); // never over a hub
        QCOMPARE(hubCli({"init"}).code, 2);
        QCOMPARE(hubCli({"init", "--data", tmp.filePath("pg"), "--database", "postgresql://localhost/hub"}).code, 1);
        QCOMPARE(hubCli({"init", "--data", tmp.filePath("pg"), "--database", "mysql://x"}).code, 2);
        QCOMPARE(hubCli({}).code, 2);
        QCOMPARE(hubCli({"explode"}).code, 2);
        QCOMPARE(hubCli({"office", "explode", "--data", data}).code, 2);

        const Run office = hubCli({"office", "add", "--data", data, "--name", "深圳湾一号售楼处"});
        QCOMPARE(office.code, 0);
        const QString code = office.out.trimmed();
        QVERIFY2(QRegularExpression("^SZ-[2-9A-HJ-NP-Z]{4}$").match(code).hasMatch(), qPrintable(code));
        QCOMPARE(hubCli({"office", "add", "--data", data}).code, 2);
        QCOMPARE(hubCli({"office", "add", "--data", tmp.filePath("nohub"), "--name", "x"}).code, 1);
        QVERIFY(hubCli({"office", "list", "--data", data}).out.contains(code));

        QStringList add{"user", "add", "--data", data, "--office", code, "--login", "wang", "--name", "王经理", "--role", "manager"};
        QCOMPARE(hubCli(add).code, 2);            // no password on stdin
        QCOMPARE(hubCli(add, "short\n").code, 2); // too short
        QStringList badRole = add;
        badRole.last() = "boss";
        QCOMPARE(hubCli(badRole, "password1\n").code, 2);
        QStringList otherOffice = add;
        otherOffice[5] = "ZZ-9999";
        QCOMPARE(hubCli(otherOffice, "password1\n").code, 1);
        const Run added = hubCli(add, "password1\n");
        QCOMPARE(added.code, 0);
        QCOMPARE(hubCli(add, "password1\n").code, 1); // the login is taken
        const Run list = hubCli({"user", "list", "--data", data, "--office", code});
        QCOMPARE(list.code, 0);
        const QJsonObject wang = QJsonDocument::fromJson(list.out.toUtf8()).object();
        QCOMPARE(wang.value("login").toString(), QString("wang"));
        QCOMPARE(wang.value("pending").toBool(), true);
        QVERIFY(!list.out.contains("argon2")); // never the verifier
        QCOMPARE(hubCli({"user", "revoke", "--data", data, "--office", code, "--login", "wang"}).code, 0);
        QCOMPARE(hubCli({"user", "revoke", "--data", data, "--office", code, "--login", "wang"}).code, 1);
        QCOMPARE(hubCli({"workstation", "list", "--data", data, "--office", code}).code, 0);
        QCOMPARE(hubCli({"workstation", "revoke", "--data", data, "--id", "01a2347a-db85-7cb9-84b7-aaa61023ea7d"}).code, 1);
        QCOMPARE(hubCli({"workstation", "revoke", "--data", data}).code, 2);

        const QString backup = tmp.filePath("backup.db");
        QCOMPARE(hubCli({"backup", "--data", data, "--out", backup}).code, 0);
        QVERIFY(QFile::exists(backup));
        const Run restored = hubCli({"restore", "--data", data, "--from", backup});
        QCOMPARE(restored.code, 0);
        QVERIFY(restored.out.contains("epoch"));
        QCOMPARE(hubCli({"restore", "--data", data, "--from", tmp.filePath("missing.db")}).code, 1);
        QCOMPARE(hubCli({"restore", "--data", data}).code, 2);
        QCOMPARE(hubCli({"serve", "--data", data, "--listen", "nowhere"}).code, 2);
        QCOMPARE(hubCli({"serve", "--data", data, "--listen", "127.0.0.1:0", "--retention-days", "-1"}).code, 2);

        // Snapshots: an office without changes gets none; an unknown code and bad days are refused.
        const Run snapshot = hubCli({"snapshot", "--data", data});
        QCOMPARE(snapshot.code, 0);
        QVERIFY2(snapshot.out.contains(code), qPrintable(snapshot.out));
        QCOMPARE(hubCli({"snapshot", "--data", data, "--office", "ZZ-9999"}).code, 1);
        QCOMPARE(hubCli({"snapshot", "--data", data, "--retention-days", "x"}).code, 2);
        QCOMPARE(hubCli({"snapshot"}).code, 2);
    }

    void serveSurvivesKillNineMidPush()
    {
        QTemporaryDir tmp;
        const QString data = tmp.filePath("hub");
        const QString fingerprint = fingerprintOf(hubCli({"init", "--data", data}));
        const QString code = hubCli({"office", "add", "--data", data, "--name", "测试售楼处"}).out.trimmed();
        QCOMPARE(
            hubCli({"user", "add", "--data", data, "--office", code, "--login", "wang", "--name", "王", "--role", "manager"}, "password1\n")
                .code,
            0);

        auto serve = std::make_unique<Serve>();
        QVERIFY(serve->start(QStringLiteral(SHOULOU_HUB), data));
        auto client = std::make_unique<WsClient>(fingerprint);
        QVERIFY(client->open(serve->port));
        QVERIFY(client->pinned);

        ManualClock clock;
        UuidV7 uuid(clock);
        const QString wsId = uuid.next();
        QByteArray pk(crypto_box_PUBLICKEYBYTES, '\0'), sk(crypto_box_SECRETKEYBYTES, '\0');
        crypto_box_keypair(reinterpret_cast<unsigned char *>(pk.data()), reinterpret_cast<unsigned char *>(sk.data()));
        const QJsonObject enrolled = client->call({{"t", "enroll"},
                                                   {"office_code", code},
                                                   {"login", "wang"},
                                                   {"password", "password1"},
                                                   {"workstation_id", wsId},
                                                   {"workstation_public_key", QString::fromLatin1(pk.toBase64())},
                                                   {"kind", "desk"},
                                                   {"has_history", false}});
        QVERIFY2(enrolled.value("ok").toBool(), QJsonDocument(enrolled).toJson().constData());
        const QString token = enrolled.value("token").toString();
        const QString userId = enrolled.value("user").toObject().value("id").toString();
        const QString epoch = enrolled.value("hub_epoch").toString();

        // The desk's outbox: 3 000 ops, sent 100 to a frame without waiting for the acks.
        QList<QJsonObject> outbox;
        for (int i = 1; i <= 3000; ++i) {
            clock.advanceMs(1);
            outbox.append({{"op_id", uuid.next()},
                           {"client_seq", i},
                           {"name", "lead.ingest"},
                           {"version", 1},
                           {"args", QJsonObject{{"n", i}}},
                           {"hlc", QString::number(clock.nowMs() << 16)},
                           {"user_id", userId},
                           {"created_at", clock.nowMs()}});
        }
        auto frameOf = [&](int batch, qint64 id) {
            QJsonArray ops;
            for (int i = batch * 100; i < (batch + 1) * 100; ++i)
                ops.append(outbox.at(i));
            return QJsonDocument(QJsonObject{{"t", "push"}, {"id", id}, {"token", token}, {"mutations", ops}})
                .toJson(QJsonDocument::Compact);
        };
        for (int b = 0; b < 30; ++b)
            client->socket().sendTextMessage(QString::fromUtf8(frameOf(b, 1000 + b)));
        // Kill the hub as soon as the first acks are in: later batches are in flight, some
        // committed without their ack ever leaving.
        QVERIFY(client->waitUntil([&] { return client->replies.size() >= 3; }, 30000));
        serve->kill9();
        QSet<QString> acked;
        for (const QJsonObject &r : std::as_const(client->replies)) {
            QVERIFY2(r.value("ok").toBool(), QJsonDocument(r).toJson().constData());
            for (const QJsonValue &a : r.value("acks").toArray())
                acked.insert(a.toObject().value("op_id").toString());
        }
        QVERIFY(acked.size() >= 300);
        client.reset();

        serve = std::make_unique<Serve>();
        QVERIFY(serve->start(QStringLiteral(SHOULOU_HUB), data));
        client = std::make_unique<WsClient>(fingerprint);
        QVERIFY(client->open(serve->port));
        const QJsonObject hello = client->call(
            {{"t", "hello"}, {"token", token}, {"protocol_version", 1}, {"workstation_id", wsId}, {"hub_epoch", epoch}, {"cursor", 0}});
        QVERIFY2(hello.value("ok").toBool(), QJsonDocument(hello).toJson().constData());
        QCOMPARE(hello.value("action").toString(), QString("ok"));
        const qint64 lastAcked = hello.value("last_acked_client_seq").toInteger();
        QVERIFY(lastAcked >= acked.size());
        QCOMPARE(lastAcked % 100, 0); // a batch is one transaction: all of it or none
        qInfo() << "killed with" << acked.size() << "ops acknowledged and" << lastAcked << "committed";

        // The desk re-sends from the batch after its last ack; what the hub had is a duplicate.
        int resendFrom = int(acked.size()) / 100;
        for (int b = resendFrom; b < 30; ++b) {
            const QJsonObject r = client->callText(frameOf(b, 2000 + b), 2000 + b);
            QVERIFY2(r.value("ok").toBool(), QJsonDocument(r).toJson().constData());
            const bool wasThere = (b + 1) * 100 <= lastAcked;
            QCOMPARE(r.value("acks").toArray().at(0).toObject().value("duplicate").toBool(), wasThere);
        }
        // Everything is in the log exactly once, in client_seq order.
        QSet<QString> seen;
        qint64 cursor = 0, nextClientSeq = 1;
        for (;;) {
            const QJsonObject page = client->call({{"t", "pull"}, {"token", token}, {"since", cursor}});
            QVERIFY(page.value("ok").toBool());
            for (const QJsonValue &v : page.value("ops").toArray()) {
                const QJsonObject op = v.toObject();
                if (op.value("workstation_id").toString() != wsId)
                    continue;
                QVERIFY2(!seen.contains(op.value("op_id").toString()), "an op applied twice");
                seen.insert(op.value("op_id").toString());
                QCOMPARE(op.value("client_seq").toInteger(), nextClientSeq++);
            }
            cursor = page.value("to").toInteger();
            if (!page.value("has_more").toBool())
                break;
        }
        QCOMPARE(seen.size(), 3000);
        for (const QString &opId : std::as_const(acked))
            QVERIFY(seen.contains(opId));
        QCOMPARE(cursor, 3002); // and wang's user.create and verifier
    }
};

QTEST_GUILESS_MAIN(TestHubProcess)
#include "tst_hubprocess.moc"
