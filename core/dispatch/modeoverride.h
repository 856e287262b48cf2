#pragma once

#include "dispatch/daykind.h"

#include <QString>

namespace shoulou::dispatch {

// A manager's hand-set mode for a day or a period (a launch day with everyone on site runs as
// a grab pool; a quiet holiday with two people on duty as idle dispatch). From `fromMs` up to,
// not including, `untilMs`; then the calendar decides again.
struct ModeOverride final {
    QString projectId; // empty: every project of the office
    DispatchMode mode = DispatchMode::Idle;
    qint64 fromMs = 0;
    qint64 untilMs = 0;
    QString setBy; // display name, for the trace
    bool activeAt(qint64 ms) const { return fromMs <= ms && ms < untilMs; }
    friend bool operator==(const ModeOverride &, const ModeOverride &) = default;
};

} // namespace shoulou::dispatch
