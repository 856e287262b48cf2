#pragma once

#include "dispatch/customerhold.h"
#include "settings/rulesettings.h"

#include <QString>

namespace shoulou::dispatch {

// How long a consultant keeps a customer for themselves (保护期):
//  - contract: a signed customer stays with the consultant, no end;
//  - deal: a subscribed customer, protection.deal_days from the subscription;
//  - visit: a visitor, protection.visit_days from the last visit;
//  - assignment: a customer who has not visited yet, protection.visit_days from when the
//    consultant got them.
struct Protection final {
    enum class Kind { None, Assignment, Visit, Deal, Contract };
    Kind kind = Kind::None;
    qint64 untilMs = 0; // the first moment no longer protected (unused for None and Contract)
    bool expired = true;
    QString trace; // translated

    static Protection of(const CustomerHold &hold, const settings::RuleSettings &settings, qint64 nowMs);
};

} // namespace shoulou::dispatch
