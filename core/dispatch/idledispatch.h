#pragma once

#include "dispatch/decision.h"
#include "dispatch/snapshot.h"

namespace shoulou {
class Clock;
}

namespace shoulou::dispatch {

// Idle dispatch (DESIGN.md §5, working days): the lead goes to an idle consultant — on duty,
// free, under the daily cap (dispatch.daily_cap), with the last follow-up and the last lead
// longer ago than dispatch.idle_minutes. Ties: longest idle, then fewest leads today, then the
// consultant id (a stable order, so a replay decides the same).
class IdleDispatch final {
public:
    // What happens when nobody is idle: the lead waits for the next idle consultant and goes
    // to the manager after dispatch.queue_to_manager_minutes (a new lead), or straight to the
    // manager (the end of the grab pool's fallback chain).
    enum class WhenNobody { Queue, Manager };

    static Decision decide(const Snapshot &snapshot, const Clock &clock, WhenNobody whenNobody = WhenNobody::Queue);
};

} // namespace shoulou::dispatch
