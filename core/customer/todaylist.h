#pragma once

#include "customer/customerlist.h"
#include "storage/statementcache.h"
#include "util/result.h"

#include <optional>

namespace shoulou::customer {

// The desk's Today: follow-ups due (today's, then the overdue ones), how many in all, and the
// customers that became a consultant's recently. An empty ownerId means the whole office.
// Every list is a range scan of an owner/next-follow-up index, never a walk of the office.
class TodayList final {
public:
    explicit TodayList(storage::Database &db);

    // Follow-ups due before `beforeMs` (overdue first).
    Result<QList<ListRow>> dueFollowUps(const QString &ownerId, qint64 beforeMs, int limit);
    // Follow-ups due in [fromMs, beforeMs): today's (soonest first), or the overdue ones before
    // today (`latestFirst`: yesterday's before last month's).
    Result<QList<ListRow>> dueBetween(const QString &ownerId, qint64 fromMs, qint64 beforeMs, int limit, bool latestFirst);
    // Customers that became `ownerId`'s since `sinceMs`, newest first.
    Result<QList<ListRow>> recentlyAssigned(const QString &ownerId, qint64 sinceMs, int limit);
    // How many follow-ups are due before `beforeMs` in all (the lists above stop at `limit`).
    Result<qint64> countDue(const QString &ownerId, qint64 beforeMs);

    // Prepared statements kept (tests: the cache must not grow with the limit).
    int cachedStatements() const { return m_statements.size(); }

private:
    // Live customers matching `where` (?1 = at, ?4 = from when given), of `ownerId` if set.
    Result<QList<ListRow>> ownedRows(const QByteArray &where, const QByteArray &order, qint64 at, const QString &ownerId, int limit,
                                     std::optional<qint64> from = std::nullopt);

    storage::Database &m_db;
    storage::StatementCache m_statements;
};

} // namespace shoulou::customer
