#pragma once

#include "mutation/changeset.h"
#include "sync/rebaser.h"
#include "sync/transport.h"
#include "util/clock.h"
#include "util/result.h"

#include <QStringList>

namespace shoulou::mutation {
class Applier;
}

namespace shoulou::sync {

struct SyncState;

// One workstation's side of sync (SYNC.md §2.10/§2.12): hello, push everything pending in
// client_seq order (≤ 100 per frame), pull pages to the hub's head and rebase them in. The
// outbox survives everything: an op is only ever marked acked or rejected from the hub's
// answer, a lost answer is simply asked again (the hub answers a duplicate with the stored
// ack), so kill -9 at any moment loses nothing and applies nothing twice.
class SyncEngine final {
public:
    // `clock` times the daily outbox compaction (tests pass their manual clock).
    SyncEngine(mutation::Applier &applier, Transport &transport, const Clock &clock = SystemClock::instance());

    // What `shoulou-cli sync --once` prints.
    struct Report {
        qint64 pushed = 0;
        qint64 pulled = 0;
        qint64 rejected = 0;
        qint64 pending = 0;
        qint64 hubSeq = 0;
        bool rebootstrapped = false; // the office was set up again from the hub (restored hub)
        QStringList reasons;         // why the hub refused what it refused (for stderr / the issues panel)
        // The rows the pulled pages wrote here, when the Applier records changes (the desk's
        // sync thread does, so the open views update just those rows); empty otherwise.
        mutation::ChangeSet changes;
    };
    // Push all, pull all. An error is a transport or hub failure (the outbox is intact);
    // refusals of single ops are in the report.
    Result<Report> syncOnce();

    static constexpr int kPushBatch = 100;
    static constexpr int kPullPage = 1000;
    // Ops asked for per pull page (kPullPage; the simulation uses tiny pages so that long pulls,
    // which set own ops aside, happen in every seed).
    void setPullPage(int ops) { m_pullPage = ops; }

private:
    Result<Report> round();
    // What hello's answer asks for: a reset, or the epoch of a first contact.
    Result<void> greeted(const QJsonObject &hello, const SyncState &state, Report &report);
    Result<void> push(Report &report);
    Result<void> pull(Report &report);
    Result<QJsonObject> call(QJsonObject frame);

    mutation::Applier &m_applier;
    Transport &m_transport;
    const Clock &m_clock;
    Rebaser m_rebaser;
    int m_nextId = 1;
    int m_pullPage = kPullPage;
    quint64 m_helloConnection = 0;
};

} // namespace shoulou::sync
