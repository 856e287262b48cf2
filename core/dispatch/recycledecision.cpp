#include "recycledecision.h"

#include "dispatch/protection.h"
#include "dispatch/tracetext.h"

#include <QCoreApplication>

namespace shoulou::dispatch {

namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000LL;

RecycleDecision recycled(RecycleReason reason, QStringList trace, const QString &why)
{
    trace << why;
    return {true, reason, trace};
}

} // namespace

RecycleDecision RecycleDecision::decide(const CustomerHold &hold, const settings::RuleSettings &s, qint64 now)
{
    using S = customer::CustomerStatus;
    const Protection protection = Protection::of(hold, s, now);
    QStringList trace{protection.trace};
    if (protection.kind == Protection::Kind::None)
        return {false, RecycleReason::None, trace};
    if (protection.kind == Protection::Kind::Contract)
        return {false, RecycleReason::None, trace};
    if (hold.status == S::Invalid)
        return recycled(RecycleReason::Invalid, trace, QCoreApplication::translate("Dispatch", "Marked invalid: back to the public pool"));
    if (!hold.ownerActive)
        return recycled(RecycleReason::Departed, trace,
                        QCoreApplication::translate("Dispatch", "%1 has left the office: back to the public pool for handing over")
                            .arg(hold.ownerName));
    if (protection.kind == Protection::Kind::Deal) {
        if (protection.expired)
            return recycled(RecycleReason::ProtectionExpired, trace,
                            QCoreApplication::translate("Dispatch", "Subscribed, but no contract before deal protection ended"));
        return {false, RecycleReason::None, trace};
    }
    const qint64 lastTouch = qMax(hold.lastFollowUpMs, hold.ownerSinceMs);
    const qint64 quiet = (now - lastTouch) / kDayMs;
    if (now - lastTouch > s.followUpOverdueDays * kDayMs)
        return recycled(RecycleReason::FollowUpOverdue, trace,
                        QCoreApplication::translate("Dispatch", "No follow-up for %1 days (limit %2): back to the public pool")
                            .arg(quiet)
                            .arg(s.followUpOverdueDays));
    trace << QCoreApplication::translate("Dispatch", "Last followed up %1 days ago (limit %2)").arg(quiet).arg(s.followUpOverdueDays);
    const qint64 held = (now - hold.ownerSinceMs) / kDayMs;
    if (now - hold.ownerSinceMs > s.noSubscriptionDays * kDayMs)
        return recycled(
            RecycleReason::NoSubscription, trace,
            QCoreApplication::translate("Dispatch", "No subscription %1 days after %2 got the customer (limit %3): back to the public pool")
                .arg(held)
                .arg(hold.ownerName)
                .arg(s.noSubscriptionDays));
    if (protection.expired)
        return recycled(RecycleReason::ProtectionExpired, trace,
                        QCoreApplication::translate("Dispatch", "Protection ended: back to the public pool"));
    return {false, RecycleReason::None, trace};
}

} // namespace shoulou::dispatch
