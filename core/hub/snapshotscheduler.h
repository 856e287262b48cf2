#pragma once

#include "hub/officesnapshotter.h"
#include "util/result.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QThread;
class QTimer;

namespace shoulou::hub {

// `shoulou-hub serve`'s snapshots and retention (SQLite hub). Every minute it looks for an
// office with ≥ 10 000 ops since its latest snapshot, or new ops and no snapshot yet or one older
// than a day; that office's working copy then catches up to the head and the snapshot is
// written, and the log entries older than the retention window and covered by it are slimmed
// (HubStore::pruneLog). With `openReader` (serve) the catch-up runs on a thread of its own with
// its own connection to hub.db (WAL: it reads while the server writes), so pushes and pokes never
// wait for it; without, it catches up `opsPerStep` ops per turn of the event loop (a push waits
// for one turn at most) and only the write is on a thread.
class SnapshotScheduler final : public QObject {
    Q_OBJECT
public:
    struct Options {
        qint64 newOpsForSnapshot = 10000;
        qint64 maxAgeMs = 24LL * 3600 * 1000;
        int retentionDays = 90;
        int checkIntervalMs = 60 * 1000;
        int opsPerStep = 2000;
        // Opens another connection to the same store, for the thread that catches up.
        std::function<Result<std::unique_ptr<HubStore>>()> openReader;
    };

    SnapshotScheduler(HubStore &store, const HubKeys &keys, const Clock &clock, QString dir, Options options, QObject *parent = nullptr);
    ~SnapshotScheduler() override;

    void start();

    // A snapshot of `office` now (to the log's head) and the retention pass after it: what
    // `shoulou-hub snapshot` does.
    Result<OfficeSnapshot> snapshotNow(const OfficeRecord &office);
    // Slims the log entries the latest snapshot covers that are older than `retentionDays`.
    static Result<qint64> applyRetention(HubStore &store, const OfficeRecord &office, const QString &dir, qint64 nowMs, int retentionDays);

signals:
    void snapshotMade(const QString &officeId, qint64 hubSeq);

private:
    void step();
    bool due(const OfficeRecord &office) const;
    // The snapshot file written on a thread of its own (VACUUM INTO and the checksum take
    // seconds for a large office), then retention back on this thread, which owns the store.
    void writeInBackground(const OfficeRecord &office);
    // Catch-up and write both on a thread, over a connection of its own (Options::openReader).
    void buildInBackground(const OfficeRecord &office);
    void finished(const OfficeRecord &office, Result<OfficeSnapshot> made);

    HubStore &m_store;
    const HubKeys &m_keys;
    const Clock &m_clock;
    OfficeSnapshotter m_snapshotter;
    QString m_dir;
    Options m_options;
    QTimer *m_timer;
    QString m_working; // the office being caught up, between turns
    QThread *m_writer = nullptr;
};

} // namespace shoulou::hub
