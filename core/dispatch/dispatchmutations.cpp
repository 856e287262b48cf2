// The mutations of dispatch (issue #12): calendar.load@1 stores a holiday calendar file per
// year for the office or one project (CalendarLoad has validated the whole file); roster.set@1
// checks a consultant in, out, to a visitor or a break.
#include "dispatch/calendarload.h"
#include "dispatch/modeset.h"
#include "dispatch/rosterset.h"
#include "mutation/actinguser.h"
#include "mutation/args.h"
#include "mutation/context.h"
#include "mutation/handlers.h"
#include "mutation/registry.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace shoulou::dispatch {

namespace {

Result<CalendarLoad::Outcome> loadCalendar(mutation::Context &ctx, const CalendarLoad &l)
{
    auto &db = ctx.db();
    if (!l.projectId.isEmpty() && db.queryText("SELECT id FROM project WHERE id = ?1", l.projectId).isEmpty())
        return mutation::fieldError(mutation::mutationLabel(CalendarLoad::kName, CalendarLoad::kVersion), QStringLiteral("project_id"),
                                    QCoreApplication::translate("CalendarStore", "is not a project of this office"));
    const QString user = mutation::actingUserId(ctx);
    auto &st = db.prepare("INSERT INTO holiday_calendar(scope, year, days, source, loaded_at, loaded_by, op_id) "
                          "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT(scope, year) DO UPDATE SET days = excluded.days, "
                          "source = excluded.source, loaded_at = excluded.loaded_at, loaded_by = excluded.loaded_by, "
                          "op_id = excluded.op_id");
    CalendarLoad::Outcome out{l.projectId, l.calendar.years, 0};
    for (int y : l.calendar.years) {
        const CalendarFile year = l.calendar.year(y);
        st.bind(1, l.projectId)
            .bind(2, y)
            .bind(3, QString::fromUtf8(QJsonDocument(year.toJson()).toJson(QJsonDocument::Compact)))
            .bind(4, l.calendar.source)
            .bind(5, ctx.nowMs())
            .bindOptional(6, user.isEmpty() ? ctx.userId() : user)
            .bind(7, ctx.opId());
        if (!st.exec())
            return makeError(QStringLiteral("storage.sql"), st.lastError());
        out.days += int(year.days.size());
    }
    return out;
}

// The roster: one row per user, the state and since when (an unchanged state keeps its since).
Result<RosterSet::Outcome> setRoster(mutation::Context &ctx, const RosterSet &r)
{
    auto &db = ctx.db();
    const QString label = mutation::mutationLabel(RosterSet::kName, RosterSet::kVersion);
    const QString role = db.queryText("SELECT role FROM app_user WHERE id = ?1 AND active = 1", r.userId);
    if (role != QLatin1String("consultant") && role != QLatin1String("manager"))
        return mutation::fieldError(label, QStringLiteral("user_id"),
                                    QCoreApplication::translate("Roster", "is not an active consultant or site manager of this office"));
    const QString code = toCode(r.state);
    if (db.queryText("SELECT state FROM roster_state WHERE user_id = ?1", r.userId) == code)
        return RosterSet::Outcome{r.userId, code, db.queryInt("SELECT since FROM roster_state WHERE user_id = ?1", r.userId), false};
    auto &st = db.prepare("INSERT INTO roster_state(user_id, state, since, op_id) VALUES(?1, ?2, ?3, ?4) "
                          "ON CONFLICT(user_id) DO UPDATE SET state = excluded.state, since = excluded.since, op_id = excluded.op_id");
    st.bind(1, r.userId).bind(2, code).bind(3, ctx.nowMs()).bind(4, ctx.opId());
    if (!st.exec())
        return makeError(QStringLiteral("storage.sql"), st.lastError());
    return RosterSet::Outcome{r.userId, code, ctx.nowMs(), true};
}

// A hand-set mode from now until `until`, or ("calendar") the end, now, of every override of the
// scope still in force or to come.
Result<ModeSet::Outcome> setMode(mutation::Context &ctx, const ModeSet &m)
{
    auto &db = ctx.db();
    const QString label = mutation::mutationLabel(ModeSet::kName, ModeSet::kVersion);
    if (!m.projectId.isEmpty() && db.queryText("SELECT id FROM project WHERE id = ?1", m.projectId).isEmpty())
        return mutation::fieldError(label, QStringLiteral("project_id"),
                                    QCoreApplication::translate("CalendarStore", "is not a project of this office"));
    const qint64 now = ctx.nowMs();
    if (m.mode == QLatin1String("calendar")) {
        auto &count = db.prepare("SELECT count(*) FROM mode_override WHERE scope = ?1 AND until_ms > ?2");
        count.bind(1, m.projectId).bind(2, now);
        const int ended = count.step() ? int(count.int64(0)) : 0;
        count.reset();
        auto &st = db.prepare("UPDATE mode_override SET until_ms = max(from_ms, ?2) WHERE scope = ?1 AND until_ms > ?2");
        st.bind(1, m.projectId).bind(2, now);
        if (!st.exec())
            return makeError(QStringLiteral("storage.sql"), st.lastError());
        return ModeSet::Outcome{m.projectId, m.mode, now, now, ended};
    }
    if (m.untilMs <= now)
        return mutation::fieldError(label, QStringLiteral("until"), QCoreApplication::translate("DispatchMode", "must be later than now"));
    const QString user = mutation::actingUserId(ctx);
    auto &st = db.prepare(
        "INSERT INTO mode_override(id, scope, mode, from_ms, until_ms, set_by, op_id) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    st.bind(1, ctx.newId())
        .bind(2, m.projectId)
        .bind(3, m.mode)
        .bind(4, now)
        .bind(5, m.untilMs)
        .bindOptional(6, user.isEmpty() ? ctx.userId() : user)
        .bind(7, ctx.opId());
    if (!st.exec())
        return makeError(QStringLiteral("storage.sql"), st.lastError());
    return ModeSet::Outcome{m.projectId, m.mode, now, m.untilMs, 0};
}

} // namespace

void registerDispatchMutations(mutation::Registry &registry)
{
    registry.add<CalendarLoad>(CalendarLoad::kVersion, loadCalendar);
    registry.add<RosterSet>(RosterSet::kVersion, setRoster);
    registry.add<ModeSet>(ModeSet::kVersion, setMode);
}

} // namespace shoulou::dispatch
