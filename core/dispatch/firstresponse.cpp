#include "firstresponse.h"

#include "dispatch/tracetext.h"

#include <QCoreApplication>

namespace shoulou::dispatch {

namespace {

// "4 min 05 s"
QString duration(qint64 ms)
{
    const qint64 s = qMax<qint64>(0, ms / 1000);
    return QCoreApplication::translate("Dispatch", "%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

bool FirstResponse::stopsTheClock(customer::FollowUpKind kind)
{
    using K = customer::FollowUpKind;
    return kind == K::Call || kind == K::WeChat || kind == K::Visit || kind == K::Showing;
}

FirstResponse FirstResponse::measure(qint64 receivedAtMs, const QList<Contact> &contacts, int limitMinutes, qint64 atMs)
{
    FirstResponse r;
    r.receivedAtMs = receivedAtMs;
    r.deadlineMs = receivedAtMs + qint64(limitMinutes) * 60'000;
    for (const Contact &c : contacts) {
        if (!stopsTheClock(c.kind) || c.atMs < receivedAtMs || c.atMs > atMs)
            continue;
        if (!r.contacted || c.atMs < r.firstContactMs) {
            r.contacted = true;
            r.firstContactMs = c.atMs;
        }
    }
    r.durationMs = (r.contacted ? r.firstContactMs : qMax(atMs, receivedAtMs)) - receivedAtMs;
    r.breached = r.durationMs > qint64(limitMinutes) * 60'000;
    const QString limit = QString::number(limitMinutes);
    if (r.contacted)
        r.trace = (r.breached ? QCoreApplication::translate("Dispatch", "First contact at %1, %2 after the lead arrived: later than %3 min")
                              : QCoreApplication::translate("Dispatch", "First contact at %1, %2 after the lead arrived: within %3 min"))
                      .arg(trace::clock(r.firstContactMs), duration(r.durationMs), limit);
    else
        r.trace = (r.breached ? QCoreApplication::translate("Dispatch", "Not contacted %1 after the lead arrived: the %2 min passed at %3")
                              : QCoreApplication::translate("Dispatch", "Not contacted yet, %1 after the lead arrived: %2 min end at %3"))
                      .arg(duration(r.durationMs), limit, trace::clock(r.deadlineMs));
    return r;
}

} // namespace shoulou::dispatch
