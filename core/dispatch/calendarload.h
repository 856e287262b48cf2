#pragma once

#include "dispatch/calendarfile.h"
#include "util/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace shoulou::dispatch {

// calendar.load@1: a holiday calendar file for the whole office (no project) or one project;
// each year it lists replaces what the office (or project) had for that year. fromJson checks
// the whole file (CalendarFile::fromJson), so a file with one bad date stores nothing.
struct CalendarLoad final {
    static constexpr const char *kName = "calendar.load";
    static constexpr int kVersion = 1;

    QString projectId; // empty: the whole office
    CalendarFile calendar;

    QJsonObject toJson() const;
    static Result<CalendarLoad> fromJson(const QJsonObject &json, int version = kVersion);
    friend bool operator==(const CalendarLoad &, const CalendarLoad &) = default;

    struct Outcome {
        QString projectId;
        QList<int> years;
        int days = 0; // entries stored
        QJsonObject toJson() const;
        static Result<Outcome> fromJson(const QJsonObject &json);
        friend bool operator==(const Outcome &, const Outcome &) = default;
    };
};

} // namespace shoulou::dispatch
