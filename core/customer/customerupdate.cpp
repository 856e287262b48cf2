#include "customerupdate.h"

#include "customer/customerstatus.h"
#include "customer/grade.h"
#include "mutation/args.h"

#include <QCoreApplication>
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

// {"customer_id", "name"?, "grade"?, "status"?, "owner_id"?, "assigned_at"? (ms), "requirement"? {…}, "tags"? […]}
Result<CustomerUpdate> CustomerUpdate::fromJson(const QJsonObject &json, int version)
{
    mutation::Args a(mutation::mutationLabel(kName, version), json);
    CustomerUpdate u;
    u.customerId = a.text("customer_id");
    u.name = a.maybeText("name");
    if (u.name && u.name->isEmpty())
        a.fail("name", QCoreApplication::translate("CustomerMutations", "cannot be empty"));
    u.grade = a.maybeText("grade");
    if (u.grade && !u.grade->isEmpty() && !fromCode<Grade>(*u.grade))
        a.fail("grade", QCoreApplication::translate("CustomerMutations", "must be A, B, C or D"));
    u.status = a.maybeText("status");
    if (u.status && !fromCode<CustomerStatus>(*u.status))
        a.fail("status", QCoreApplication::translate("CustomerMutations", "is not a known status"));
    u.ownerId = a.maybeText("owner_id");
    // owner_since: when the current owner got the customer; an assignment replayed or
    // generated later may say when it happened.
    u.assignedAtMs = a.maybeInteger("assigned_at");
    if (a.has("requirement")) {
        // null or {} clears what is stored
        if (auto r = a.object("requirement")) {
            u.requirement = Requirement::read(*r);
            a.absorb(*r);
        } else {
            u.requirement = Requirement();
        }
    }
    if (a.has("tags"))
        u.tags = a.maybeTextList("tags").value_or(QStringList());
    if (!a.ok())
        return a.error();
    return u;
}

QJsonObject CustomerUpdate::Outcome::toJson() const
{
    return {{QStringLiteral("customer_id"), customerId}};
}

Result<CustomerUpdate::Outcome> CustomerUpdate::Outcome::fromJson(const QJsonObject &json)
{
    mutation::Args a(QString::fromLatin1(kName), json);
    Outcome o{a.text("customer_id")};
    if (!a.ok())
        return a.error();
    return o;
}

} // namespace shoulou::customer
