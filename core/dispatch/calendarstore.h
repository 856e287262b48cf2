#pragma once

#include "dispatch/holidaycalendar.h"
#include "util/result.h"

#include <QString>

namespace shoulou::storage {
class Database;
}

namespace shoulou::dispatch {

// The holiday calendar in force for a project: the built-in one, with the years loaded for the
// office (calendar.load@1 without a project) and then those loaded for the project on top.
class CalendarStore final {
public:
    // `projectId` empty: the office's calendar. A failed read is an error, never the built-in
    // calendar alone (that would silently drop a year a manager loaded).
    static Result<HolidayCalendar> load(storage::Database &db, const QString &projectId = {});
};

} // namespace shoulou::dispatch
