#include "customermerge.h"

#include "mutation/args.h"

#include <QCoreApplication>

namespace shoulou::identity {

QJsonObject CustomerMerge::toJson() const
{
    QJsonObject o{{QStringLiteral("a"), a}, {QStringLiteral("b"), b}, {QStringLiteral("force"), force}};
    if (reason != MergeReason::Manual)
        o.insert(QStringLiteral("reason"), toCode(reason));
    return o;
}

// {"a": id, "b": id, "force"?: bool, "reason"?: "manual"|"review"}
Result<CustomerMerge> CustomerMerge::fromJson(const QJsonObject &json, int version)
{
    mutation::Args args(mutation::mutationLabel(kName, version), json);
    CustomerMerge m;
    m.a = args.text("a");
    m.b = args.text("b");
    m.force = args.flag("force");
    const QString reason = args.optionalText("reason");
    if (reason == toCode(MergeReason::Review))
        m.reason = MergeReason::Review;
    else if (!reason.isEmpty() && reason != toCode(MergeReason::Manual))
        args.fail("reason", QCoreApplication::translate("IdentityMutations", "must be \"manual\" or \"review\""));
    if (!args.ok())
        return args.error();
    return m;
}

QJsonObject CustomerMerge::Outcome::toJson() const
{
    return {{QStringLiteral("survivor_id"), survivorId}, {QStringLiteral("merged_id"), mergedId}};
}

Result<CustomerMerge::Outcome> CustomerMerge::Outcome::fromJson(const QJsonObject &json)
{
    mutation::Args a(QString::fromLatin1(kName), json);
    Outcome o{a.text("survivor_id"), a.text("merged_id")};
    if (!a.ok())
        return a.error();
    return o;
}

} // namespace shoulou::identity
