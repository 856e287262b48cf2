#pragma once

#include "util/result.h"

#include <QJsonObject>

#include <functional>

namespace shoulou::mutation {
class Applier;
}
namespace shoulou::storage {
class Database;
}

namespace shoulou::sync {

// Setting the office up from the hub's latest snapshot instead of its whole log (SYNC.md
// §2.11): for a new replica (cursor 0, no office yet) and for a re-bootstrap (Rebootstrap's
// mark set, cursor 0). The snapshot is downloaded in chunks to a file next to the database,
// its SHA-256 checked, then in one transaction every office table is emptied and refilled
// from it (ATTACH), the phone fragment index rebuilt and the cursor set to the snapshot's
// hub_seq; the ordinary pull goes on from there (and Rebootstrap::finish redoes own later ops).
// Whenever the snapshot cannot be used — the hub has none (a kiosk, a hub on PostgreSQL, an
// older hub), another schema version, a bad checksum, a snapshot replaced meanwhile — load()
// answers false and the log is pulled from 0 as before.
class SnapshotBootstrap final {
public:
    using Call = std::function<Result<QJsonObject>(QJsonObject)>;

    // True: a new replica (nothing of an office in it, no outbox) that may start from a snapshot.
    static bool isEmptyReplica(storage::Database &db);
    // True when the office now is the snapshot; an error only when the hub is unreachable or
    // the local database fails.
    static Result<bool> load(mutation::Applier &applier, const Call &call);

    static constexpr int kChunk = 512 * 1024;
};

} // namespace shoulou::sync
