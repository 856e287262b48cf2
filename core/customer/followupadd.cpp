#include "followupadd.h"

#include "customer/followupkind.h"
#include "mutation/args.h"

#include <QCoreApplication>

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

// {"customer_id", "kind"?, "note"?, "occurred_at"? (ms), "next_at"? (ms), "consultant_id"?}
Result<FollowUpAdd> FollowUpAdd::fromJson(const QJsonObject &json, int version)
{
    mutation::Args a(mutation::mutationLabel(kName, version), json);
    FollowUpAdd f;
    f.customerId = a.text("customer_id");
    f.kind = a.optionalText("kind");
    if (!f.kind.isEmpty() && !fromCode<FollowUpKind>(f.kind))
        a.fail("kind", QCoreApplication::translate("CustomerMutations", "must be one of %1").arg(codeList<FollowUpKind>()));
    f.note = a.optionalText("note");
    f.occurredAtMs = a.maybeInteger("occurred_at").value_or(0);
    f.nextAtMs = a.maybeInteger("next_at").value_or(0);
    f.consultantId = a.optionalText("consultant_id");
    if (!a.ok())
        return a.error();
    return f;
}

QJsonObject FollowUpAdd::Outcome::toJson() const
{
    return {{QStringLiteral("follow_up_id"), followUpId}, {QStringLiteral("customer_id"), customerId}};
}

Result<FollowUpAdd::Outcome> FollowUpAdd::Outcome::fromJson(const QJsonObject &json)
{
    mutation::Args a(QString::fromLatin1(kName), json);
    Outcome o{a.text("follow_up_id"), a.text("customer_id")};
    if (!a.ok())
        return a.error();
    return o;
}

} // namespace shoulou::customer
