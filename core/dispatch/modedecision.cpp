#include "modedecision.h"

#include "util/officetime.h"

#include <QCoreApplication>

namespace shoulou::dispatch {

namespace {

QString when(qint64 ms)
{
    return OfficeTime::local(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// The mode inside a sentence ("…: grab pool").
QString phrase(DispatchMode mode)
{
    return mode == DispatchMode::Grab ? QCoreApplication::translate("Dispatch", "grab pool")
                                      : QCoreApplication::translate("Dispatch", "idle dispatch");
}

} // namespace

ModeDecision ModeDecision::resolve(const HolidayCalendar &calendar, const QList<ModeOverride> &overrides, const QString &projectId,
                                   qint64 atMs)
{
    ModeDecision d;
    d.day = calendar.day(OfficeTime::date(atMs));
    const ModeOverride *best = nullptr;
    const auto rank = [&](const ModeOverride &o) { return o.projectId.isEmpty() ? 0 : 1; };
    for (const ModeOverride &o : overrides) {
        if (!o.activeAt(atMs) || (!o.projectId.isEmpty() && o.projectId != projectId))
            continue;
        if (!best || rank(o) > rank(*best) || (rank(o) == rank(*best) && o.fromMs >= best->fromMs))
            best = &o;
    }
    if (best) {
        d.mode = best->mode;
        d.overridden = *best;
        const QString by = best->setBy.isEmpty() ? QCoreApplication::translate("Dispatch", "a manager") : best->setBy;
        d.reason = QCoreApplication::translate("Dispatch", "%1 set %2 by hand until %3 (%4); the calendar decides again then")
                       .arg(by, phrase(d.mode), when(best->untilMs), d.day.describe());
        return d;
    }
    d.mode = d.day.mode();
    d.reason = QCoreApplication::translate("Dispatch", "%1: %2").arg(d.day.describe(), phrase(d.mode));
    return d;
}

} // namespace shoulou::dispatch
