#pragma once

#include "hub/arbitrationstore.h"

namespace shoulou::hub {

class PgConnection;

// hub_arbitration in PostgreSQL (pghubstore.cpp step 2). Deadlines are measured on the
// database's clock, which every hub process of a group shares.
class PgArbitrationStore final : public ArbitrationStore {
public:
    explicit PgArbitrationStore(PgConnection &pg)
        : m_pg(pg)
    {}
    Result<std::optional<ArbitrationRecord>> find(const QString &officeId, const QString &key) override;
    Result<void> put(const ArbitrationRecord &record) override;
    Result<QList<ArbitrationRecord>> overdue(const QString &officeId, qint64 nowMs) override;
    Result<std::optional<qint64>> databaseNowMs() override;

private:
    PgConnection &m_pg;
};

} // namespace shoulou::hub
