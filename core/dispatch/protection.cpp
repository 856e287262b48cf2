#include "protection.h"

#include "dispatch/tracetext.h"

#include <QCoreApplication>

namespace shoulou::dispatch {

namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000LL;

} // namespace

Protection Protection::of(const CustomerHold &hold, const settings::RuleSettings &settings, qint64 nowMs)
{
    using S = customer::CustomerStatus;
    Protection p;
    if (hold.ownerId.isEmpty() || hold.status == S::Pool) {
        p.trace = QCoreApplication::translate("Dispatch", "In the public pool: nobody's protection");
        return p;
    }
    if (hold.status == S::Contracted) {
        p.kind = Kind::Contract;
        p.expired = false;
        p.trace = QCoreApplication::translate("Dispatch", "Signed: the customer stays with %1").arg(hold.ownerName);
        return p;
    }
    QString basis;
    if (hold.status == S::Subscribed && hold.subscribedAtMs > 0) {
        p.kind = Kind::Deal;
        p.untilMs = hold.subscribedAtMs + settings.dealProtectionDays * kDayMs;
        basis = QCoreApplication::translate("Dispatch", "deal protection, %1 days from the subscription on %2")
                    .arg(settings.dealProtectionDays)
                    .arg(trace::date(hold.subscribedAtMs));
    } else if (hold.lastVisitMs > 0) {
        p.kind = Kind::Visit;
        p.untilMs = hold.lastVisitMs + settings.visitProtectionDays * kDayMs;
        basis = QCoreApplication::translate("Dispatch", "visit protection, %1 days from the last visit on %2")
                    .arg(settings.visitProtectionDays)
                    .arg(trace::date(hold.lastVisitMs));
    } else {
        p.kind = Kind::Assignment;
        p.untilMs = hold.ownerSinceMs + settings.visitProtectionDays * kDayMs;
        basis = QCoreApplication::translate("Dispatch", "%1 days from getting the customer on %2, no visit yet")
                    .arg(settings.visitProtectionDays)
                    .arg(trace::date(hold.ownerSinceMs));
    }
    p.expired = nowMs >= p.untilMs;
    p.trace = (p.expired ? QCoreApplication::translate("Dispatch", "%1's protection ended on %2 (%3)")
                         : QCoreApplication::translate("Dispatch", "Protected for %1 until %2 (%3)"))
                  .arg(hold.ownerName, trace::date(p.untilMs), basis);
    return p;
}

} // namespace shoulou::dispatch
