#pragma once

#include "dispatch/daykind.h"
#include "dispatch/holiday.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace shoulou::dispatch {

// One date as the holiday calendar sees it.
struct CalendarDay final {
    QDate date;
    DayKind kind = DayKind::Workday;
    std::optional<Holiday> holiday; // a holiday's, or the holiday a swapped working day pays for
    bool known = false;             // the calendar has the year; if not, only weekdays count
    QString origin;                 // where the year's dates come from (translated), for traces

    // Idle dispatch on working days (swapped ones too), the grab pool on weekends and holidays.
    DispatchMode mode() const;
    // The holiday's official name ("春节"), or empty.
    QString name() const;
    // "2025-10-11, a Saturday, is a swapped working day (国庆节)" — translated, for traces.
    QString describe() const;
    // {"date", "kind", "mode", "name"|null}: `shoulou-cli calendar` prints this. A swapped
    // working day names the holiday it pays for.
    QJsonObject toJson() const;
};

} // namespace shoulou::dispatch
