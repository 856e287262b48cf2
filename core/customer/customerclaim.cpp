#include "customerclaim.h"

#include "mutation/args.h"

namespace shoulou::customer {

QJsonObject CustomerClaim::toJson() const
{
    return {{QStringLiteral("customer_id"), customerId}};
}

// {"customer_id"}
Result<CustomerClaim> CustomerClaim::fromJson(const QJsonObject &json, int version)
{
    mutation::Args a(mutation::mutationLabel(kName, version), json);
    CustomerClaim c{a.text("customer_id")};
    if (!a.ok())
        return a.error();
    return c;
}

QJsonObject CustomerRelease::toJson() const
{
    return {{QStringLiteral("customer_id"), customerId}};
}

Result<CustomerRelease> CustomerRelease::fromJson(const QJsonObject &json, int version)
{
    mutation::Args a(mutation::mutationLabel(kName, version), json);
    CustomerRelease c{a.text("customer_id")};
    if (!a.ok())
        return a.error();
    return c;
}

QJsonObject CustomerClaim::Outcome::toJson() const
{
    return {{QStringLiteral("customer_id"), customerId}, {QStringLiteral("owner_id"), ownerId}, {QStringLiteral("changed"), changed}};
}

Result<CustomerClaim::Outcome> CustomerClaim::Outcome::fromJson(const QJsonObject &json)
{
    mutation::Args a(QString::fromLatin1(kName), json);
    Outcome o{a.text("customer_id"), a.optionalText("owner_id"), a.flag("changed")};
    if (!a.ok())
        return a.error();
    return o;
}

} // namespace shoulou::customer
