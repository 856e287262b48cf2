// Desks set up from the hub's snapshot (SnapshotBootstrap) against a real hub on loopback: a new
// desk downloads the snapshot, pulls only what came after it and equals the desk that made the
// office; a desk whose cursor is behind the retention window resets from the snapshot, keeps
// its own offline work and converges.
#include "snapshotfixture.h"

#include "sync/syncstate.h"

#include <QFile>
#include <QtTest>

using namespace shoulou;

class TstSnapshotBootstrap final : public QObject {
    Q_OBJECT

    std::unique_ptr<test::ServedHub> m_served;
    std::unique_ptr<test::TestOffice> m_first;

    void setUpOffice()
    {
        m_served = std::make_unique<test::ServedHub>();
        m_first = std::make_unique<test::TestOffice>();
        QVERIFY(m_served->enrollFirstDesk(*m_first));
        QVERIFY(m_served->syncOnce(m_first->applier()).ok());
        test::addCustomers(*m_first, 30);
        sync();
    }
    void sync()
    {
        auto r = m_served->syncOnce(m_first->applier());
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    }
    // A new, empty office file enrolled at the hub (the same test key as every TestOffice).
    std::unique_ptr<test::TestOffice> newDesk()
    {
        auto desk = std::make_unique<test::TestOffice>(true);
        auto enrolled = m_served->enroll(desk->path(), "wang", "wang-secret-1", &desk->key(), desk->clock());
        [&] { QVERIFY2(enrolled.ok(), enrolled.ok() ? "" : qPrintable(enrolled.error().message)); }();
        desk->reopen();
        desk->applier().setUserId(sync::SyncState::load(desk->db()).userId);
        return desk;
    }
    qint64 head() { return test::officeOf(*m_served).nextHubSeq - 1; }

    static void verifyFragments(storage::Database &db)
    {
        // Every phone is found through the fragment index, and the index holds nothing else.
        auto &st = db.prepare("SELECT rowid, digits FROM customer_phone");
        QList<std::pair<qint64, QString>> phones;
        while (st.step())
            phones << std::pair{st.int64(0), st.text(1)};
        st.reset();
        QVERIFY(!phones.isEmpty());
        for (const auto &[rowid, digits] : std::as_const(phones)) {
            auto &q = db.prepare("SELECT count(*) FROM phone_fragment WHERE phone_fragment MATCH ?1 AND rowid = ?2");
            q.bind(1, QStringLiteral("\"%1\"").arg(digits.right(8))).bind(2, rowid);
            QVERIFY(q.step());
            QCOMPARE(q.int64(0), qint64(1));
            q.reset();
        }
        QCOMPARE(db.meta("phone_fragment_rowid").toLongLong(), db.queryInt("SELECT max(rowid) FROM customer_phone"));
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

    void aNewDeskStartsFromTheSnapshot()
    {
        setUpOffice();
        auto snap = test::snapshotNow(*m_served);
        QVERIFY2(snap.ok(), snap.ok() ? "" : qPrintable(snap.error().message));
        test::addCustomers(*m_first, 5, 1); // after the snapshot: these come from the log
        sync();

        auto desk = newDesk();
        auto r = m_served->syncOnce(desk->applier());
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        // Only the ops after the snapshot came through the log.
        QCOMPARE(r->pulled, head() - snap->hubSeq);
        QCOMPARE(sync::SyncState::load(desk->db()).cursor, head());
        QCOMPARE(test::domainState(desk->db()), test::domainState(m_first->db()));
        verifyFragments(desk->db());
        QVERIFY(!QFile::exists(desk->path() + ".snapshot"));
        // It works on as any desk: its change reaches the first one.
        test::addCustomers(*desk, 2, 2);
        auto again = m_served->syncOnce(desk->applier());
        QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().message));
        QCOMPARE(again->pending, qint64(0));
        sync();
        QCOMPARE(test::domainState(desk->db()), test::domainState(m_first->db()));
    }

    void aSnapshotReplacedDuringTheDownloadIsFetchedAgain()
    {
        setUpOffice();
        QVERIFY(test::snapshotNow(*m_served).ok());
        auto desk = newDesk();
        // At the first chunk the hub makes a newer snapshot (the one being fetched is deleted).
        struct Replacing final : sync::Transport {
            sync::WebSocketTransport link;
            std::function<void()> before;
            int chunks = 0;
            Replacing(const QUrl &url, const QString &fp)
                : link(url, fp)
            {}
            Result<QJsonObject> call(const QJsonObject &frame) override
            {
                if (frame.value("t").toString() == QLatin1String("snapshot_chunk") && chunks++ == 0)
                    before();
                return link.call(frame);
            }
        } transport(QUrl(m_served->url() + "/v1"), m_served->fingerprint());
        transport.before = [&] {
            test::addCustomers(*m_first, 2, 8);
            sync();
            QVERIFY(test::snapshotNow(*m_served).ok());
        };
        sync::SyncEngine engine(desk->applier(), transport);
        auto r = engine.syncOnce();
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QVERIFY(transport.chunks >= 2);
        QCOMPARE(r->pulled, qint64(0)); // everything came with the newer snapshot
        QCOMPARE(test::domainState(desk->db()), test::domainState(m_first->db()));
        verifyFragments(desk->db());
    }

    void aSnapshotThatFailsItsChecksumIsNotUsed()
    {
        setUpOffice();
        auto snap = test::snapshotNow(*m_served);
        QVERIFY(snap.ok());
        {
            QFile f(snap->path); // damaged on the hub's disk after its checksum was written
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(snap->bytes / 2);
            const char c = f.peek(1).at(0);
            f.write(QByteArray(1, char(c ^ 0x5a)));
        }
        auto desk = newDesk();
        auto r = m_served->syncOnce(desk->applier());
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->pulled, head()); // the whole log instead
        QCOMPARE(test::domainState(desk->db()), test::domainState(m_first->db()));
        QVERIFY(!QFile::exists(desk->path() + ".snapshot"));
    }

    void theLogSlimmedBetweenHelloAndPullStillEndsInAReset()
    {
        setUpOffice();
        auto behind = newDesk();
        QVERIFY(m_served->syncOnce(behind->applier()).ok());
        test::addCustomers(*m_first, 10, 10);
        sync();
        QVERIFY(test::snapshotNow(*m_served, 0).ok()); // no retention yet
        // Retention runs right after the desk's hello said "ok".
        struct Pruning final : sync::Transport {
            sync::WebSocketTransport link;
            std::function<void()> beforePull;
            Pruning(const QUrl &url, const QString &fp)
                : link(url, fp)
            {}
            Result<QJsonObject> call(const QJsonObject &frame) override
            {
                if (frame.value("t").toString() == QLatin1String("pull") && beforePull)
                    std::exchange(beforePull, {})();
                return link.call(frame);
            }
        } transport(QUrl(m_served->url() + "/v1"), m_served->fingerprint());
        transport.beforePull = [&] {
            auto pruned = hub::SnapshotScheduler::applyRetention(m_served->hub.store(), test::officeOf(*m_served),
                                                                 m_served->hub.dataDir().snapshotDir(),
                                                                 m_served->hub.clock().nowMs() + 91LL * 24 * 3600 * 1000, 90);
            QVERIFY(pruned.ok() && *pruned > 0);
        };
        sync::SyncEngine engine(behind->applier(), transport);
        auto r = engine.syncOnce();
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QVERIFY(r->rebootstrapped);
        QCOMPARE(test::domainState(behind->db()), test::domainState(m_first->db()));
        verifyFragments(behind->db());
    }

    void withoutASnapshotTheLogIsPulled()
    {
        setUpOffice();
        auto desk = newDesk();
        auto r = m_served->syncOnce(desk->applier());
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(test::domainState(desk->db()), test::domainState(m_first->db()));
        verifyFragments(desk->db());
    }

    void aDeskBehindTheRetentionWindowResetsFromTheSnapshot()
    {
        setUpOffice();
        auto behind = newDesk();
        QVERIFY(m_served->syncOnce(behind->applier()).ok());
        test::addCustomers(*behind, 2, 3); // its own work, pushed before it fell behind
        QVERIFY(m_served->syncOnce(behind->applier()).ok());
        const qint64 oldCursor = sync::SyncState::load(behind->db()).cursor;
        test::addCustomers(*m_first, 20, 4);
        sync();
        auto snap = test::snapshotNow(*m_served);
        QVERIFY(snap.ok());
        const hub::OfficeRecord office = test::officeOf(*m_served);
        auto pruned = hub::SnapshotScheduler::applyRetention(m_served->hub.store(), office, m_served->hub.dataDir().snapshotDir(),
                                                             m_served->hub.clock().nowMs() + 91LL * 24 * 3600 * 1000, 90);
        QVERIFY(pruned.ok());
        QCOMPARE(*pruned, snap->hubSeq);
        QVERIFY(oldCursor < *pruned);

        // Offline work on the desk that is behind, then it syncs: reset from the snapshot, its
        // own offline ops done again on top and pushed.
        test::addCustomers(*behind, 3, 5);
        auto r = m_served->syncOnce(behind->applier());
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QVERIFY(r->rebootstrapped);
        QCOMPARE(r->pending, qint64(0));
        QVERIFY(r->pulled < head() - oldCursor); // not the whole log since its cursor
        sync();
        QVERIFY(m_served->syncOnce(behind->applier()).ok());
        QCOMPARE(test::domainState(behind->db()), test::domainState(m_first->db()));
        // Its offline leads (three, the third a known phone: two customers) are everywhere.
        QCOMPARE(behind->db().queryInt("SELECT count(*) FROM customer WHERE name LIKE '客户5-%'"), qint64(2));
        QCOMPARE(m_first->db().queryInt("SELECT count(*) FROM customer WHERE name LIKE '客户5-%'"), qint64(2));
        QCOMPARE(behind->db().queryInt("SELECT count(*) FROM outbox WHERE state <> 'acked'"), qint64(0));
        verifyFragments(behind->db());
    }
};

QTEST_GUILESS_MAIN(TstSnapshotBootstrap)
#include "tst_snapshotbootstrap.moc"
