// The desk's connection to a real hub (HubServer in process, TLS on loopback): a frame the hub
// refuses for coming too fast is sent again and the call fails cleanly when the hub stays busy
// (never a hang, the connection kept); a change pushed by one desk pokes the other, whose
// waitForPoke returns at once instead of at its timeout.
#include "servedhub.h"
#include "testoffice.h"

#include "sync/syncstate.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace shoulou;

class TstHubTransport final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("SHOULOU_KEY_STORE", "file");
    }

    void aFrameRefusedAsTooFastIsSentAgain()
    {
        hub::HubServer::Options options;
        options.frameBurst = 2;
        options.maxRateViolations = 100;
        test::ServedHub served(options); // a manual clock: the bucket refills only when the test says
        sync::WebSocketTransport transport(QUrl(served.url() + QStringLiteral("/v1")), served.fingerprint());
        QVERIFY(transport.call({{"t", "ping"}, {"id", 1}}).ok());
        QVERIFY(transport.call({{"t", "ping"}, {"id", 2}}).ok());
        // The bucket is empty: each try is refused, and after the back-off the call says so.
        QElapsedTimer t;
        t.start();
        auto busy = transport.call({{"t", "ping"}, {"id", 3}});
        QVERIFY(!busy.ok());
        QCOMPARE(busy.error().code, sync::kUnreachable);
        QVERIFY2(busy.error().message.contains("busy"), qPrintable(busy.error().message));
        QVERIFY(t.elapsed() < 10000);
        // Refilled, a refused frame goes through on its next try: the hub's clock moves while
        // the desk backs off.
        served.hub.clock().advanceMs(10'000);
        QVERIFY(transport.call({{"t", "ping"}, {"id", 4}}).ok());
        QVERIFY(transport.call({{"t", "ping"}, {"id", 5}}).ok());
        QTimer::singleShot(0, [&] { served.hub.clock().advanceMs(10'000); });
        auto again = transport.call({{"t", "ping"}, {"id", 6}});
        QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().message));
    }

    void aPushPokesTheOtherDesk()
    {
        test::ServedHub served;
        test::TestOffice first;
        QVERIFY(served.enrollFirstDesk(first));
        QVERIFY(served.syncOnce(first.applier()).ok());
        QTemporaryDir dir;
        const QString otherPath = dir.filePath("other.db");
        QVERIFY(served.enroll(otherPath, "wang", "wang-secret-1", nullptr, first.clock()).ok());
        auto otherDb = storage::Database::open(otherPath);
        QVERIFY(otherDb.ok());
        mutation::Applier other(**otherDb, first.clock(), &first.key());
        sync::WebSocketTransport otherLink(QUrl(served.url() + QStringLiteral("/v1")), served.fingerprint());
        sync::SyncEngine otherEngine(other, otherLink);
        QVERIFY(otherEngine.syncOnce().ok());
        const qint64 cursor = sync::SyncState::load(**otherDb).cursor;

        // Nothing new: the wait runs to its timeout.
        QVERIFY(!otherLink.waitForPoke(cursor, 200));
        // The first desk pushes while the other waits: the poke ends the wait early.
        QTimer::singleShot(50, [&] {
            QVERIFY(first.applier().apply("channel.create", 1, {{"name", "新渠道"}, {"kind", "online"}}).ok());
            QVERIFY(served.syncOnce(first.applier()).ok());
        });
        QElapsedTimer t;
        t.start();
        QVERIFY(otherLink.waitForPoke(cursor, 20000));
        QVERIFY(t.elapsed() < 15000);
        QVERIFY(otherLink.lastPoke() > cursor);
        QVERIFY(otherEngine.syncOnce().ok());
        QCOMPARE((*otherDb)->queryInt("SELECT count(*) FROM channel WHERE name = '新渠道'"), qint64(1));
    }

    // A pull answer far over 512 KiB, nearly all Chinese text: one frame per message, since Qt
    // WebSockets checks UTF-8 per frame (split inside a character, the connection fails: 1007).
    void aLargeChinesePageArrivesWhole()
    {
        test::ServedHub served;
        test::TestOffice first;
        QVERIFY(first.ingest(first.lead({"姓名", "手机"}, {"张三", "13812345678"})).contains("customer_id"));
        QVERIFY(served.enrollFirstDesk(first));
        const QString customer = first.db().queryText("SELECT id FROM customer LIMIT 1");
        const QString note = QString(QChar(u'售')).repeated(390) + QStringLiteral("楼");
        QVERIFY(first.applier().beginBatch().ok());
        for (int i = 0; i < 700; ++i)
            QVERIFY(first.applier()
                        .applyInBatch("followup.add", 2, {{"customer_id", customer}, {"kind", "call"}, {"note", note + QString::number(i)}})
                        .ok());
        QVERIFY(first.applier().commitBatch().ok());
        auto pushed = served.syncOnce(first.applier());
        QVERIFY2(pushed.ok(), pushed.ok() ? "" : qPrintable(pushed.error().message));

        QTemporaryDir dir;
        const QString otherPath = dir.filePath("other.db");
        QVERIFY(served.enroll(otherPath, "wang", "wang-secret-1", nullptr, first.clock()).ok());
        auto otherDb = storage::Database::open(otherPath);
        QVERIFY(otherDb.ok());
        mutation::Applier other(**otherDb, first.clock(), &first.key());
        auto pulled = served.syncOnce(other);
        QVERIFY2(pulled.ok(), pulled.ok() ? "" : qPrintable(pulled.error().message));
        QCOMPARE((*otherDb)->queryInt("SELECT count(*) FROM follow_up"), qint64(700));
    }
};

QTEST_GUILESS_MAIN(TstHubTransport)
#include "tst_hubtransport.moc"
