#include "rosterboard.h"

#include "storage/database.h"
#include "storage/readerror.h"

namespace shoulou::dispatch {

Result<QList<RosterEntry>> RosterBoard::load(storage::Database &db)
{
    static const char *sql = "SELECT u.id, u.login, u.display_name, u.role, coalesce(r.state, 'off'), coalesce(r.since, 0) "
                             "FROM app_user u LEFT JOIN roster_state r ON r.user_id = u.id "
                             "WHERE u.active = 1 AND (u.role = 'consultant' OR u.role = 'manager') ORDER BY u.login";
    auto &st = db.prepare(sql);
    QList<RosterEntry> out;
    while (st.step()) {
        RosterEntry e;
        e.userId = st.text(0);
        e.login = st.text(1);
        e.name = st.text(2);
        e.role = st.text(3);
        e.state = fromCode<ConsultantState>(st.text(4)).value_or(ConsultantState::Off);
        e.sinceMs = st.int64(5);
        out.append(e);
    }
    if (auto err = storage::readError(st, sql))
        return *err;
    st.reset();
    return out;
}

} // namespace shoulou::dispatch
