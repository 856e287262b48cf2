#include "followupadd.h"

#include "mutation/args.h"

namespace shoulou::customer {

QJsonObject FollowUpAdd::toJson() const
{
    QJsonObject o{{QStringLiteral("customer_id"), customerId}, {QStringLiteral("note"), note}};
    if (!kind.isEmpty())
        o.insert(QStringLiteral("kind"), kind);
    if (occurredAtMs)
        o.insert(QStringLiteral("occurred_at"), double(occurredAtMs));
    if (nextAtMs)
        o.insert(QStringLiteral("next_at"), double(nextAtMs));
    if (!consultantId.isEmpty())
        o.insert(QStringLiteral("consultant_id"), consultantId);
    return o;
}

Result<FollowUpAdd> FollowUpAdd::fromJson(const QJsonObject &json)
{
    const mutation::Args a(QStringLiteral("followup.add@2"), json);
    auto id = a.text("customer_id");
    if (!id)
        return id.error();
    return FollowUpAdd{*id,
                       a.optionalText("kind"),
                       a.optionalText("note"),
                       a.optionalInteger("occurred_at", 0),
                       a.optionalInteger("next_at", 0),
                       a.optionalText("consultant_id")};
}

Result<FollowUpAdd::Outcome> FollowUpAdd::Outcome::fromJson(const QJsonObject &json)
{
    return Outcome{json.value(QLatin1String("follow_up_id")).toString(), json.value(QLatin1String("customer_id")).toString()};
}

} // namespace shoulou::customer
