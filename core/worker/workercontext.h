#pragma once

namespace shoulou {
namespace storage {
class Database;
}
namespace security {
class OfficeKey;
}
namespace mutation {
class Applier;
}
} // namespace shoulou

namespace shoulou::worker {

// What a job on a reader thread gets: a read-only connection (SQLITE_OPEN_READONLY, so an
// INSERT or UPDATE through it fails) and the office key, and no Applier: a reader job cannot
// even name the write path (tst_readonlyworker checks both).
struct ReadContext final {
    storage::Database &db;
    const security::OfficeKey &key;
};

// What a job on the writer thread gets: its connection and the one write path. Domain writes
// go through `applier`; `db` is for the reads a write needs in the same transaction.
struct WriteContext final {
    storage::Database &db;
    mutation::Applier &applier;
    const security::OfficeKey &key;

    // The same connection seen as a reader, for read APIs a writer job uses in passing.
    ReadContext reads() const { return ReadContext{db, key}; }
};

} // namespace shoulou::worker
