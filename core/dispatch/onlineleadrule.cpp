#include "onlineleadrule.h"

#include "dispatch/grabpool.h"
#include "dispatch/idledispatch.h"

namespace shoulou::dispatch {

Decision OnlineLeadRule::decide(const Snapshot &snapshot, const LeadFacts &lead, const Clock &clock)
{
    Decision d = snapshot.mode.mode == DispatchMode::Grab ? GrabPool::offer(snapshot, lead, clock) : IdleDispatch::decide(snapshot, clock);
    d.trace.prepend(snapshot.mode.reason);
    return d;
}

} // namespace shoulou::dispatch
