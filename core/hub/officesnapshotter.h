#pragma once

#include "hub/hubrecords.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace shoulou {
class Clock;
}

namespace shoulou::hub {

class HubKeys;
class HubStore;

// One consistent copy of an office at a hub_seq (SYNC.md §2.11): what a new desk or a desk
// behind the retention window starts from instead of the whole log.
struct OfficeSnapshot final {
    qint64 hubSeq = 0;
    qint64 bytes = 0;
    QByteArray sha256; // raw 32 bytes
    QString path;
};

// Builds snapshots of an office on the (SQLite) hub. The hub never runs domain handlers to
// order ops, but it may apply its own log like any replica: per office it keeps a working
// office database (DIR/<office_id>.db) that is the log applied in hub order through the real
// mutation::Registry (Applier::replayInBatch, one transaction per batch, failing ops no-ops
// exactly as on every desk), with the office key the hub holds sealed. A snapshot is a
// `VACUUM INTO` copy of that file at hub_seq N, stripped of everything a workstation keeps for
// itself (outbox, sync issues, meta, the phone fragment index) — DIR/<office_id>-<N>.snapshot.db
// and its SHA-256 in DIR/<office_id>-<N>.snapshot.sha256, written last (a snapshot without it
// is unfinished). Older snapshots of the office are deleted once the new one is complete.
class OfficeSnapshotter final {
public:
    OfficeSnapshotter(HubStore &store, const HubKeys &keys, const Clock &clock, QString dir);

    // Applies up to `maxOps` log entries after the working copy's cursor (0: all). Returns the
    // working copy's cursor afterwards. hub.no_office_key when the office has no key yet.
    Result<qint64> catchUp(const OfficeRecord &office, int maxOps = 0);
    // How far the working copy has applied the log (0: not started).
    qint64 builtThrough(const QString &officeId) const;
    // catchUp() to the head, then write().
    Result<OfficeSnapshot> snapshot(const OfficeRecord &office);
    // A snapshot of the working copy as far as it has applied the log, unless the latest is
    // that far already. Touches no HubStore, so it may run on another thread (serve does) while
    // nothing else uses this office's working copy.
    Result<OfficeSnapshot> write(const OfficeRecord &office) const;

    // The latest complete snapshot of an office in `dir`.
    static std::optional<OfficeSnapshot> latest(const QString &dir, const QString &officeId);

    static constexpr int kBatch = 1000;

private:
    QString workPath(const QString &officeId) const;
    Result<void> strip(const QString &path, const OfficeRecord &office, qint64 hubSeq) const;

    HubStore &m_store;
    const HubKeys &m_keys;
    const Clock &m_clock;
    QString m_dir;
};

} // namespace shoulou::hub
