#include "calendarstore.h"

#include "storage/database.h"
#include "storage/readerror.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace shoulou::dispatch {

Result<HolidayCalendar> CalendarStore::load(storage::Database &db, const QString &projectId)
{
    // Office rows ('') first, the project's after: a later overlay replaces the year.
    static const char *const kSql = "SELECT scope, year, days, loaded_at FROM holiday_calendar "
                                    "WHERE scope = '' OR scope = ?1 ORDER BY scope <> '', year";
    HolidayCalendar calendar = HolidayCalendar::builtIn();
    auto &st = db.prepare(kSql);
    st.bind(1, projectId);
    while (st.step()) {
        auto file = CalendarFile::fromJson(QJsonDocument::fromJson(st.text(2).toUtf8()).object());
        if (!file) {
            const QString year = st.text(1);
            st.reset();
            return makeError(QStringLiteral("calendar.stored"),
                             QCoreApplication::translate("CalendarStore", "The stored calendar for %1 cannot be read: %2")
                                 .arg(year, file.error().message));
        }
        const bool project = !st.text(0).isEmpty();
        calendar = calendar.overlaid(*file, project ? HolidayCalendar::Layer::Project : HolidayCalendar::Layer::Office, st.int64(3));
    }
    const auto error = storage::readError(st, kSql);
    st.reset();
    if (error)
        return *error;
    return calendar;
}

} // namespace shoulou::dispatch
