#pragma once

#include "util/result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace shoulou::mutation {
class Applier;
}
namespace shoulou::storage {
class Database;
}

namespace shoulou::sync {

class Rebaser;

// Setting a workstation up again from the hub after the hub answered hello with
// reset_required (SYNC.md §2.11: restored from an older backup — a new epoch — or a cursor
// ahead of the hub's log). Nothing of this desk's own work is lost:
//  1. start(): in one transaction, every office table is emptied (the office is the hub's log
//     applied from nothing), the own ops the hub still holds (client_seq ≤ its last ack of
//     ours) keep their state, the later ones become pending again without effect, the cursor goes
//     to 0 and the new epoch is taken; meta sync.rebuild_mark holds the hub's ack mark.
//  2. the ordinary pull brings the whole log (own ops the hub holds are re-executed at their
//     place — Rebaser::integrate does so while the mark is set).
//  3. finish(): the own ops after the mark are done again on top (keeping their undo) and the
//     mark is cleared; the next push sends them with their own client_seq and op_id, so the
//     hub takes them as what they are: new to it.
// A crash at any point resumes from the mark at the next sync.
class Rebootstrap final {
public:
    static Result<void> start(mutation::Applier &applier, qint64 hubAckedClientSeq, const QString &hubEpoch);
    static std::optional<qint64> mark(mutation::Applier &applier);
    // Returns how many own ops were done again.
    static Result<int> finish(mutation::Applier &applier, Rebaser &rebaser);
    // The same mark for a long pull (a week offline: 50 pages over 5 000 own ops): own ops not
    // yet confirmed are taken out once before the pages instead of undone and redone around
    // each, and finish() does them again after the last page. Nothing when none is unconfirmed
    // or a mark is set already. Crash-safe like the reset: the mark is in the same transaction.
    static Result<void> setAside(mutation::Applier &applier, Rebaser &rebaser);
    // Every table whose rows the office's log makes (all but this workstation's own
    // bookkeeping and the derived phone fragment index).
    static Result<QStringList> officeTables(storage::Database &db);
};

} // namespace shoulou::sync
