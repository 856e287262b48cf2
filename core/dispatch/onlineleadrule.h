#pragma once

#include "dispatch/decision.h"
#include "dispatch/leadfacts.h"
#include "dispatch/snapshot.h"

namespace shoulou {
class Clock;
}

namespace shoulou::dispatch {

// A new online lead: idle dispatch or the grab pool, as today's mode says (the calendar, or a
// manager's override). The trace starts with why that mode.
class OnlineLeadRule final {
public:
    static Decision decide(const Snapshot &snapshot, const LeadFacts &lead, const Clock &clock);
};

} // namespace shoulou::dispatch
