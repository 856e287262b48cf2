#include "reviewresolve.h"

#include "mutation/args.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace shoulou::identity {

namespace {
constexpr const char *kMerge = "merge";
constexpr const char *kKeepSeparate = "keep_separate";
} // namespace

QJsonObject ReviewResolve::toJson() const
{
    return {{QStringLiteral("review_id"), reviewId},
            {QStringLiteral("decision"), QLatin1String(decision == Decision::Merge ? kMerge : kKeepSeparate)}};
}

Result<ReviewResolve> ReviewResolve::fromJson(const QJsonObject &json)
{
    const mutation::Args a(QStringLiteral("review.resolve@1"), json);
    auto id = a.text("review_id");
    if (!id)
        return id.error();
    const QString d = a.optionalText("decision");
    if (d != QLatin1String(kMerge) && d != QLatin1String(kKeepSeparate))
        return a.invalid("decision", QCoreApplication::translate("IdentityMutations", "must be \"merge\" or \"keep_separate\""));
    return ReviewResolve{*id, d == QLatin1String(kMerge) ? Decision::Merge : Decision::KeepSeparate};
}

Result<ReviewResolve::Outcome> ReviewResolve::Outcome::fromJson(const QJsonObject &json)
{
    return Outcome{json.value(QLatin1String("review_id")).toString(), json.value(QLatin1String("survivor_id")).toString()};
}

QJsonObject ReviewGroupResolve::toJson() const
{
    return {{QStringLiteral("review_ids"), QJsonArray::fromStringList(reviewIds)},
            {QStringLiteral("decision"), QLatin1String(decision == ReviewResolve::Decision::Merge ? kMerge : kKeepSeparate)}};
}

Result<ReviewGroupResolve::Outcome> ReviewGroupResolve::Outcome::fromJson(const QJsonObject &json)
{
    QStringList decided;
    for (const QJsonValue &v : json.value(QLatin1String("decided")).toArray())
        decided << v.toString();
    return Outcome{decided, json.value(QLatin1String("survivor_id")).toString()};
}

Result<CustomerUnmerge::Outcome> CustomerUnmerge::Outcome::fromJson(const QJsonObject &json)
{
    return Outcome{json.value(QLatin1String("customer_id")).toString(), json.value(QLatin1String("former_root_id")).toString()};
}

} // namespace shoulou::identity
