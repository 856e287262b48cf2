#include "walkinrule.h"

#include "dispatch/tracetext.h"
#include "util/clock.h"

#include <QCoreApplication>

namespace shoulou::dispatch {

namespace {

// The owner's part of the decision: true when the owner receives the visitor.
bool toOwner(const Snapshot &snapshot, const WalkIn &w, qint64 now, Decision &d)
{
    if (w.ownerId.isEmpty()) {
        d.trace << (w.customerId.isEmpty() ? QCoreApplication::translate("Dispatch", "New visitor")
                                           : QCoreApplication::translate("Dispatch", "Returning visitor without a consultant"));
        return false;
    }
    const Consultant *owner = snapshot.find(w.ownerId);
    const QString name = owner ? owner->name : (w.ownerName.isEmpty() ? w.ownerId : w.ownerName);
    if (w.protectedUntilMs <= now) {
        d.trace << QCoreApplication::translate("Dispatch",
                                               "Returning visitor of %1, whose protection has ended: the reception rotation decides")
                       .arg(name);
        return false;
    }
    const QString until = trace::date(w.protectedUntilMs);
    if (owner && owner->onDuty && owner->state == ConsultantState::Available) {
        d.mode = DecisionMode::Owner;
        d.assignedTo = owner->id;
        d.trace << QCoreApplication::translate("Dispatch", "Protected customer of %1 (until %2): %1 is on duty and receives them")
                       .arg(name, until);
        return true;
    }
    d.ownerId = w.ownerId;
    d.trace << QCoreApplication::translate("Dispatch", "Protected customer of %1 (until %2)").arg(name, until);
    d.trace << (owner ? trace::unavailable(*owner) : QCoreApplication::translate("Dispatch", "%1: not on the roster today").arg(name));
    d.trace << QCoreApplication::translate("Dispatch",
                                           "The reception rotation picks who receives them for now; the customer stays %1's and %1 is told")
                   .arg(name);
    return false;
}

} // namespace

Decision WalkInRule::decide(const Snapshot &snapshot, const WalkIn &walkIn, const Clock &clock)
{
    Decision d;
    if (toOwner(snapshot, walkIn, clock.nowMs(), d))
        return d;
    const QStringList order = snapshot.rotationOrder();
    for (const QString &id : order) {
        const Consultant *c = snapshot.find(id);
        if (!c) {
            d.trace << QCoreApplication::translate("Dispatch", "%1: in the rotation but not on the roster").arg(id);
            continue;
        }
        if (const QString no = trace::unavailable(*c); !no.isEmpty()) {
            d.trace << no;
            continue;
        }
        d.mode = DecisionMode::Rotation;
        d.assignedTo = c->id;
        d.rotationAfter = order;
        d.rotationAfter.removeAll(c->id);
        d.rotationAfter << c->id;
        d.trace << QCoreApplication::translate("Dispatch", "%1 is next in the reception rotation and free: %1 receives the visitor")
                       .arg(c->name);
        return d;
    }
    d.mode = DecisionMode::Manager;
    d.assignedTo = snapshot.managerId;
    d.trace << QCoreApplication::translate("Dispatch", "Nobody in the reception rotation is free: %1 receives the visitor")
                   .arg(trace::manager(snapshot.managerName));
    return d;
}

} // namespace shoulou::dispatch
