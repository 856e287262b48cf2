#include "mergehistory.h"

#include "identity/phonenumber.h"
#include "storage/database.h"
#include "storage/readerror.h"

namespace shoulou::customer {

namespace {

constexpr const char *kCountSql = "SELECT count(*) FROM merge_event";
// The id breaks ties between merges of one mutation (same time): UUIDv7 ids grow.
constexpr const char *kRecentSql = "SELECT e.id, e.survivor_id, s.name, e.merged_id, m.name, e.reason, e.merged_at, "
                                   "coalesce(e.unmerged_at, 0), coalesce(mu.display_name, e.merged_by, ''), "
                                   "coalesce(uu.display_name, e.unmerged_by, '') FROM merge_event e "
                                   "JOIN customer s ON s.id = e.survivor_id JOIN customer m ON m.id = e.merged_id "
                                   "LEFT JOIN app_user mu ON mu.id = e.merged_by LEFT JOIN app_user uu ON uu.id = e.unmerged_by "
                                   "ORDER BY e.merged_at DESC, e.id DESC LIMIT ?1";
constexpr const char *kOwnPhoneSql = "SELECT e164, extension, kind FROM customer_phone WHERE customer_id = ?1 "
                                     "ORDER BY created_at, rowid LIMIT 1";

// The merged record's own subtree: exactly what customer.unmerge detaches (Merger::unmerge).
constexpr const char *kMovesSql =
    "WITH RECURSIVE sub(id) AS (SELECT ?1 UNION SELECT c.id FROM customer c JOIN sub ON c.merged_into = sub.id) "
    "SELECT (SELECT count(*) FROM customer_phone WHERE customer_id IN sub), (SELECT count(*) FROM touch WHERE customer_id IN sub), "
    "(SELECT count(*) FROM follow_up WHERE customer_id IN sub)";

} // namespace

Result<void> MergeHistory::countMoves(MergeRecord &r)
{
    auto &st = m_db.prepare(kMovesSql);
    st.bind(1, r.mergedId);
    if (st.step()) {
        r.movedPhones = int(st.int64(0));
        r.movedTouches = int(st.int64(1));
        r.movedFollowUps = int(st.int64(2));
    }
    auto error = storage::readError(st, kMovesSql);
    st.reset();
    if (error)
        return *error;
    return {};
}

Result<qint64> MergeHistory::count()
{
    auto &st = m_db.prepare(kCountSql);
    return storage::readInt64(st, kCountSql);
}

Result<QList<MergeRecord>> MergeHistory::recent(int limit)
{
    auto &st = m_db.prepare(kRecentSql);
    st.bind(1, limit);
    QList<MergeRecord> out;
    while (st.step()) {
        MergeRecord r;
        r.id = st.text(0);
        r.survivorId = st.text(1);
        r.survivorName = st.text(2);
        r.mergedId = st.text(3);
        r.mergedName = st.text(4);
        r.reason = st.text(5);
        r.mergedAt = st.int64(6);
        r.unmergedAt = st.int64(7);
        r.mergedBy = st.text(8);
        r.unmergedBy = st.text(9);
        out.append(r);
    }
    auto error = storage::readError(st, kRecentSql);
    st.reset();
    if (error)
        return *error;
    for (auto &r : out) {
        auto survivor = ownPhone(r.survivorId);
        auto merged = survivor ? ownPhone(r.mergedId) : survivor;
        if (!merged)
            return merged.error();
        r.survivorPhone = *survivor;
        r.mergedPhone = *merged;
        if (!r.undone())
            if (auto moves = countMoves(r); !moves)
                return moves.error();
    }
    return out;
}

Result<QString> MergeHistory::ownPhone(const QString &customerId)
{
    auto &st = m_db.prepare(kOwnPhoneSql);
    st.bind(1, customerId);
    QString masked;
    if (st.step())
        masked = identity::PhoneNumber::fromStored(st.text(0), st.text(1), st.text(2)).masked();
    auto error = storage::readError(st, kOwnPhoneSql);
    st.reset();
    if (error)
        return *error;
    return masked;
}

} // namespace shoulou::customer
