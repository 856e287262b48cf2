#include "poolclaim.h"

#include <QCoreApplication>

namespace shoulou::dispatch {

PoolClaim PoolClaim::check(const QString &consultant, int holding, int claimedToday, const settings::RuleSettings &s)
{
    if (holding >= s.maxHolding)
        return {false, QCoreApplication::translate("Dispatch", "%1 holds %2 customers, the most allowed (pool.max_holding %3)")
                           .arg(consultant)
                           .arg(holding)
                           .arg(s.maxHolding)};
    if (claimedToday >= s.dailyClaims)
        return {false, QCoreApplication::translate("Dispatch", "%1 has claimed %2 customers from the pool today, the most allowed "
                                                               "(pool.daily_claims %3)")
                           .arg(consultant)
                           .arg(claimedToday)
                           .arg(s.dailyClaims)};
    return {true, QCoreApplication::translate("Dispatch", "%1 may claim: holds %2 of %3, claimed %4 of %5 today")
                      .arg(consultant)
                      .arg(holding)
                      .arg(s.maxHolding)
                      .arg(claimedToday)
                      .arg(s.dailyClaims)};
}

} // namespace shoulou::dispatch
