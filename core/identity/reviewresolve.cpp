#include "reviewresolve.h"

#include "mutation/args.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace shoulou::identity {

namespace {

constexpr const char *kMerge = "merge";
constexpr const char *kKeepSeparate = "keep_separate";

QString codeOf(ReviewResolve::Decision d)
{
    return QLatin1String(d == ReviewResolve::Decision::Merge ? kMerge : kKeepSeparate);
}

// "decision": "merge" | "keep_separate", required.
ReviewResolve::Decision readDecision(mutation::Args &a)
{
    const QString d = a.text("decision");
    if (!d.isEmpty() && d != QLatin1String(kMerge) && d != QLatin1String(kKeepSeparate))
        a.fail("decision", QCoreApplication::translate("IdentityMutations", "must be \"merge\" or \"keep_separate\""));
    return d == QLatin1String(kMerge) ? ReviewResolve::Decision::Merge : ReviewResolve::Decision::KeepSeparate;
}

} // namespace

QJsonObject ReviewResolve::toJson() const
{
    return {{QStringLiteral("review_id"), reviewId}, {QStringLiteral("decision"), codeOf(decision)}};
}

// {"review_id": id, "decision": "merge"|"keep_separate"}
Result<ReviewResolve> ReviewResolve::fromJson(const QJsonObject &json, int version)
{
    mutation::Args a(mutation::mutationLabel(kName, version), json);
    ReviewResolve r;
    r.reviewId = a.text("review_id");
    r.decision = readDecision(a);
    if (!a.ok())
        return a.error();
    return r;
}

QJsonObject ReviewResolve::Outcome::toJson() const
{
    QJsonObject o{{QStringLiteral("review_id"), reviewId}, {QStringLiteral("decision"), codeOf(decision)}};
    if (!survivorId.isEmpty())
        o.insert(QStringLiteral("survivor_id"), survivorId);
    return o;
}

Result<ReviewResolve::Outcome> ReviewResolve::Outcome::fromJson(const QJsonObject &json)
{
    mutation::Args a(QString::fromLatin1(kName), json);
    Outcome o;
    o.reviewId = a.text("review_id");
    o.survivorId = a.optionalText("survivor_id");
    o.decision = readDecision(a);
    if (!a.ok())
        return a.error();
    return o;
}

QJsonObject ReviewGroupResolve::toJson() const
{
    return {{QStringLiteral("review_ids"), QJsonArray::fromStringList(reviewIds)}, {QStringLiteral("decision"), codeOf(decision)}};
}

// {"review_ids": [id, …], "decision": "merge"|"keep_separate"}
Result<ReviewGroupResolve> ReviewGroupResolve::fromJson(const QJsonObject &json, int version)
{
    mutation::Args a(mutation::mutationLabel(kName, version), json);
    ReviewGroupResolve g;
    g.reviewIds = a.maybeTextList("review_ids").value_or(QStringList());
    if (a.ok() && g.reviewIds.isEmpty())
        a.fail("review_ids", QCoreApplication::translate("IdentityMutations", "must list at least one review item"));
    g.decision = readDecision(a);
    if (!a.ok())
        return a.error();
    return g;
}

QJsonObject ReviewGroupResolve::Outcome::toJson() const
{
    QJsonObject o{{QStringLiteral("decided"), QJsonArray::fromStringList(decided)}, {QStringLiteral("decision"), codeOf(decision)}};
    if (!survivorId.isEmpty())
        o.insert(QStringLiteral("survivor_id"), survivorId);
    return o;
}

Result<ReviewGroupResolve::Outcome> ReviewGroupResolve::Outcome::fromJson(const QJsonObject &json)
{
    mutation::Args a(QString::fromLatin1(kName), json);
    Outcome o;
    o.decided = a.maybeTextList("decided").value_or(QStringList());
    o.survivorId = a.optionalText("survivor_id");
    o.decision = readDecision(a);
    if (!a.ok())
        return a.error();
    return o;
}

// {"customer_id": id}
Result<CustomerUnmerge> CustomerUnmerge::fromJson(const QJsonObject &json, int version)
{
    mutation::Args a(mutation::mutationLabel(kName, version), json);
    CustomerUnmerge u{a.text("customer_id")};
    if (!a.ok())
        return a.error();
    return u;
}

QJsonObject CustomerUnmerge::Outcome::toJson() const
{
    return {{QStringLiteral("customer_id"), customerId}, {QStringLiteral("former_root_id"), formerRootId}};
}

Result<CustomerUnmerge::Outcome> CustomerUnmerge::Outcome::fromJson(const QJsonObject &json)
{
    mutation::Args a(QString::fromLatin1(kName), json);
    Outcome o{a.text("customer_id"), a.text("former_root_id")};
    if (!a.ok())
        return a.error();
    return o;
}

} // namespace shoulou::identity
