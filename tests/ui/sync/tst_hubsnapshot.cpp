// The hub's snapshots (OfficeSnapshotter, SnapshotFrames, retention) over a real office log
// pushed by a real desk: the snapshot is the log applied in order (it equals the desk), carries
// nothing of a workstation and no key material, is served in chunks to desks but not to the
// kiosk, and retention slims only what the snapshot covers and a kiosk does not pull.
#include "snapshotfixture.h"

#include "hub/hubservice.h"
#include "hub/officesnapshotter.h"
#include "sync/syncstate.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QtTest>

using namespace shoulou;

class TstHubSnapshot final : public QObject {
    Q_OBJECT

    std::unique_ptr<test::ServedHub> m_served;
    std::unique_ptr<test::TestOffice> m_first;

    // A served hub whose office has the first desk's history and 30 customers more.
    void setUpOffice()
    {
        m_served = std::make_unique<test::ServedHub>();
        m_first = std::make_unique<test::TestOffice>();
        QVERIFY(m_served->enrollFirstDesk(*m_first));
        QVERIFY(m_served->syncOnce(m_first->applier()).ok());
        test::addCustomers(*m_first, 30);
        auto synced = m_served->syncOnce(m_first->applier());
        QVERIFY2(synced.ok(), synced.ok() ? "" : qPrintable(synced.error().message));
    }

    qint64 head() { return test::officeOf(*m_served).nextHubSeq - 1; }
    void sync()
    {
        auto r = m_served->syncOnce(m_first->applier());
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    }

    QJsonObject enroll(hub::HubService &service, const test::TestDesk &desk, const QString &login, const QString &kind = "desk")
    {
        QJsonObject f = m_served->hub.enrollFrame(desk, m_served->code, login, "password1", kind);
        f.insert("id", 1);
        return service.handle(f, hub::Peer{"10.0.0.8"});
    }

    QJsonObject call(hub::HubService &service, const QString &token, QJsonObject frame)
    {
        frame.insert("id", 1);
        frame.insert("token", token);
        return service.handle(frame, hub::Peer{"10.0.0.8"});
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("SHOULOU_KEY_STORE", "file");
    }

    void cleanup()
    {
        m_first.reset();
        m_served.reset();
    }

    void theSnapshotIsTheLogAppliedAndStripped()
    {
        setUpOffice();
        auto snap = test::snapshotNow(*m_served);
        QVERIFY2(snap.ok(), snap.ok() ? "" : qPrintable(snap.error().message));
        QCOMPARE(snap->hubSeq, head());
        QVERIFY(snap->hubSeq > 30);
        // Its checksum is the file's.
        QFile f(snap->path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QCOMPARE(qint64(bytes.size()), snap->bytes);
        QCOMPARE(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256), snap->sha256);
        // No key material in the file: neither the office key nor its check value.
        const QByteArray master = m_first->key().masterBytes();
        QVERIFY(!bytes.contains(master));
        QVERIFY(!bytes.contains(master.toHex()));
        QVERIFY(!bytes.contains(master.toBase64()));
        QVERIFY(!bytes.contains(m_first->key().checkValue().toLatin1()));

        auto &db = m_first->db();
        auto &attach = db.prepare("ATTACH DATABASE ?1 AS snap");
        attach.bind(1, snap->path);
        QVERIFY(attach.exec());
        // The desk's office is the hub's log applied in order, and so is the snapshot.
        QCOMPARE(test::domainState(db, "snap"), test::domainState(db));
        QVERIFY(db.queryInt("SELECT count(*) FROM snap.customer") >= 20);
        // Nothing of a workstation; meta says only what a desk checks.
        QCOMPARE(db.queryInt("SELECT count(*) FROM snap.outbox"), 0);
        QCOMPARE(db.queryInt("SELECT count(*) FROM snap.sync_issue"), 0);
        QCOMPARE(db.queryText("SELECT group_concat(key, ',') FROM (SELECT key FROM snap.meta ORDER BY key)"),
                 QStringLiteral("snapshot.hub_seq,snapshot.office_id"));
        QCOMPARE(db.queryInt("PRAGMA snap.user_version"), qint64(db.schemaVersion()));
        QCOMPARE(db.queryInt("SELECT count(*) FROM snap.phone_fragment WHERE phone_fragment MATCH '3910'"), 0);
        QVERIFY(db.execute("DETACH DATABASE snap").ok());

        // The next one replaces it; the older files go.
        test::addCustomers(*m_first, 3, 1);
        QVERIFY(m_served->syncOnce(m_first->applier()).ok());
        auto next = test::snapshotNow(*m_served);
        QVERIFY(next.ok());
        QCOMPARE(next->hubSeq, head());
        QVERIFY(!QFile::exists(snap->path));
        QCOMPARE(hub::OfficeSnapshotter::latest(m_served->hub.dataDir().snapshotDir(), test::officeOf(*m_served).id)->hubSeq, next->hubSeq);
        // Nothing new: the same snapshot.
        auto same = test::snapshotNow(*m_served);
        QVERIFY(same.ok());
        QCOMPARE(same->path, next->path);
    }

    void serveMakesThemByItselfBetweenFrames()
    {
        setUpOffice();
        hub::SnapshotScheduler::Options options;
        options.newOpsForSnapshot = 10;
        options.opsPerStep = 7; // several turns of the event loop
        options.checkIntervalMs = 20;
        hub::SnapshotScheduler scheduler(m_served->hub.store(), *m_served->hub.opened->keys, m_served->hub.clock(),
                                         m_served->hub.dataDir().snapshotDir(), options);
        QSignalSpy made(&scheduler, &hub::SnapshotScheduler::snapshotMade);
        scheduler.start();
        QVERIFY(made.wait(20000));
        QCOMPARE(made.first().at(0).toString(), test::officeOf(*m_served).id);
        QCOMPARE(made.first().at(1).toLongLong(), head());
        // A desk syncing while the scheduler runs is served; the next one comes after 10 new ops.
        test::addCustomers(*m_first, 12, 6);
        sync();
        QVERIFY(made.wait(20000));
        QCOMPARE(made.last().at(1).toLongLong(), head());
    }

    // As serve runs it: the catch-up on a thread with its own connection to hub.db, while this
    // thread keeps serving pushes on the server's.
    void serveCatchesUpOnAThreadOfItsOwn()
    {
        setUpOffice();
        hub::SnapshotScheduler::Options options;
        options.newOpsForSnapshot = 10;
        options.checkIntervalMs = 20;
        options.openReader = [path = m_served->hub.dataDir().databasePath()]() -> Result<std::unique_ptr<hub::HubStore>> {
            auto store = hub::SqliteHubStore::open(path);
            if (!store)
                return store.error();
            return std::unique_ptr<hub::HubStore>(std::move(store).value());
        };
        hub::SnapshotScheduler scheduler(m_served->hub.store(), *m_served->hub.opened->keys, m_served->hub.clock(),
                                         m_served->hub.dataDir().snapshotDir(), options);
        QSignalSpy made(&scheduler, &hub::SnapshotScheduler::snapshotMade);
        scheduler.start();
        // Pushes while it works: served (the catch-up holds no lock this thread waits for).
        test::addCustomers(*m_first, 12, 6);
        sync();
        QVERIFY(made.wait(20000));
        QCOMPARE(made.first().at(0).toString(), test::officeOf(*m_served).id);
        if (made.last().at(1).toLongLong() != head()) { // the pushes came after its catch-up: the next round has them
            test::addCustomers(*m_first, 12, 7);
            sync();
            QTRY_VERIFY_WITH_TIMEOUT(made.last().at(1).toLongLong() == head(), 20000);
        }
        const auto latest = hub::OfficeSnapshotter::latest(m_served->hub.dataDir().snapshotDir(), test::officeOf(*m_served).id);
        QVERIFY(latest);
        QCOMPARE(latest->hubSeq, made.last().at(1).toLongLong());
    }

    void framesServeItInChunksButNotToTheKiosk()
    {
        setUpOffice();
        m_served->hub.addUser(m_served->code, "zhao", "manager");
        m_served->hub.addUser(m_served->code, "kiosk", "kiosk");
        hub::HubService::Options options;
        options.snapshotDir = m_served->hub.dataDir().snapshotDir();
        hub::HubService service(m_served->hub.store(), *m_served->hub.opened->keys, m_served->hub.clock(), {}, options);
        test::TestDesk desk = m_served->hub.newDesk();
        QJsonObject enrolled = enroll(service, desk, "zhao");
        QVERIFY2(enrolled.value("ok").toBool(), QJsonDocument(enrolled).toJson().constData());
        const QString token = enrolled.value("token").toString();

        // Before any snapshot: none.
        QCOMPARE(call(service, token, {{"t", "snapshot_info"}}).value("none").toBool(), true);
        auto snap = test::snapshotNow(*m_served);
        QVERIFY(snap.ok());
        const QJsonObject info = call(service, token, {{"t", "snapshot_info"}});
        QVERIFY2(info.value("ok").toBool(), QJsonDocument(info).toJson().constData());
        QCOMPARE(qint64(info.value("hub_seq").toDouble()), snap->hubSeq);
        QCOMPARE(qint64(info.value("bytes").toDouble()), snap->bytes);
        QCOMPARE(info.value("sha256").toString(), QString::fromLatin1(snap->sha256.toHex()));

        // In chunks of 4 KiB, it reassembles to the file.
        QByteArray got;
        bool eof = false;
        while (!eof) {
            const QJsonObject c = call(
                service, token,
                {{"t", "snapshot_chunk"}, {"hub_seq", double(snap->hubSeq)}, {"offset", double(got.size())}, {"length", 4096}});
            QVERIFY2(c.value("ok").toBool(), QJsonDocument(c).toJson().constData());
            QCOMPARE(qint64(c.value("offset").toDouble()), qint64(got.size()));
            got += QByteArray::fromBase64(c.value("data").toString().toLatin1());
            eof = c.value("eof").toBool();
            QVERIFY(got.size() <= snap->bytes);
        }
        QCOMPARE(QCryptographicHash::hash(got, QCryptographicHash::Sha256), snap->sha256);
        // A whole chunk stays under the 1 MiB frame limit.
        const QJsonObject big = call(service, token,
                                     {{"t", "snapshot_chunk"}, {"hub_seq", double(snap->hubSeq)}, {"offset", 0}, {"length", 512 * 1024}});
        QVERIFY(big.value("ok").toBool());
        QVERIFY(QJsonDocument(big).toJson(QJsonDocument::Compact).size() < 1024 * 1024);
        // Too long a chunk, a snapshot that is not the latest, an offset beyond the end.
        QCOMPARE(
            call(service, token, {{"t", "snapshot_chunk"}, {"hub_seq", double(snap->hubSeq)}, {"offset", 0}, {"length", 512 * 1024 + 1}})
                .value("error")
                .toObject()
                .value("field")
                .toString(),
            QStringLiteral("length"));
        QCOMPARE(call(service, token, {{"t", "snapshot_chunk"}, {"hub_seq", double(snap->hubSeq - 1)}, {"offset", 0}, {"length", 10}})
                     .value("error")
                     .toObject()
                     .value("code")
                     .toString(),
                 QStringLiteral("snapshot_gone"));
        QCOMPARE(call(service, token,
                      {{"t", "snapshot_chunk"}, {"hub_seq", double(snap->hubSeq)}, {"offset", double(snap->bytes + 1)}, {"length", 10}})
                     .value("error")
                     .toObject()
                     .value("code")
                     .toString(),
                 QStringLiteral("bad_frame"));

        // The kiosk never gets it: it holds no customer list.
        test::TestDesk kiosk = m_served->hub.newDesk();
        QJsonObject k = enroll(service, kiosk, "kiosk", "kiosk");
        QVERIFY(k.value("ok").toBool());
        const QString kioskToken = k.value("token").toString();
        QCOMPARE(call(service, kioskToken, {{"t", "snapshot_info"}}).value("error").toObject().value("code").toString(),
                 QStringLiteral("forbidden"));
        QCOMPARE(call(service, kioskToken, {{"t", "snapshot_chunk"}, {"hub_seq", double(snap->hubSeq)}, {"offset", 0}, {"length", 10}})
                     .value("error")
                     .toObject()
                     .value("code")
                     .toString(),
                 QStringLiteral("forbidden"));
        // A hub that serves no snapshots (PostgreSQL) says none.
        hub::HubService plain(m_served->hub.store(), *m_served->hub.opened->keys, m_served->hub.clock());
        QCOMPARE(call(plain, token, {{"t", "snapshot_info"}}).value("none").toBool(), true);
    }

    void retentionSlimsOnlyWhatTheSnapshotCoversAndNoKioskPulls()
    {
        setUpOffice();
        auto snap = test::snapshotNow(*m_served);
        QVERIFY(snap.ok());
        test::addCustomers(*m_first, 3, 2); // after the snapshot: never slimmed
        QVERIFY(m_served->syncOnce(m_first->applier()).ok());
        auto &store = m_served->hub.store();
        const hub::OfficeRecord office = test::officeOf(*m_served);
        const QString dir = m_served->hub.dataDir().snapshotDir();
        const qint64 now = m_served->hub.clock().nowMs();
        // Younger than the window: nothing.
        QCOMPARE(*hub::SnapshotScheduler::applyRetention(store, office, dir, now + 89LL * 24 * 3600 * 1000, 90), qint64(0));
        QCOMPARE(*store.prunedThrough(office.id), qint64(0));
        // 91 days on: everything the snapshot covers.
        auto pruned = hub::SnapshotScheduler::applyRetention(store, office, dir, now + 91LL * 24 * 3600 * 1000, 90);
        QVERIFY(pruned.ok());
        QCOMPARE(*pruned, snap->hubSeq);
        auto &db = store.database();
        QVERIFY(db.queryInt("SELECT count(*) FROM hub_log WHERE args = '{}' AND result IS NULL AND name = 'lead.ingest'") > 20);
        QCOMPARE(db.queryInt("SELECT count(*) FROM hub_log WHERE hub_seq > ?1 AND args = '{}'", QString::number(snap->hubSeq)), 0);
        // What a kiosk pulls (the roster, the office set-up, channels) stays whole.
        QCOMPARE(db.queryInt("SELECT count(*) FROM hub_log WHERE (name LIKE 'user.%' OR name LIKE 'office.%' OR name LIKE 'channel.%') "
                             "AND args = '{}'"),
                 0);
        // Every row stays (idempotency, audit).
        QCOMPARE(db.queryInt("SELECT count(*) FROM hub_log WHERE hub_seq IS NOT NULL"), head());

        // A pull from behind the pruned part is refused; hello sends that desk to reset.
        hub::HubService service(store, *m_served->hub.opened->keys, m_served->hub.clock());
        m_served->hub.addUser(m_served->code, "zhao", "manager");
        test::TestDesk desk = m_served->hub.newDesk();
        QJsonObject enrolled = enroll(service, desk, "zhao");
        QVERIFY2(enrolled.value("ok").toBool(), QJsonDocument(enrolled).toJson().constData());
        const QString token = enrolled.value("token").toString();
        QCOMPARE(call(service, token, {{"t", "pull"}, {"since", 3}}).value("error").toObject().value("code").toString(),
                 QStringLiteral("reset_required"));
        QVERIFY(call(service, token, {{"t", "pull"}, {"since", double(snap->hubSeq)}}).value("ok").toBool());
        const QJsonObject hello = call(service, token,
                                       {{"t", "hello"},
                                        {"protocol_version", 1},
                                        {"workstation_id", desk.id},
                                        {"hub_epoch", enrolled.value("hub_epoch").toString()},
                                        {"cursor", 3}});
        QCOMPARE(hello.value("action").toString(), QStringLiteral("reset_required"));
        QCOMPARE(hello.value("reasons").toArray().first().toString(), QStringLiteral("cursor_behind"));
    }
};

QTEST_GUILESS_MAIN(TstHubSnapshot)
#include "tst_hubsnapshot.moc"
