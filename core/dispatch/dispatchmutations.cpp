// The mutations of dispatch (issue #12): calendar.load@1 stores a holiday calendar file per
// year for the office or one project (CalendarLoad has validated the whole file).
#include "dispatch/calendarload.h"
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
    const QString user = db.queryText("SELECT id FROM app_user WHERE id = ?1 OR login = ?1", ctx.userId());
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

} // namespace

void registerDispatchMutations(mutation::Registry &registry)
{
    registry.add<CalendarLoad>(CalendarLoad::kVersion, loadCalendar);
}

} // namespace shoulou::dispatch
