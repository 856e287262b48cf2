#include "decision.h"

#include "util/officetime.h"

#include <QJsonArray>

namespace shoulou::dispatch {

namespace {

QJsonValue idOrNull(const QString &id)
{
    return id.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(id);
}

} // namespace

QJsonObject Decision::toJson() const
{
    QJsonObject o{{QStringLiteral("mode"), toCode(mode)},
                  {QStringLiteral("assigned_to"), idOrNull(assignedTo)},
                  {QStringLiteral("trace"), QJsonArray::fromStringList(trace)}};
    if (!ownerId.isEmpty())
        o.insert(QStringLiteral("owner_id"), ownerId);
    if (!rotationAfter.isEmpty())
        o.insert(QStringLiteral("rotation"), QJsonArray::fromStringList(rotationAfter));
    if (queued) {
        o.insert(QStringLiteral("queued"), true);
        o.insert(QStringLiteral("escalate_at"), OfficeTime::local(escalateAtMs).toString(Qt::ISODate));
        o.insert(QStringLiteral("escalate_to"), idOrNull(escalateTo));
    }
    if (offer)
        o.insert(QStringLiteral("offer"), offer->toJson());
    return o;
}

} // namespace shoulou::dispatch
