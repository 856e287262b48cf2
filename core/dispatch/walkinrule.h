#pragma once

#include "dispatch/decision.h"
#include "dispatch/snapshot.h"
#include "dispatch/walkin.h"

namespace shoulou {
class Clock;
}

namespace shoulou::dispatch {

// Who receives a walk-in (DESIGN.md §5): a protected customer goes to their own consultant when
// that consultant is on duty and free; otherwise the reception rotation (接待轮序) decides,
// skipping whoever is not on duty, receiving a visitor or on a break. A protected customer
// received by someone else for now stays their owner's, and the owner is told (ownerId). When
// nobody in the rotation is free, the site manager receives the visitor.
class WalkInRule final {
public:
    static Decision decide(const Snapshot &snapshot, const WalkIn &walkIn, const Clock &clock);
};

} // namespace shoulou::dispatch
