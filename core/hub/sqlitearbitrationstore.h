#pragma once

#include "hub/arbitrationstore.h"

namespace shoulou::storage {
class Database;
}

namespace shoulou::hub {

// hub_arbitration in hub.db (hubschema.cpp v2).
class SqliteArbitrationStore final : public ArbitrationStore {
public:
    explicit SqliteArbitrationStore(storage::Database &db)
        : m_db(db)
    {}
    Result<std::optional<ArbitrationRecord>> find(const QString &officeId, const QString &key) override;
    Result<void> put(const ArbitrationRecord &record) override;
    Result<QList<ArbitrationRecord>> overdue(const QString &officeId, qint64 nowMs) override;

private:
    storage::Database &m_db;
};

} // namespace shoulou::hub
