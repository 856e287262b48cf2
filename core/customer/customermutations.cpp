// Everyday edits of a customer: customer.update@1/@2, followup.add@1/@2 and customer.reveal@1.
// All resolve the id through redirects, so an edit made on a stale (merged) id lands on the
// live customer. Version 2 of update and followup.add (issue #10): 已认购 and 已签约 are set by
// sales, never by hand (update@2 refuses them), and a 到访 follow-up moves a new or following
// customer to 已到访 (followup.add@2). Version 1 keeps its meaning for old outbox rows.
#include "customer/customerstatus.h"
#include "customer/followupkind.h"
#include "customer/grade.h"
#include "identity/customerstore.h"
#include "identity/namenormalizer.h"
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

Result<QString> liveCustomer(mutation::Context &ctx, const mutation::Args &a)
{
    auto id = a.text("customer_id");
    if (!id)
        return id.error();
    const QString root = identity::CustomerStore(ctx.db()).rootOf(*id);
    if (root.isEmpty())
        return makeError(QStringLiteral("customer.not_found"),
                         QCoreApplication::translate("CustomerMutations", "No customer %1.").arg(*id));
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

// requirement: {"budget_fen"?: integer ≥ 0, "layout"?: text, "area_m2"?: number > 0, "note"?: text,
// "building"?: text (意向楼栋), "gender"?: "male"|"female", "visitors"?: integer 1–99 (到访人数),
// "heard_via"?: text (认知途径)}. What the desk asks of a person is kept here, with what they
// look for, rather than in columns of its own (no schema change for a few optional facts).
// Money stays integer fen (DESIGN.md §3), so a budget in yuan or 万元 is refused here.
Result<void> checkRequirement(const mutation::Args &a, const QJsonObject &req)
{
    const QJsonValue budget = req.value(QLatin1String("budget_fen"));
    if (!budget.isUndefined() && !budget.isNull()) {
        const double fen = budget.toDouble(-1);
        if (!budget.isDouble() || fen < 0 || fen != double(qint64(fen)))
            return a.invalid("requirement.budget_fen",
                             QCoreApplication::translate("CustomerMutations", "must be a whole number of fen, not negative"));
    }
    const QJsonValue area = req.value(QLatin1String("area_m2"));
    if (!area.isUndefined() && !area.isNull() && (!area.isDouble() || area.toDouble() <= 0 || area.toDouble() > 100000))
        return a.invalid("requirement.area_m2", QCoreApplication::translate("CustomerMutations", "must be an area in m² above 0"));
    const QJsonValue gender = req.value(QLatin1String("gender"));
    if (!gender.isUndefined() && !gender.isNull() && gender != QLatin1String("male") && gender != QLatin1String("female"))
        return a.invalid("requirement.gender", QCoreApplication::translate("CustomerMutations", "must be \"male\" or \"female\""));
    const QJsonValue visitors = req.value(QLatin1String("visitors"));
    if (!visitors.isUndefined() && !visitors.isNull() &&
        (!visitors.isDouble() || visitors.toDouble() != double(visitors.toInt()) || visitors.toInt() < 1 || visitors.toInt() > 99))
        return a.invalid("requirement.visitors",
                         QCoreApplication::translate("CustomerMutations", "must be a whole number of people from 1 to 99"));
    for (const char *text : {"layout", "building", "heard_via", "note"}) {
        const QJsonValue v = req.value(QLatin1String(text));
        if (!v.isUndefined() && !v.isNull() && (!v.isString() || v.toString().size() > 500)) {
            const QByteArray field = QByteArray("requirement.") + text;
            return a.invalid(field.constData(),
                             QCoreApplication::translate("CustomerMutations", "must be a text of at most 500 characters"));
        }
    }
    return {};
}

// {"customer_id", "name"?, "grade"?, "status"?, "owner_id"?, "assigned_at"? (ms), "requirement"? {…}, "tags"? […]}
Result<QJsonObject> update(mutation::Context &ctx, const QJsonObject &args, int version)
{
    const mutation::Args a(QStringLiteral("customer.update@%1").arg(version), args);
    auto id = liveCustomer(ctx, a);
    if (!id)
        return id.error();
    auto &db = ctx.db();
    const qint64 now = ctx.nowMs();
    if (a.has("name")) {
        const QString raw = a.optionalText("name");
        if (raw.isEmpty())
            return a.invalid("name", QCoreApplication::translate("CustomerMutations", "cannot be empty"));
        const auto k = identity::NameNormalizer::forThisThread().keys(raw);
        // '!' sorts before every lead rank: a name typed by a person beats any lead's name.
        auto &st = db.prepare("UPDATE customer SET name = ?2, name_key = ?3, pinyin = ?4, initials = ?5, "
                              "name_rank = '!', updated_at = ?6 WHERE id = ?1");
        st.bind(1, *id).bind(2, k.display).bind(3, k.matchKey).bind(4, k.pinyin).bind(5, k.initials).bind(6, now);
        if (!st.exec())
            return makeError(QStringLiteral("storage.sql"), st.lastError());
    }
    if (a.has("grade")) {
        const QString g = a.optionalText("grade");
        if (!g.isEmpty() && !fromCode<Grade>(g))
            return a.invalid("grade", QCoreApplication::translate("CustomerMutations", "must be A, B, C or D"));
        if (auto r = setColumn(db, "UPDATE customer SET grade = ?2, updated_at = ?3 WHERE id = ?1", *id, g, now); !r)
            return r.error();
    }
    if (a.has("status")) {
        const QString s = a.optionalText("status");
        const auto status = fromCode<CustomerStatus>(s);
        if (!status)
            return a.invalid("status", QCoreApplication::translate("CustomerMutations", "is not a known status"));
        if (version >= 2 && isSetBySales(*status) && db.queryText("SELECT status FROM customer WHERE id = ?1", *id) != s)
            return a.invalid("status", QCoreApplication::translate("CustomerMutations",
                                                                   "cannot be set by hand to %1: sales sets it when the customer "
                                                                   "subscribes or signs")
                                           .arg(labelOf(*status)));
        if (auto r = setColumn(db, "UPDATE customer SET status = ?2, updated_at = ?3 WHERE id = ?1", *id, s, now); !r)
            return r.error();
    }
    if (a.has("owner_id")) {
        const QString o = a.optionalText("owner_id");
        if (!o.isEmpty() && db.queryText("SELECT id FROM app_user WHERE id = ?1", o).isEmpty())
            return a.invalid("owner_id", QCoreApplication::translate("CustomerMutations", "is not a user of this office"));
        // owner_since: when the current owner got the customer (the desk's "recently assigned").
        // An assignment replayed or generated later may say when it happened ("assigned_at").
        const qint64 since = a.optionalInteger("assigned_at", now);
        auto &st = db.prepare("UPDATE customer SET owner_id = ?2, updated_at = ?3, "
                              "owner_since = CASE WHEN ?2 IS NULL THEN NULL WHEN owner_id IS ?2 THEN owner_since ELSE ?4 END "
                              "WHERE id = ?1");
        st.bind(1, *id).bindOptional(2, o).bind(3, now).bind(4, since);
        if (!st.exec())
            return makeError(QStringLiteral("storage.sql"), st.lastError());
    }
    if (a.has("requirement")) {
        const QJsonObject req = args.value(QLatin1String("requirement")).toObject();
        if (auto r = checkRequirement(a, req); !r)
            return r.error();
        const QString json = req.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(req).toJson(QJsonDocument::Compact));
        if (auto r = setColumn(db, "UPDATE customer SET requirement = ?2, updated_at = ?3 WHERE id = ?1", *id, json, now); !r)
            return r.error();
    }
    if (a.has("tags")) {
        const QJsonArray tags = args.value(QLatin1String("tags")).toArray();
        const QString json = tags.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(tags).toJson(QJsonDocument::Compact));
        if (auto r = setColumn(db, "UPDATE customer SET tags = ?2, updated_at = ?3 WHERE id = ?1", *id, json, now); !r)
            return r.error();
    }
    return QJsonObject{{QStringLiteral("customer_id"), *id}};
}

// {"customer_id", "kind", "note", "occurred_at"? (ms), "next_at"? (ms), "consultant_id"?}
Result<QJsonObject> addFollowUp(mutation::Context &ctx, const QJsonObject &args, int version)
{
    const mutation::Args a(QStringLiteral("followup.add@%1").arg(version), args);
    auto id = liveCustomer(ctx, a);
    if (!id)
        return id.error();
    const QString kind = a.optionalText("kind").isEmpty() ? toCode(FollowUpKind::Call) : a.optionalText("kind");
    if (!fromCode<FollowUpKind>(kind))
        return a.invalid("kind", QCoreApplication::translate("CustomerMutations", "must be one of %1").arg(codeList<FollowUpKind>()));
    const qint64 at = a.optionalInteger("occurred_at", ctx.nowMs());
    const qint64 next = a.optionalInteger("next_at", 0);
    if (next != 0 && next <= at)
        return a.invalid("next_at", QCoreApplication::translate("CustomerMutations", "must be after the follow-up itself"));
    QString consultant = a.optionalText("consultant_id");
    auto &db = ctx.db();
    if (!consultant.isEmpty() && db.queryText("SELECT id FROM app_user WHERE id = ?1", consultant).isEmpty())
        return a.invalid("consultant_id", QCoreApplication::translate("CustomerMutations", "is not a user of this office"));
    if (consultant.isEmpty())
        consultant = db.queryText("SELECT id FROM app_user WHERE id = ?1 OR login = ?1", ctx.userId());
    const QString fid = ctx.newId();
    auto &st = db.prepare("INSERT INTO follow_up(id, customer_id, consultant_id, kind, note, occurred_at, next_at, "
                          "created_at) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    st.bind(1, fid).bind(2, *id).bindOptional(3, consultant).bind(4, kind).bind(5, a.optionalText("note")).bind(6, at);
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
    return QJsonObject{{QStringLiteral("follow_up_id"), fid}, {QStringLiteral("customer_id"), *id}};
}

// {"customer_id", "field": "phone"|"resident_id"} — someone unmasked the field (DESIGN.md §8).
// Only who looked and when is recorded; the plaintext is read afterwards (CustomerReveal),
// outside the mutation, so it never reaches the outbox.
Result<QJsonObject> reveal(mutation::Context &ctx, const QJsonObject &args)
{
    const mutation::Args a(QStringLiteral("customer.reveal@1"), args);
    auto id = liveCustomer(ctx, a);
    if (!id)
        return id.error();
    const QString field = a.optionalText("field");
    if (field != QLatin1String("phone") && field != QLatin1String("resident_id"))
        return a.invalid("field", QCoreApplication::translate("CustomerMutations", "must be phone or resident_id"));
    auto &db = ctx.db();
    const QString user = db.queryText("SELECT id FROM app_user WHERE id = ?1 OR login = ?1", ctx.userId());
    auto &st = db.prepare("INSERT INTO reveal_log(id, customer_id, field, user_id, revealed_at, op_id) "
                          "VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
    st.bind(1, ctx.newId())
        .bind(2, *id)
        .bind(3, field)
        .bindOptional(4, user.isEmpty() ? ctx.userId() : user)
        .bind(5, ctx.nowMs())
        .bind(6, ctx.opId());
    if (!st.exec())
        return makeError(QStringLiteral("storage.sql"), st.lastError());
    return QJsonObject{{QStringLiteral("customer_id"), *id}, {QStringLiteral("field"), field}};
}

} // namespace

void registerCustomerMutations(mutation::Registry &registry)
{
    for (int version : {1, 2}) {
        registry.add(QStringLiteral("customer.update"), version,
                     [version](mutation::Context &ctx, const QJsonObject &args) { return update(ctx, args, version); });
        registry.add(QStringLiteral("followup.add"), version,
                     [version](mutation::Context &ctx, const QJsonObject &args) { return addFollowUp(ctx, args, version); });
    }
    registry.add(QStringLiteral("customer.reveal"), 1, reveal);
}

} // namespace shoulou::customer
