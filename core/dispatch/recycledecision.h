#pragma once

#include "dispatch/customerhold.h"
#include "settings/rulesettings.h"
#include "util/codetable.h"

#include <QStringList>

namespace shoulou::dispatch {

// Why a customer goes back to the public pool (回收, DESIGN.md §5).
enum class RecycleReason { None, FollowUpOverdue, Invalid, Departed, NoSubscription, ProtectionExpired };

// Whether a held customer is recycled now, and why. Checked in this order, the first that
// applies decides: a signed customer is never recycled; an invalid one is; so is a departed
// consultant's (their book is handed over); a subscribed customer only when deal protection
// ends without a contract; otherwise no follow-up for pool.followup_overdue_days, no
// subscription within pool.no_subscription_days of getting the customer, or the end of visit
// protection.
struct RecycleDecision final {
    bool recycle = false;
    RecycleReason reason = RecycleReason::None;
    QStringList trace; // translated

    static RecycleDecision decide(const CustomerHold &hold, const settings::RuleSettings &settings, qint64 nowMs);
};

} // namespace shoulou::dispatch

namespace shoulou {
template <>
struct CodeTable<dispatch::RecycleReason> {
    static constexpr const char *kContext = "RecycleReason";
    static constexpr CodeEntry<dispatch::RecycleReason> kEntries[] = {
        {dispatch::RecycleReason::None, "none", QT_TRANSLATE_NOOP("RecycleReason", "Kept")},
        {dispatch::RecycleReason::FollowUpOverdue, "followup_overdue", QT_TRANSLATE_NOOP("RecycleReason", "Follow-up overdue")},
        {dispatch::RecycleReason::Invalid, "invalid", QT_TRANSLATE_NOOP("RecycleReason", "Invalid customer")},
        {dispatch::RecycleReason::Departed, "departed", QT_TRANSLATE_NOOP("RecycleReason", "Consultant left")},
        {dispatch::RecycleReason::NoSubscription, "no_subscription", QT_TRANSLATE_NOOP("RecycleReason", "No subscription in time")},
        {dispatch::RecycleReason::ProtectionExpired, "protection_expired", QT_TRANSLATE_NOOP("RecycleReason", "Protection ended")},
    };
};
} // namespace shoulou
