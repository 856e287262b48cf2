#pragma once

#include "storage/statement.h"

#include <QByteArray>
#include <QHash>

#include <memory>

struct sqlite3;

namespace shoulou::storage {

// Prepared statements keyed by their SQL text, for queries assembled at run time (a filter's
// clauses). Database::prepare caches by the literal's address and cannot hold them.
class StatementCache final {
public:
    explicit StatementCache(sqlite3 *handle)
        : m_handle(handle)
    {}

    // As Database::prepare: a statement whose prepare failed is tried again, not kept failing.
    Statement &get(const QByteArray &sql)
    {
        auto &slot = m_statements[sql];
        if (!slot || !slot->isValid())
            slot = std::make_shared<Statement>(m_handle, sql.constData());
        return *slot;
    }
    int size() const { return int(m_statements.size()); }

private:
    sqlite3 *m_handle;
    QHash<QByteArray, std::shared_ptr<Statement>> m_statements;
};

} // namespace shoulou::storage
