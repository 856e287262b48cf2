#include "mergehistory.h"

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
    while (st.step())
        out.append({st.text(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5), st.int64(6), st.int64(7)});
    st.reset();
    return out;
}

} // namespace shoulou::customer
