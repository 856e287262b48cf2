#include "ingestoutcome.h"

#include "mutation/args.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace shoulou::identity {

QJsonObject IngestOutcome::toJson() const
{
    QJsonObject o{{QStringLiteral("customer_id"), customerId}, {QStringLiteral("status"), toCode(status)}};
    if (!leadId.isEmpty())
        o.insert(QStringLiteral("lead_id"), leadId);
    o.insert(QStringLiteral("matched_by"), QJsonArray::fromStringList(matchedBy));
    o.insert(QStringLiteral("merged"), QJsonArray::fromStringList(merged));
    o.insert(QStringLiteral("reviews"), reviews);
    return o;
}

Result<IngestOutcome> IngestOutcome::fromJson(const QJsonObject &json)
{
    mutation::Args a(QStringLiteral("lead.ingest"), json);
    IngestOutcome o;
    o.customerId = a.text("customer_id");
    o.leadId = a.optionalText("lead_id");
    const auto status = fromCode<IngestStatus>(a.text("status"));
    if (!status)
        a.fail("status", QCoreApplication::translate("IdentityMutations", "is not a known result"));
    o.status = status.value_or(IngestStatus::Created);
    o.matchedBy = a.maybeTextList("matched_by").value_or(QStringList());
    o.merged = a.maybeTextList("merged").value_or(QStringList());
    o.reviews = int(a.maybeInteger("reviews").value_or(0));
    if (!a.ok())
        return a.error();
    return o;
}

} // namespace shoulou::identity
