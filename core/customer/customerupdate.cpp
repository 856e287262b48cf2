#include "customerupdate.h"

#include "mutation/args.h"

#include <QJsonArray>

namespace shoulou::customer {

QJsonObject CustomerUpdate::toJson() const
{
    QJsonObject o{{QStringLiteral("customer_id"), customerId}};
    if (name)
        o.insert(QStringLiteral("name"), *name);
    if (grade)
        o.insert(QStringLiteral("grade"), *grade);
    if (status)
        o.insert(QStringLiteral("status"), *status);
    if (ownerId)
        o.insert(QStringLiteral("owner_id"), *ownerId);
    if (assignedAtMs)
        o.insert(QStringLiteral("assigned_at"), double(*assignedAtMs));
    if (requirement)
        o.insert(QStringLiteral("requirement"), requirement->toJson());
    if (tags)
        o.insert(QStringLiteral("tags"), QJsonArray::fromStringList(*tags));
    return o;
}

Result<CustomerUpdate> CustomerUpdate::fromJson(const QJsonObject &json)
{
    const mutation::Args a(QStringLiteral("customer.update@2"), json);
    auto id = a.text("customer_id");
    if (!id)
        return id.error();
    CustomerUpdate u;
    u.customerId = *id;
    auto text = [&](const char *field, std::optional<QString> &out) {
        if (a.has(field))
            out = a.optionalText(field);
    };
    text("name", u.name);
    text("grade", u.grade);
    text("status", u.status);
    text("owner_id", u.ownerId);
    if (a.has("assigned_at"))
        u.assignedAtMs = a.optionalInteger("assigned_at", 0);
    if (a.has("requirement"))
        u.requirement = Requirement::fromJson(json.value(QLatin1String("requirement")).toObject());
    if (a.has("tags")) {
        QStringList tags;
        for (const QJsonValue &t : json.value(QLatin1String("tags")).toArray())
            tags << t.toString();
        u.tags = tags;
    }
    return u;
}

Result<CustomerUpdate::Outcome> CustomerUpdate::Outcome::fromJson(const QJsonObject &json)
{
    return Outcome{json.value(QLatin1String("customer_id")).toString()};
}

} // namespace shoulou::customer
