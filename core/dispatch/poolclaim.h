#pragma once

#include "settings/rulesettings.h"

#include <QString>

namespace shoulou::dispatch {

// May a consultant claim a customer from the public pool (公海) now: not beyond the customers
// they may hold (pool.max_holding) nor the claims they may make in a day (pool.daily_claims).
struct PoolClaim final {
    bool allowed = false;
    QString trace; // translated: why, naming the cap

    // `holding`: customers the consultant holds now; `claimedToday`: pool claims today.
    static PoolClaim check(const QString &consultant, int holding, int claimedToday, const settings::RuleSettings &settings);
};

} // namespace shoulou::dispatch
