#include "grabpool.h"

#include "dispatch/idledispatch.h"
#include "dispatch/tracetext.h"
#include "util/clock.h"
#include "util/officetime.h"

#include <QCoreApplication>

namespace shoulou::dispatch {

namespace {

// Idle dispatch at the end of the chain: nobody idle means the manager, not another wait.
Decision fallBack(const Snapshot &snapshot, const Clock &clock, QStringList trace)
{
    Decision d = IdleDispatch::decide(snapshot, clock, IdleDispatch::WhenNobody::Manager);
    d.trace = trace + d.trace;
    return d;
}

} // namespace

Decision GrabPool::offer(const Snapshot &snapshot, const LeadFacts &lead, const Clock &clock, int round)
{
    const auto &s = snapshot.settings;
    const qint64 now = clock.nowMs();
    Decision d;
    d.mode = DecisionMode::Grab;
    GrabOffer o;
    o.leadId = lead.leadId;
    o.round = round;
    o.ttlSeconds = s.grabSeconds;
    o.expiresAtMs = now + qint64(s.grabSeconds) * 1000;
    o.channel = lead.channel;
    o.maskedPhone = lead.maskedPhone;
    for (int r = round; r < s.grabRounds; ++r)
        o.fallback << QStringLiteral("grab_round");
    o.fallback << QStringLiteral("idle") << QStringLiteral("manager");

    for (const Consultant &c : snapshot.roster) {
        if (!c.onDuty || c.state == ConsultantState::Off)
            d.trace << QCoreApplication::translate("Dispatch", "%1: not on duty").arg(c.name);
        else if (!c.online)
            d.trace << QCoreApplication::translate("Dispatch", "%1: desk offline, cannot see the offer").arg(c.name);
        else if (c.winsToday >= s.grabWinCap)
            d.trace << QCoreApplication::translate("Dispatch", "%1: won %2 offers today, cap %3 reached")
                           .arg(c.name)
                           .arg(c.winsToday)
                           .arg(s.grabWinCap);
        else {
            d.trace << QCoreApplication::translate("Dispatch", "%1: on duty, won %2 offers today, cap %3: sees the offer")
                           .arg(c.name)
                           .arg(c.winsToday)
                           .arg(s.grabWinCap);
            o.recipients << c.id;
        }
    }
    if (o.recipients.isEmpty()) {
        d.trace << QCoreApplication::translate("Dispatch", "Nobody can see the offer: idle dispatch instead");
        return fallBack(snapshot, clock, d.trace);
    }
    d.trace << QCoreApplication::translate(
                   "Dispatch", "Round %1 of %2: offered to %3 consultants for %4 s, until %5; the phone shows as %6 until claimed")
                   .arg(round)
                   .arg(s.grabRounds)
                   .arg(o.recipients.size())
                   .arg(s.grabSeconds)
                   .arg(OfficeTime::local(o.expiresAtMs).toString(QStringLiteral("HH:mm:ss")),
                        lead.maskedPhone.isEmpty() ? QCoreApplication::translate("Dispatch", "(no phone)") : lead.maskedPhone);
    d.trace << (round < s.grabRounds
                    ? QCoreApplication::translate("Dispatch",
                                                  "If nobody claims it: another round, then idle dispatch, then the site manager")
                    : QCoreApplication::translate("Dispatch", "If nobody claims it: idle dispatch, then the site manager"));
    d.offer = o;
    return d;
}

Decision GrabPool::afterNoClaim(const Snapshot &snapshot, const LeadFacts &lead, const Clock &clock, int round)
{
    const QString expired = QCoreApplication::translate("Dispatch", "Nobody claimed round %1").arg(round);
    if (round < snapshot.settings.grabRounds) {
        Decision d = offer(snapshot, lead, clock, round + 1);
        d.trace.prepend(expired);
        return d;
    }
    return fallBack(snapshot, clock, {expired, QCoreApplication::translate("Dispatch", "After %1 rounds: idle dispatch").arg(round)});
}

} // namespace shoulou::dispatch
