#pragma once

#include "dispatch/decision.h"
#include "dispatch/leadfacts.h"
#include "dispatch/snapshot.h"

namespace shoulou {
class Clock;
}

namespace shoulou::dispatch {

// The grab pool (抢单池, weekends and public holidays): the lead is offered to every on-duty
// consultant whose desk is online and who is under the daily win cap (dispatch.grab_win_cap),
// for dispatch.grab_seconds, the phone masked until claimed; the first claim committed at the
// authority wins (not decided here). Unclaimed: another round, up to dispatch.grab_rounds,
// then idle dispatch, then the site manager.
class GrabPool final {
public:
    // Round `round` of the offer (1 for a new lead).
    static Decision offer(const Snapshot &snapshot, const LeadFacts &lead, const Clock &clock, int round = 1);
    // What follows when round `round` expired unclaimed.
    static Decision afterNoClaim(const Snapshot &snapshot, const LeadFacts &lead, const Clock &clock, int round);
};

} // namespace shoulou::dispatch
