#pragma once

#include "mutation/changeset.h"
#include "util/result.h"

namespace shoulou::storage {
class Database;
}

namespace shoulou::mutation {

// Records which rows a connection writes, for the ChangeSet of each transaction. SQLite's
// update hook and preupdate hook do not fire for WITHOUT ROWID tables (most of ours), so
// this installs TEMP triggers — visible to this connection only — on every table of the
// office that log (table, id, op, customer) into a TEMP table. The log is part of the
// transaction: a rolled-back mutation (or savepoint) rolls its log entries back with it.
// Only the desk's writer installs it; the import and the demo write on connections of their
// own without it, so bulk work pays nothing (they publish ChangeSet::everything()).
class ChangeRecorder final {
public:
    explicit ChangeRecorder(storage::Database &db)
        : m_db(db)
    {}
    // Creates the log and the triggers (idempotent; run after migrations).
    Result<void> install();
    // The changes logged since the last take, and clears the log. Call inside the transaction,
    // just before COMMIT. More than `limit` rows: a coarse ChangeSet::everything().
    ChangeSet take(int limit = 20000);

private:
    storage::Database &m_db;
};

} // namespace shoulou::mutation
