// Everyday edits of a customer: customer.update@1/@2, followup.add@1/@2 and customer.reveal@1.
// All resolve the id through redirects, so an edit made on a stale (merged) id lands on the
// live customer. Version 2 of update and followup.add (issue #10): 已认购 and 已签约 are set by
// sales, never by hand (update@2 refuses them), and a 到访 follow-up moves a new or following
// customer to 已到访 (followup.add@2). Version 1 keeps its meaning for old outbox rows.
// The handlers take their typed arguments; the structs' fromJson has checked every field that
// can be checked without the database.
#include "customer/customerclaim.h"
#include "customer/customerstatus.h"
#include "customer/customerupdate.h"
#include "customer/followupadd.h"
#include "customer/followupkind.h"
#include "customer/revealrecord.h"
#include "identity/customerstore.h"
#include "identity/namenormalizer.h"
#include "mutation/actinguser.h"
#include "mutation/args.h"
#include "mutation/context.h"
#include "mutation/handlers.h"
#include "mutation/registry.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace shoulou::customer {

namespace {

Result<QString> liveCustomer(mutation::Context &ctx, const QString &id)
{
    const QString root = identity::CustomerStore(ctx.db()).rootOf(id);
    if (root.isEmpty())
        return makeError(QStringLiteral("customer.not_found"), QCoreApplication::translate("CustomerMutations", "No customer %1.").arg(id));
    return root;
}

Result<void> setColumn(storage::Database &db, const char *sql, const QString &id, const QString &value, qint64 now)
{
    auto &st = db.prepare(sql);
    st.bind(1, id).bindOptional(2, value).bind(3, now);
    if (!st.exec())
        return makeError(QStringLiteral("storage.sql"), st.lastError());
    return {};
}

Result<CustomerUpdate::Outcome> update(mutation::Context &ctx, const CustomerUpdate &u, int version)
{
    const QString label = mutation::mutationLabel(CustomerUpdate::kName, version);
    auto id = liveCustomer(ctx, u.customerId);
    if (!id)
        return id.error();
    auto &db = ctx.db();
    const qint64 now = ctx.nowMs();
    if (u.name) {
        const auto k = identity::NameNormalizer::forThisThread().keys(*u.name);
        // '!' sorts before every lead rank: a name typed by a person beats any lead's name.
        auto &st = db.prepare("UPDATE customer SET name = ?2, name_key = ?3, pinyin = ?4, initials = ?5, "
                              "name_rank = '!', updated_at = ?6 WHERE id = ?1");
        st.bind(1, *id).bind(2, k.display).bind(3, k.matchKey).bind(4, k.pinyin).bind(5, k.initials).bind(6, now);
        if (!st.exec())
            return makeError(QStringLiteral("storage.sql"), st.lastError());
    }
    if (u.grade) {
        if (auto r = setColumn(db, "UPDATE customer SET grade = ?2, updated_at = ?3 WHERE id = ?1", *id, *u.grade, now); !r)
            return r.error();
    }
    if (u.status) {
        const auto status = fromCode<CustomerStatus>(*u.status); // known: fromJson checked it
        if (version >= 2 && status && isSetBySales(*status) && db.queryText("SELECT status FROM customer WHERE id = ?1", *id) != *u.status)
            return mutation::fieldError(label, QStringLiteral("status"),
                                        QCoreApplication::translate("CustomerMutations",
                                                                    "cannot be set by hand to %1: sales sets it when the customer "
                                                                    "subscribes or signs")
                                            .arg(labelOf(*status)));
        if (auto r = setColumn(db, "UPDATE customer SET status = ?2, updated_at = ?3 WHERE id = ?1", *id, *u.status, now); !r)
            return r.error();
    }
    if (u.ownerId) {
        const QString &o = *u.ownerId;
        if (!o.isEmpty() && db.queryText("SELECT id FROM app_user WHERE id = ?1", o).isEmpty())
            return mutation::fieldError(label, QStringLiteral("owner_id"),
                                        QCoreApplication::translate("CustomerMutations", "is not a user of this office"));
        // owner_since: when the current owner got the customer (the desk's "recently assigned").
        // An assignment replayed or generated later may say when it happened ("assigned_at").
        const qint64 since = u.assignedAtMs.value_or(now);
        auto &st = db.prepare("UPDATE customer SET owner_id = ?2, updated_at = ?3, "
                              "owner_since = CASE WHEN ?2 IS NULL THEN NULL WHEN owner_id IS ?2 THEN owner_since ELSE ?4 END "
                              "WHERE id = ?1");
        st.bind(1, *id).bindOptional(2, o).bind(3, now).bind(4, since);
        if (!st.exec())
            return makeError(QStringLiteral("storage.sql"), st.lastError());
    }
    if (u.requirement) {
        const QJsonObject req = u.requirement->toJson();
        const QString json = req.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(req).toJson(QJsonDocument::Compact));
        if (auto r = setColumn(db, "UPDATE customer SET requirement = ?2, updated_at = ?3 WHERE id = ?1", *id, json, now); !r)
            return r.error();
    }
    if (u.tags) {
        const QString json = u.tags->isEmpty()
                                 ? QString()
                                 : QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(*u.tags)).toJson(QJsonDocument::Compact));
        if (auto r = setColumn(db, "UPDATE customer SET tags = ?2, updated_at = ?3 WHERE id = ?1", *id, json, now); !r)
            return r.error();
    }
    return CustomerUpdate::Outcome{*id};
}

Result<FollowUpAdd::Outcome> addFollowUp(mutation::Context &ctx, const FollowUpAdd &f, int version)
{
    const QString label = mutation::mutationLabel(FollowUpAdd::kName, version);
    auto id = liveCustomer(ctx, f.customerId);
    if (!id)
        return id.error();
    const QString kind = f.kind.isEmpty() ? toCode(FollowUpKind::Call) : f.kind;
    const qint64 at = f.occurredAtMs ? f.occurredAtMs : ctx.nowMs();
    const qint64 next = f.nextAtMs;
    if (next != 0 && next <= at)
        return mutation::fieldError(label, QStringLiteral("next_at"),
                                    QCoreApplication::translate("CustomerMutations", "must be after the follow-up itself"));
    QString consultant = f.consultantId;
    auto &db = ctx.db();
    if (!consultant.isEmpty() && db.queryText("SELECT id FROM app_user WHERE id = ?1", consultant).isEmpty())
        return mutation::fieldError(label, QStringLiteral("consultant_id"),
                                    QCoreApplication::translate("CustomerMutations", "is not a user of this office"));
    if (consultant.isEmpty())
        consultant = mutation::actingUserId(ctx);
    const QString fid = ctx.newId();
    auto &st = db.prepare("INSERT INTO follow_up(id, customer_id, consultant_id, kind, note, occurred_at, next_at, "
                          "created_at) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    st.bind(1, fid).bind(2, *id).bindOptional(3, consultant).bind(4, kind).bind(5, f.note).bind(6, at);
    if (next)
        st.bind(7, next);
    else
        st.bindNull(7);
    st.bind(8, ctx.nowMs());
    if (!st.exec())
        return makeError(QStringLiteral("storage.sql"), st.lastError());
    // A follow-up moves a new customer to following; from version 2 a visit (到访) moves a new or
    // following customer to visited. Later stages are never moved back.
    const bool visit = version >= 2 && kind == toCode(FollowUpKind::Visit);
    auto &c = db.prepare("UPDATE customer SET last_follow_up_at = max(coalesce(last_follow_up_at, 0), ?2), "
                         "next_follow_up_at = CASE WHEN ?3 > 0 THEN ?3 ELSE next_follow_up_at END, "
                         "status = CASE WHEN ?5 AND (status = ?6 OR status = ?7) THEN ?8 WHEN status = ?6 THEN ?7 ELSE status END, "
                         "updated_at = ?4 WHERE id = ?1");
    c.bind(1, *id)
        .bind(2, at)
        .bind(3, next)
        .bind(4, ctx.nowMs())
        .bind(5, qint64(visit))
        .bind(6, toCode(CustomerStatus::New))
        .bind(7, toCode(CustomerStatus::Following))
        .bind(8, toCode(CustomerStatus::Visited));
    if (!c.exec())
        return makeError(QStringLiteral("storage.sql"), c.lastError());
    return FollowUpAdd::Outcome{fid, *id};
}

// Someone unmasked a field (DESIGN.md §8): only who looked and when is recorded.
Result<RevealRecord::Outcome> reveal(mutation::Context &ctx, const RevealRecord &r)
{
    auto id = liveCustomer(ctx, r.customerId);
    if (!id)
        return id.error();
    auto &db = ctx.db();
    const QString user = mutation::actingUserId(ctx);
    auto &st = db.prepare("INSERT INTO reveal_log(id, customer_id, field, user_id, revealed_at, op_id) "
                          "VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
    st.bind(1, ctx.newId())
        .bind(2, *id)
        .bind(3, r.field)
        .bindOptional(4, user.isEmpty() ? ctx.userId() : user)
        .bind(5, ctx.nowMs())
        .bind(6, ctx.opId());
    if (!st.exec())
        return makeError(QStringLiteral("storage.sql"), st.lastError());
    return RevealRecord::Outcome{*id, r.field};
}

QString displayNameOf(storage::Database &db, const QString &userId)
{
    const QString name = db.queryText("SELECT display_name FROM app_user WHERE id = ?1", userId);
    return name.isEmpty() ? userId : name;
}

Result<void> setOwner(mutation::Context &ctx, const QString &id, const QString &owner)
{
    auto &st = ctx.db().prepare("UPDATE customer SET owner_id = ?2, owner_since = CASE WHEN ?2 IS NULL THEN NULL ELSE ?3 END, "
                                "updated_at = ?3 WHERE id = ?1");
    st.bind(1, id).bindOptional(2, owner).bind(3, ctx.nowMs());
    if (!st.exec())
        return makeError(QStringLiteral("storage.sql"), st.lastError());
    return {};
}

// 认领: an unowned customer becomes the acting consultant's. In a synced office the hub has
// already decided (first committed wins); this is the same rule on every replica.
Result<CustomerClaim::Outcome> claim(mutation::Context &ctx, const CustomerClaim &c)
{
    auto id = liveCustomer(ctx, c.customerId);
    if (!id)
        return id.error();
    const QString user = mutation::actingUserId(ctx);
    if (user.isEmpty())
        return makeError(QStringLiteral("customer.claim_needs_user"),
                         QCoreApplication::translate("CustomerMutations", "Only a signed-in consultant can claim a customer."));
    const QString owner = ctx.db().queryText("SELECT owner_id FROM customer WHERE id = ?1", *id);
    if (owner == user)
        return CustomerClaim::Outcome{*id, user, false};
    if (!owner.isEmpty())
        return makeError(
            QStringLiteral("customer.already_owned"),
            QCoreApplication::translate("CustomerMutations", "The customer is already %1's.").arg(displayNameOf(ctx.db(), owner)));
    if (auto r = setOwner(ctx, *id, user); !r)
        return r.error();
    return CustomerClaim::Outcome{*id, user, true};
}

// Giving a customer back to the public pool: only its owner does so this way (a manager
// reassigns through customer.update).
Result<CustomerClaim::Outcome> release(mutation::Context &ctx, const CustomerRelease &c)
{
    auto id = liveCustomer(ctx, c.customerId);
    if (!id)
        return id.error();
    const QString owner = ctx.db().queryText("SELECT owner_id FROM customer WHERE id = ?1", *id);
    if (owner.isEmpty())
        return CustomerClaim::Outcome{*id, {}, false};
    if (owner != mutation::actingUserId(ctx))
        return makeError(
            QStringLiteral("customer.owned_by_other"),
            QCoreApplication::translate("CustomerMutations", "The customer is %1's; only they, or a site manager, can give it back.")
                .arg(displayNameOf(ctx.db(), owner)));
    if (auto r = setOwner(ctx, *id, {}); !r)
        return r.error();
    return CustomerClaim::Outcome{*id, {}, true};
}

} // namespace

void registerCustomerMutations(mutation::Registry &registry)
{
    for (int version : {1, 2}) {
        registry.add<CustomerUpdate>(version, update);
        registry.add<FollowUpAdd>(version, addFollowUp);
    }
    registry.add<RevealRecord>(RevealRecord::kVersion, reveal);
    registry.add<CustomerClaim>(CustomerClaim::kVersion, claim);
    registry.add<CustomerRelease>(CustomerRelease::kVersion, release);
}

} // namespace shoulou::customer
