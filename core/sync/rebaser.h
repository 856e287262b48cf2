#pragma once

#include "sync/syncop.h"
#include "util/result.h"

#include <QList>
#include <QString>

#include <functional>

namespace shoulou::mutation {
class Applier;
}
namespace shoulou::storage {
class Database;
}

namespace shoulou::sync {

// Brings the hub's order into this workstation's database, in one transaction:
//  - with no own op still unconfirmed, the pulled ops simply apply in hub order;
//  - otherwise the own ops not yet confirmed are taken back out, newest first (their undo
//    changesets), the pulled ops apply in hub order — own ones re-executed at their place —
//    and the own ops the hub has not ordered yet are done again on top, keeping new undos.
// So the database always equals "the hub's log up to the cursor, then my pending ops", the
// state every other replica reaches too. An op that fails at its place in the hub's order
// fails the same way everywhere: a no-op, and a sync issue if it was this workstation's.
// Own ops the hub refused (state 'rejected') are taken out and not done again.
class Rebaser final {
public:
    explicit Rebaser(mutation::Applier &applier);

    struct Outcome {
        int applied = 0;   // pulled ops of other workstations applied
        int confirmed = 0; // own ops confirmed at their place
        int failed = 0;    // pulled ops that failed at their place (no-ops everywhere)
        int redone = 0;    // own pending ops done again on top
    };
    // `ops`: the hub's ops after the cursor, in hub order; `cursor`: the page's end.
    Result<Outcome> integrate(const QList<SyncOp> &ops, qint64 cursor);
    // After a re-bootstrap's pull (Rebootstrap): own ops after `afterClientSeq` done again on
    // top, in order, keeping new undos (any still carrying one are taken out first); `also`
    // runs in the same transaction. Returns how many were done again.
    // Before many pages: the unconfirmed own ops taken out once (instead of once a page), in one
    // transaction with `also` (given the mark: the client_seq before the first of them); the
    // pages then apply without them and redoFrom(mark) does them again at the end. -1 when
    // nothing was unconfirmed.
    Result<qint64> setAsideTail(const std::function<Result<void>(storage::Database &, qint64 mark)> &also);
    Result<int> redoFrom(qint64 afterClientSeq, const std::function<Result<void>(storage::Database &)> &also);

private:
    Result<void> undoTail(const QList<qint64> &tail);
    Result<void> recordIssue(const SyncOp &op, const Error &error);
    // An own op of the outbox done again with its recorded context; its new undo is kept.
    Result<bool> redo(qint64 clientSeq);

    mutation::Applier &m_applier;
};

} // namespace shoulou::sync
