// HubServer in process: real TLS on loopback, the certificate pinned by the client, frames over
// the socket, pokes to the office's sockets, and the defences (path, connections per address,
// frame floods, binary frames).
#include "hubfixture.h"
#include "wsclient.h"

#include "hub/hubserver.h"

using namespace shoulou;
using namespace shoulou::test;

namespace {

struct Served {
    TestHub hub;
    std::unique_ptr<hub::HubServer> server;
    QString code;
    explicit Served(hub::HubServer::Options options = {})
    {
        hub.service.reset(); // the server has its own service on the same store
        auto tls = hub::HubServer::tlsConfiguration(hub.dataDir().certificatePath(), hub.dataDir().tlsKeyPath());
        if (!tls)
            qFatal("%s", qPrintable(tls.error().message));
        server = std::make_unique<hub::HubServer>(hub.store(), *hub.opened->keys, hub.clock(), options);
        auto r = server->listen(QHostAddress::LocalHost, 0, *tls);
        if (!r)
            qFatal("%s", qPrintable(r.error().message));
        code = hub.addOffice();
        hub.addUser(code, "wang", "manager");
    }
    quint16 port() const { return server->port(); }
};

QJsonObject enrollOver(WsClient &c, TestHub &hub, TestDesk &d, const QString &code)
{
    QJsonObject r = c.call(hub.enrollFrame(d, code, "wang"));
    d.token = r.value("token").toString();
    d.userId = r.value("user").toObject().value("id").toString();
    return r;
}

} // namespace

class TestHubServer final : public QObject {
    Q_OBJECT
private slots:
    void enrollPushPullAndPokesOverTls()
    {
        Served s;
        WsClient a(s.hub.fingerprint), b(s.hub.fingerprint);
        QVERIFY(a.open(s.port()));
        QVERIFY(a.pinned);
        QVERIFY(b.open(s.port()));
        TestDesk da = s.hub.newDesk(), db = s.hub.newDesk();
        QVERIFY2(enrollOver(a, s.hub, da, s.code).value("ok").toBool(), "enroll a");
        QVERIFY(enrollOver(b, s.hub, db, s.code).value("ok").toBool());
        // b says hello and so hears a's commits.
        QJsonObject h = b.call({{"t", "hello"},
                                {"token", db.token},
                                {"protocol_version", 1},
                                {"workstation_id", db.id},
                                {"hub_epoch", s.hub.epoch()},
                                {"cursor", 0}});
        QCOMPARE(h.value("action").toString(), QString("ok"));
        QJsonObject r = a.call({{"t", "push"}, {"token", da.token}, {"mutations", QJsonArray{s.hub.op(da, "office.init")}}});
        QVERIFY2(r.value("ok").toBool(), qPrintable(show(r)));
        QVERIFY(b.waitUntil([&] { return !b.pokes.isEmpty(); }));
        QCOMPARE(b.pokes.last(), 3); // the op, then wang's user.create and verifier
        QVERIFY(a.pokes.isEmpty());  // a never said hello
        r = b.call({{"t", "pull"}, {"token", db.token}, {"since", 0}});
        QCOMPARE(r.value("ops").toArray().size(), 3);
    }

    void wrongFingerprintIsNotTrusted()
    {
        Served s;
        WsClient c(QString(64, 'a'));
        QVERIFY(!c.open(s.port(), "/v1", 5000));
        QVERIFY(c.pinRefused);
        QVERIFY(!c.pinned);
    }

    void onlyTheV1Path()
    {
        Served s;
        WsClient c(s.hub.fingerprint);
        c.open(s.port(), "/v2");
        QVERIFY(c.waitUntil([&] { return c.closed; }));
        QCOMPARE(c.socket().closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
    }

    void connectionsPerAddressAreLimited()
    {
        hub::HubServer::Options options;
        options.maxConnectionsPerAddress = 3;
        Served s(options);
        std::vector<std::unique_ptr<WsClient>> clients;
        for (int i = 0; i < 3; ++i) {
            clients.push_back(std::make_unique<WsClient>(s.hub.fingerprint));
            QVERIFY(clients.back()->open(s.port()));
        }
        QTRY_COMPARE(s.server->connectionCount(), 3);
        WsClient extra(s.hub.fingerprint);
        extra.open(s.port());
        QVERIFY(extra.waitUntil([&] { return extra.closed; }));
        QCOMPARE(s.server->connectionCount(), 3);
        // One closes: there is room again.
        clients.front()->socket().close();
        QTRY_COMPARE(s.server->connectionCount(), 2);
        WsClient again(s.hub.fingerprint);
        QVERIFY(again.open(s.port()));
        QCOMPARE(again.call({{"t", "ping"}}).value("t").toString(), QString("pong"));
    }

    void reconnectingTooOftenIsRefused()
    {
        hub::HubServer::Options options;
        options.newConnectionsPerMinute = 5;
        Served s(options); // a manual clock: no refill unless the test moves it
        for (int i = 0; i < 5; ++i) {
            WsClient c(s.hub.fingerprint);
            QVERIFY(c.open(s.port()));
            QCOMPARE(c.call({{"t", "ping"}}).value("t").toString(), QString("pong"));
        }
        WsClient sixth(s.hub.fingerprint);
        sixth.open(s.port());
        QVERIFY(sixth.waitUntil([&] { return sixth.closed; }));
        QCOMPARE(sixth.socket().closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
        s.hub.clock().advanceMs(12000); // one more a minute / 5 = every 12 s
        WsClient later(s.hub.fingerprint);
        QVERIFY(later.open(s.port()));
        QCOMPARE(later.call({{"t", "ping"}}).value("t").toString(), QString("pong"));
    }

    void aFloodOfFramesIsThrottledThenCut()
    {
        hub::HubServer::Options options;
        options.frameBurst = 20;
        options.maxRateViolations = 30;
        Served s(options); // a manual clock: the bucket never refills during the test
        WsClient c(s.hub.fingerprint);
        QVERIFY(c.open(s.port()));
        for (int i = 0; i < 100; ++i)
            c.socket().sendTextMessage(QStringLiteral("{\"t\":\"ping\",\"id\":%1}").arg(i + 1));
        QVERIFY(c.waitUntil([&] { return c.closed; }));
        int pongs = 0, limited = 0;
        for (const QJsonObject &r : c.replies) {
            if (r.value("t").toString() == "pong")
                ++pongs;
            else if (errorCode(r) == "rate_limited")
                ++limited;
        }
        QCOMPARE(pongs, 20);
        QCOMPARE(limited, 29);
        QCOMPARE(c.socket().closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
    }

    void binaryAndBadFramesOverTheSocket()
    {
        Served s;
        WsClient c(s.hub.fingerprint);
        QVERIFY(c.open(s.port()));
        c.socket().sendBinaryMessage("\x01\x02");
        QVERIFY(c.waitUntil([&] { return !c.replies.isEmpty(); }));
        QCOMPARE(errorCode(c.replies.takeFirst()), QString("bad_frame"));
        c.socket().sendTextMessage(QStringLiteral("[]"));
        QVERIFY(c.waitUntil([&] { return !c.replies.isEmpty(); }));
        QCOMPARE(errorCode(c.replies.takeFirst()), QString("bad_frame"));
        // Over 1 MiB: an error frame, and the connection stays.
        c.socket().sendTextMessage(QString(1100 * 1024, ' ') + QStringLiteral("{}"));
        QVERIFY(c.waitUntil([&] { return !c.replies.isEmpty(); }));
        QCOMPARE(errorCode(c.replies.takeFirst()), QString("bad_frame"));
        QCOMPARE(c.call({{"t", "ping"}}).value("t").toString(), QString("pong"));
    }

    void pingsEveryInterval()
    {
        hub::HubServer::Options options;
        options.pingIntervalMs = 100;
        Served s(options);
        WsClient c(s.hub.fingerprint);
        QVERIFY(c.open(s.port()));
        QVERIFY(c.waitUntil([&] { return c.pings >= 2; }, 5000));
    }
};

QTEST_GUILESS_MAIN(TestHubServer)
#include "tst_hubserver.moc"
