#include "modeoverridestore.h"

#include "storage/database.h"
#include "storage/readerror.h"

namespace shoulou::dispatch {

Result<QList<ModeOverride>> ModeOverrideStore::load(storage::Database &db, qint64 nowMs)
{
    static const char *sql = "SELECT m.scope, m.mode, m.from_ms, m.until_ms, coalesce(u.display_name, m.set_by, '') FROM mode_override m "
                             "LEFT JOIN app_user u ON u.id = m.set_by WHERE m.until_ms > ?1 ORDER BY m.from_ms, m.id";
    auto &st = db.prepare(sql);
    st.bind(1, nowMs);
    QList<ModeOverride> out;
    while (st.step()) {
        ModeOverride o;
        o.projectId = st.text(0);
        o.mode = fromCode<DispatchMode>(st.text(1)).value_or(DispatchMode::Idle);
        o.fromMs = st.int64(2);
        o.untilMs = st.int64(3);
        o.setBy = st.text(4);
        out.append(o);
    }
    if (auto err = storage::readError(st, sql))
        return *err;
    st.reset();
    return out;
}

} // namespace shoulou::dispatch
