#include "todaylist.h"

#include "customer/listrowreader.h"
#include "storage/database.h"
#include "storage/readerror.h"

namespace shoulou::customer {

TodayList::TodayList(storage::Database &db)
    : m_db(db)
    , m_statements(db.handle())
{}

// Today's two lists: live customers matching `where` (?1 = a time), of `ownerId` unless it is
// empty (the whole office), in `order`.
Result<QList<ListRow>> TodayList::ownedRows(const QByteArray &where, const QByteArray &order, qint64 at, const QString &ownerId, int limit,
                                            std::optional<qint64> from)
{
    const QByteArray sql = QByteArray(kListRowSelect) + "WHERE c.merged_into IS NULL AND " + where +
                           (ownerId.isEmpty() ? "" : " AND c.owner_id = ?2") + " ORDER BY " + order + " LIMIT ?3";
    auto &st = m_statements.get(sql);
    st.bind(1, at);
    if (!ownerId.isEmpty())
        st.bind(2, ownerId);
    st.bind(3, qint64(limit));
    if (from)
        st.bind(4, *from);
    return readListRows(st, sql);
}

Result<QList<ListRow>> TodayList::dueFollowUps(const QString &ownerId, qint64 beforeMs, int limit)
{
    // Through customer_owner (owner_id, next_follow_up_at) or customer_list_next: a range scan.
    return ownedRows("c.next_follow_up_at < ?1", "c.next_follow_up_at, c.id", beforeMs, ownerId, limit);
}

Result<QList<ListRow>> TodayList::dueBetween(const QString &ownerId, qint64 fromMs, qint64 beforeMs, int limit, bool latestFirst)
{
    return ownedRows("c.next_follow_up_at < ?1 AND c.next_follow_up_at >= ?4",
                     latestFirst ? "c.next_follow_up_at DESC, c.id DESC" : "c.next_follow_up_at, c.id", beforeMs, ownerId, limit, fromMs);
}

Result<QList<ListRow>> TodayList::recentlyAssigned(const QString &ownerId, qint64 sinceMs, int limit)
{
    return ownedRows("c.owner_id IS NOT NULL AND c.owner_since >= ?1", "c.owner_since DESC, c.id DESC", sinceMs, ownerId, limit);
}

Result<qint64> TodayList::countDue(const QString &ownerId, qint64 beforeMs)
{
    const char *sql = ownerId.isEmpty() ? "SELECT count(*) FROM customer WHERE merged_into IS NULL AND next_follow_up_at < ?1"
                                        : "SELECT count(*) FROM customer WHERE merged_into IS NULL AND owner_id = ?2 "
                                          "AND next_follow_up_at < ?1";
    auto &st = m_db.prepare(sql);
    st.bind(1, beforeMs);
    if (!ownerId.isEmpty())
        st.bind(2, ownerId);
    return storage::readInt64(st, sql);
}

} // namespace shoulou::customer
