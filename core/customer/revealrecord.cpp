#include "revealrecord.h"

#include "mutation/args.h"

#include <QCoreApplication>

namespace shoulou::customer {

namespace {

bool knownField(const QString &field)
{
    return field == QLatin1String("phone") || field == QLatin1String("resident_id");
}

} // namespace

QJsonObject RevealRecord::toJson() const
{
    return {{QStringLiteral("customer_id"), customerId}, {QStringLiteral("field"), field}};
}

// {"customer_id", "field": "phone"|"resident_id"}
Result<RevealRecord> RevealRecord::fromJson(const QJsonObject &json, int version)
{
    mutation::Args a(mutation::mutationLabel(kName, version), json);
    RevealRecord r{a.text("customer_id"), a.optionalText("field")};
    if (!knownField(r.field))
        a.fail("field", QCoreApplication::translate("CustomerMutations", "must be phone or resident_id"));
    if (!a.ok())
        return a.error();
    return r;
}

QJsonObject RevealRecord::Outcome::toJson() const
{
    return {{QStringLiteral("customer_id"), customerId}, {QStringLiteral("field"), field}};
}

Result<RevealRecord::Outcome> RevealRecord::Outcome::fromJson(const QJsonObject &json)
{
    mutation::Args a(QString::fromLatin1(kName), json);
    Outcome o{a.text("customer_id"), a.text("field")};
    if (!a.ok())
        return a.error();
    return o;
}

} // namespace shoulou::customer
