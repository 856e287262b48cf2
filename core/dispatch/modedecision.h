#pragma once

#include "dispatch/calendarday.h"
#include "dispatch/holidaycalendar.h"
#include "dispatch/modeoverride.h"

#include <QList>
#include <QString>

#include <optional>

namespace shoulou::dispatch {

// Which dispatch mode is in force for a project at a moment, and why.
struct ModeDecision final {
    DispatchMode mode = DispatchMode::Idle;
    CalendarDay day;                        // the calendar's view of the office's date
    std::optional<ModeOverride> overridden; // the manager's setting that decided, if any
    QString reason;                         // translated, the first line of a dispatch trace

    // The mode at `atMs`: the project's own override if one is active, else an office-wide
    // one, else the calendar's mode for the office's date. Among overlapping overrides of one
    // scope the one set to start last wins (then the later in the list). Pure.
    static ModeDecision resolve(const HolidayCalendar &calendar, const QList<ModeOverride> &overrides, const QString &projectId,
                                qint64 atMs);
};

} // namespace shoulou::dispatch
