#include "idledispatch.h"

#include "dispatch/tracetext.h"
#include "util/clock.h"

#include <QCoreApplication>

#include <algorithm>

namespace shoulou::dispatch {

namespace {

// Why `winner` and not the runner-up: the first rule that told them apart.
QString why(const Consultant &winner, const Consultant *runnerUp)
{
    if (!runnerUp)
        return QCoreApplication::translate("Dispatch", "%1 gets the lead: the only idle consultant").arg(winner.name);
    if (winner.busySinceMs() != runnerUp->busySinceMs())
        return QCoreApplication::translate("Dispatch", "%1 gets the lead: idle the longest").arg(winner.name);
    if (winner.leadsToday != runnerUp->leadsToday)
        return QCoreApplication::translate("Dispatch", "%1 gets the lead: as long idle as %2, fewer leads today (%3 against %4)")
            .arg(winner.name, runnerUp->name)
            .arg(winner.leadsToday)
            .arg(runnerUp->leadsToday);
    return QCoreApplication::translate("Dispatch",
                                       "%1 gets the lead: as long idle as %2 with as many leads today; first in the stable order")
        .arg(winner.name, runnerUp->name);
}

} // namespace

Decision IdleDispatch::decide(const Snapshot &snapshot, const Clock &clock, WhenNobody whenNobody)
{
    const qint64 now = clock.nowMs();
    const auto &s = snapshot.settings;
    const qint64 threshold = qint64(s.idleMinutes) * 60'000;
    Decision d;
    d.mode = DecisionMode::Idle;
    QList<const Consultant *> idle;
    for (const Consultant &c : snapshot.roster) {
        if (const QString no = trace::unavailable(c); !no.isEmpty()) {
            d.trace << no;
            continue;
        }
        if (c.leadsToday >= s.dailyCap) {
            d.trace << QCoreApplication::translate("Dispatch", "%1: %2 leads today, cap %3 reached")
                           .arg(c.name)
                           .arg(c.leadsToday)
                           .arg(s.dailyCap);
            continue;
        }
        const qint64 busy = c.busySinceMs();
        if (busy > 0 && now - busy <= threshold) {
            const bool lead = c.lastLeadMs > c.lastFollowUpMs;
            d.trace << (lead ? QCoreApplication::translate("Dispatch", "%1: got a lead %2 min ago, not idle until %3 min have passed")
                             : QCoreApplication::translate("Dispatch", "%1: last follow-up %2 min ago, not idle until %3 min have passed"))
                           .arg(c.name)
                           .arg(trace::minutes(busy, now))
                           .arg(s.idleMinutes);
            continue;
        }
        d.trace << (busy > 0
                        ? QCoreApplication::translate("Dispatch", "%1: idle %2 min, on duty, %3 leads today, cap %4")
                              .arg(c.name)
                              .arg(trace::minutes(busy, now))
                        : QCoreApplication::translate("Dispatch", "%1: no follow-up or lead yet today, on duty, %2 leads today, cap %3")
                              .arg(c.name))
                       .arg(c.leadsToday)
                       .arg(s.dailyCap);
        idle << &c;
    }
    // Longest idle first (never busy today counts as longest), then fewest leads, then id.
    std::sort(idle.begin(), idle.end(), [](const Consultant *a, const Consultant *b) {
        if (a->busySinceMs() != b->busySinceMs())
            return a->busySinceMs() < b->busySinceMs();
        if (a->leadsToday != b->leadsToday)
            return a->leadsToday < b->leadsToday;
        return a->id < b->id;
    });
    if (!idle.isEmpty()) {
        d.assignedTo = idle.first()->id;
        d.trace << why(*idle.first(), idle.size() > 1 ? idle[1] : nullptr);
        return d;
    }
    const QString manager = trace::manager(snapshot.managerName);
    if (whenNobody == WhenNobody::Manager) {
        d.mode = DecisionMode::Manager;
        d.assignedTo = snapshot.managerId;
        d.trace << (snapshot.managerId.isEmpty()
                        ? QCoreApplication::translate("Dispatch",
                                                      "Nobody is idle and no site manager is on the roster: the lead stays unassigned")
                        : QCoreApplication::translate("Dispatch", "Nobody is idle: the lead goes to %1").arg(manager));
        return d;
    }
    d.queued = true;
    d.escalateAtMs = now + qint64(s.queueToManagerMinutes) * 60'000;
    d.escalateTo = snapshot.managerId;
    d.trace << QCoreApplication::translate(
                   "Dispatch",
                   "Nobody is idle: the lead waits for the next idle consultant; if nobody is idle by %1 (%2 min) it goes to %3")
                   .arg(trace::clock(d.escalateAtMs))
                   .arg(s.queueToManagerMinutes)
                   .arg(manager);
    return d;
}

} // namespace shoulou::dispatch
