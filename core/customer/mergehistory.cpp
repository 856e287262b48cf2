#include "mergehistory.h"

#include "identity/phonenumber.h"
#include "storage/database.h"

namespace shoulou::customer {

qint64 MergeHistory::count()
{
    return m_db.queryInt("SELECT count(*) FROM merge_event");
}

QList<MergeRecord> MergeHistory::recent(int limit)
{
    // The id breaks ties between merges of one mutation (same time): UUIDv7 ids grow.
    auto &st = m_db.prepare("SELECT e.id, e.survivor_id, s.name, e.merged_id, m.name, e.reason, e.merged_at, "
                            "coalesce(e.unmerged_at, 0) FROM merge_event e "
                            "JOIN customer s ON s.id = e.survivor_id JOIN customer m ON m.id = e.merged_id "
                            "ORDER BY e.merged_at DESC, e.id DESC LIMIT ?1");
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
        out.append(r);
    }
    st.reset();
    for (auto &r : out) {
        r.survivorPhone = ownPhone(r.survivorId);
        r.mergedPhone = ownPhone(r.mergedId);
    }
    return out;
}

QString MergeHistory::ownPhone(const QString &customerId)
{
    auto &st = m_db.prepare("SELECT e164, extension, kind FROM customer_phone WHERE customer_id = ?1 "
                            "ORDER BY created_at, rowid LIMIT 1");
    st.bind(1, customerId);
    QString masked;
    if (st.step())
        masked = identity::PhoneNumber::fromStored(st.text(0), st.text(1), st.text(2)).masked();
    st.reset();
    return masked;
}

} // namespace shoulou::customer
