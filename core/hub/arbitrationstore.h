#pragma once

#include "hub/arbitration.h"
#include "util/result.h"

#include <QList>

#include <optional>

namespace shoulou::hub {

// hub_arbitration: the contested keys of every office. Used inside the office's write
// transaction (the lock that orders the office), so a read-decide-write is one step.
class ArbitrationStore {
public:
    virtual ~ArbitrationStore() = default;
    virtual Result<std::optional<ArbitrationRecord>> find(const QString &officeId, const QString &key) = 0;
    virtual Result<void> put(const ArbitrationRecord &record) = 0;
    // Open keys of the office whose deadline has passed at `nowMs` (the sweeper's work).
    virtual Result<QList<ArbitrationRecord>> overdue(const QString &officeId, qint64 nowMs) = 0;
    // The clock deadlines are measured on. PostgreSQL: the database's (every hub process agrees
    // on it); SQLite: none, the one hub process's own clock is used.
    virtual Result<std::optional<qint64>> databaseNowMs() { return std::optional<qint64>(); }
};

} // namespace shoulou::hub
