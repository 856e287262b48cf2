#include "graboffer.h"

#include "util/officetime.h"

#include <QJsonArray>

namespace shoulou::dispatch {

QJsonObject GrabOffer::toJson() const
{
    return {{QStringLiteral("lead_id"), leadId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(leadId)},
            {QStringLiteral("round"), round},
            {QStringLiteral("recipients"), QJsonArray::fromStringList(recipients)},
            {QStringLiteral("ttl_s"), ttlSeconds},
            {QStringLiteral("expires_at"), OfficeTime::local(expiresAtMs).toString(Qt::ISODateWithMs)},
            {QStringLiteral("channel"), channel},
            {QStringLiteral("masked_phone"), maskedPhone},
            {QStringLiteral("fallback"), QJsonArray::fromStringList(fallback)}};
}

} // namespace shoulou::dispatch
