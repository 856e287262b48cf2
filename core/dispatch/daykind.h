#pragma once

#include "util/codetable.h"

namespace shoulou::dispatch {

// What kind of day a date is in China's calendar: an ordinary working day, a Saturday or
// Sunday, a public holiday, or a weekend day made a working day to pay for a holiday (调休).
enum class DayKind { Workday, Weekend, Holiday, SwappedWorkday };

// How online leads are handed out (DESIGN.md §5): idle dispatch on working days, the grab pool
// on weekends and holidays.
enum class DispatchMode { Idle, Grab };

} // namespace shoulou::dispatch

namespace shoulou {
template <>
struct CodeTable<dispatch::DayKind> {
    static constexpr const char *kContext = "DayKind";
    static constexpr CodeEntry<dispatch::DayKind> kEntries[] = {
        {dispatch::DayKind::Workday, "workday", QT_TRANSLATE_NOOP("DayKind", "Working day")},
        {dispatch::DayKind::Weekend, "weekend", QT_TRANSLATE_NOOP("DayKind", "Weekend")},
        {dispatch::DayKind::Holiday, "holiday", QT_TRANSLATE_NOOP("DayKind", "Public holiday")},
        {dispatch::DayKind::SwappedWorkday, "swapped_workday", QT_TRANSLATE_NOOP("DayKind", "Swapped working day")},
    };
};
template <>
struct CodeTable<dispatch::DispatchMode> {
    static constexpr const char *kContext = "DispatchMode";
    static constexpr CodeEntry<dispatch::DispatchMode> kEntries[] = {
        {dispatch::DispatchMode::Idle, "idle", QT_TRANSLATE_NOOP("DispatchMode", "Idle dispatch")},
        {dispatch::DispatchMode::Grab, "grab", QT_TRANSLATE_NOOP("DispatchMode", "Grab pool")},
    };
};
} // namespace shoulou
