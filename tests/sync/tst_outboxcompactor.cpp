// Outbox compaction (issue #11): an enrolled desk drops what the hub holds for good once the
// retention has passed, keeps everything still in play, and its write path goes on numbering
// client_seq after the rows are gone (the hub would take a reused number for a duplicate).
#include "testoffice.h"

#include "sync/outboxcompactor.h"
#include "sync/syncstate.h"

#include <QtTest>

using namespace shoulou;

namespace {

constexpr qint64 kDay = 86'400'000;

void enroll(storage::Database &db)
{
    sync::SyncState s;
    s.enrolled = true;
    s.token = QStringLiteral("t");
    QVERIFY(s.save(db).ok());
}

void addChannels(test::TestOffice &o, int n)
{
    static int made = 0; // channel names are unique in an office
    for (int i = 0; i < n; ++i)
        QVERIFY(o.applier().apply("channel.create", 1, {{"name", QStringLiteral("渠道%1").arg(++made)}, {"kind", "online"}}).ok());
}

} // namespace

class TstOutboxCompactor final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void dropsOnlyWhatTheHubHoldsForGood()
    {
        test::TestOffice o;
        enroll(o.db());
        addChannels(o, 6);
        const qint64 rows = o.count("SELECT count(*) FROM outbox");
        QVERIFY(rows >= 6);
        const qint64 last = o.count("SELECT max(client_seq) FROM outbox");
        // All confirmed but the last two: one still pending, one waiting for its place (undo).
        QVERIFY(o.db()
                    .execute(QStringLiteral("UPDATE outbox SET state = 'acked', hub_seq = client_seq WHERE client_seq <= %1").arg(last - 2))
                    .ok());
        QVERIFY(o.db().execute(QStringLiteral("UPDATE outbox SET state = 'sent', undo = x'00' WHERE client_seq = %1").arg(last - 1)).ok());
        QVERIFY(o.db().execute("UPDATE outbox SET state = 'rejected' WHERE client_seq = 1").ok());

        sync::OutboxCompactor compactor(o.db(), o.clock());
        // Within the retention nothing goes.
        QCOMPARE(compactor.compact().value(), qint64(0));
        QCOMPARE(o.count("SELECT count(*) FROM outbox"), rows);

        o.clock().advanceMs(31 * kDay);
        const qint64 dropped = compactor.compact().value();
        QCOMPARE(dropped, last - 2); // the confirmed and the refused ones
        QCOMPARE(o.count("SELECT count(*) FROM outbox WHERE state = 'sent' AND undo IS NOT NULL"), qint64(1));
        QCOMPARE(o.count("SELECT count(*) FROM outbox WHERE state = 'pending'"), qint64(1));
        QCOMPARE(o.count("SELECT max(client_seq) FROM outbox"), last);

        // The write path numbers on from the kept newest row, in a new process too.
        o.reopen();
        addChannels(o, 1);
        QCOMPARE(o.count("SELECT max(client_seq) FROM outbox"), last + 1);
    }

    void keepsTheNewestRowWhenAllIsConfirmed()
    {
        test::TestOffice o;
        enroll(o.db());
        addChannels(o, 3);
        const qint64 last = o.count("SELECT max(client_seq) FROM outbox");
        QVERIFY(o.db().execute("UPDATE outbox SET state = 'acked', hub_seq = client_seq").ok());
        o.clock().advanceMs(40 * kDay);
        QCOMPARE(sync::OutboxCompactor(o.db(), o.clock()).compact().value(), last - 1);
        o.reopen();
        addChannels(o, 1);
        QCOMPARE(o.count("SELECT max(client_seq) FROM outbox"), last + 1);
    }

    void aStandaloneOfficeKeepsItsHistory()
    {
        test::TestOffice o;
        addChannels(o, 3);
        QVERIFY(o.db().execute("UPDATE outbox SET state = 'acked'").ok());
        o.clock().advanceMs(400 * kDay);
        const qint64 rows = o.count("SELECT count(*) FROM outbox");
        QCOMPARE(sync::OutboxCompactor(o.db(), o.clock()).compact().value(), qint64(0));
        QCOMPARE(o.count("SELECT count(*) FROM outbox"), rows);
    }

    void theRetentionIsASettingAndRunsOnceADay()
    {
        test::TestOffice o;
        enroll(o.db());
        addChannels(o, 4);
        QVERIFY(o.db().execute("UPDATE outbox SET state = 'acked'").ok());
        QVERIFY(o.db().setMeta("sync.outbox_keep_days", "7").ok());
        sync::OutboxCompactor compactor(o.db(), o.clock());
        o.clock().advanceMs(6 * kDay);
        QCOMPARE(compactor.compactIfDue().value(), qint64(0)); // runs, finds nothing older than 7 days
        o.clock().advanceMs(2 * kDay);
        QVERIFY(compactor.compactIfDue().value() > 0);
        addChannels(o, 2);
        QVERIFY(o.db().execute("UPDATE outbox SET state = 'acked'").ok());
        o.clock().advanceMs(8 * kDay - 1000);
        // Not a day since the last run... but 8 days later it is due again.
        QCOMPARE(sync::OutboxCompactor(o.db(), o.clock()).compactIfDue().value() > 0, true);
    }
};

QTEST_GUILESS_MAIN(TstOutboxCompactor)
#include "tst_outboxcompactor.moc"
