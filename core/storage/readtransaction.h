#pragma once

#include "util/result.h"

namespace shoulou::storage {

class Database;

// One consistent picture of the office for a long read (an export pages through the whole
// filter): a deferred transaction, so the snapshot is taken at the first read and kept until
// the end; it never takes the write lock and is ended (nothing to undo) when it goes.
class ReadTransaction final {
public:
    explicit ReadTransaction(Database &db);
    ~ReadTransaction();
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

    const Result<void> &started() const { return m_started; }

private:
    Database &m_db;
    Result<void> m_started;
};

} // namespace shoulou::storage
