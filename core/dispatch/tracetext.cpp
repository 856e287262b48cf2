#include "tracetext.h"

#include "util/officetime.h"

#include <QCoreApplication>

namespace shoulou::dispatch::trace {

QString clock(qint64 ms)
{
    return OfficeTime::local(ms).toString(QStringLiteral("HH:mm"));
}

QString date(qint64 ms)
{
    return OfficeTime::date(ms).toString(Qt::ISODate);
}

qint64 minutes(qint64 fromMs, qint64 toMs)
{
    return qMax<qint64>(0, (toMs - fromMs) / 60000);
}

QString nameOr(const Consultant *c, const QString &id)
{
    return c && !c->name.isEmpty() ? c->name : id;
}

QString unavailable(const Consultant &c)
{
    if (!c.onDuty || c.state == ConsultantState::Off)
        return QCoreApplication::translate("Dispatch", "%1: not on duty").arg(c.name);
    if (c.state == ConsultantState::Receiving)
        return QCoreApplication::translate("Dispatch", "%1: receiving a visitor").arg(c.name);
    if (c.state == ConsultantState::Break)
        return QCoreApplication::translate("Dispatch", "%1: on a break").arg(c.name);
    return {};
}

QString manager(const QString &name)
{
    return name.isEmpty() ? QCoreApplication::translate("Dispatch", "the site manager")
                          : QCoreApplication::translate("Dispatch", "the site manager %1").arg(name);
}

} // namespace shoulou::dispatch::trace
