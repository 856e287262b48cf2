// Mutations of identity resolution: lead.ingest, customer.merge, customer.unmerge, review.resolve.
#include "identity/customerstore.h"
#include "identity/merger.h"
#include "identity/mergereason.h"
#include "identity/resolver.h"
#include "mutation/args.h"
#include "mutation/handlers.h"
#include "mutation/registry.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace shoulou::identity {

namespace {

Result<QJsonObject> ingest(mutation::Context &ctx, const QJsonObject &args)
{
    auto lead = LeadInput::fromArgs(args);
    if (!lead)
        return lead.error();
    auto outcome = Resolver(ctx).ingest(*lead);
    if (!outcome)
        return outcome.error();
    return outcome->toJson();
}

Result<QString> liveRoot(CustomerStore &store, const mutation::Args &a, const char *field)
{
    auto id = a.text(field);
    if (!id)
        return id.error();
    const QString root = store.rootOf(*id);
    if (root.isEmpty())
        return makeError(QStringLiteral("customer.not_found"),
                         QCoreApplication::translate("IdentityMutations", "No customer %1.").arg(*id));
    return root;
}

// {"a": id, "b": id, "force": bool} — the senior customer survives whatever the order.
Result<QJsonObject> merge(mutation::Context &ctx, const QJsonObject &args)
{
    const mutation::Args a(QStringLiteral("customer.merge@1"), args);
    CustomerStore store(ctx.db());
    auto ra = liveRoot(store, a, "a");
    auto rb = ra ? liveRoot(store, a, "b") : ra;
    if (!ra || !rb)
        return (!ra ? ra : rb).error();
    if (*ra == *rb)
        return makeError(QStringLiteral("customer.same"),
                         QCoreApplication::translate("IdentityMutations", "These records are already one customer (%1).").arg(*ra));
    const auto idsA = store.residentIdsOfTree(*ra);
    const auto idsB = store.residentIdsOfTree(*rb);
    const bool conflict = !idsA.isEmpty() && !idsB.isEmpty() &&
                          std::none_of(idsA.begin(), idsA.end(), [&](const QByteArray &x) { return idsB.contains(x); });
    if (conflict && !args.value(QLatin1String("force")).toBool())
        return makeError(QStringLiteral("customer.resident_id_conflict"),
                         QCoreApplication::translate("IdentityMutations",
                                                     "Customers %1 and %2 have different resident ids; merge them only if one id is wrong "
                                                     "(use force).")
                             .arg(*ra, *rb));
    auto survivor = Merger(ctx, store)
                        .merge(*ra, *rb,
                               toCode(args.value(QLatin1String("reason")).toString() == toCode(MergeReason::Review) ? MergeReason::Review
                                                                                                                    : MergeReason::Manual));
    if (!survivor)
        return survivor.error();
    return QJsonObject{{QStringLiteral("survivor_id"), *survivor}, {QStringLiteral("merged_id"), *survivor == *ra ? *rb : *ra}};
}

// {"customer_id": id}
Result<QJsonObject> unmerge(mutation::Context &ctx, const QJsonObject &args)
{
    const mutation::Args a(QStringLiteral("customer.unmerge@1"), args);
    auto id = a.text("customer_id");
    if (!id)
        return id.error();
    CustomerStore store(ctx.db());
    auto former = Merger(ctx, store).unmerge(*id);
    if (!former)
        return former.error();
    return QJsonObject{{QStringLiteral("customer_id"), *id}, {QStringLiteral("former_root_id"), *former}};
}

// {"review_id": id, "decision": "merge"|"keep_separate"}
Result<QJsonObject> resolveReview(mutation::Context &ctx, const QJsonObject &args)
{
    const mutation::Args a(QStringLiteral("review.resolve@1"), args);
    auto id = a.text("review_id");
    auto decision = id ? a.text("decision") : id;
    if (!id || !decision)
        return (!id ? id : decision).error();
    auto &db = ctx.db();
    auto &q = db.prepare("SELECT customer_a, customer_b, status, kind FROM review_item WHERE id = ?1");
    q.bind(1, *id);
    if (!q.step()) {
        q.reset();
        return makeError(QStringLiteral("review.not_found"),
                         QCoreApplication::translate("IdentityMutations", "No review item %1.").arg(*id));
    }
    const QString ca = q.text(0), cb = q.text(1), status = q.text(2), kind = q.text(3);
    q.reset();
    if (status != QLatin1String("open"))
        return makeError(QStringLiteral("review.closed"),
                         QCoreApplication::translate("IdentityMutations", "Review item %1 is already %2.").arg(*id, status));
    QJsonObject out{{QStringLiteral("review_id"), *id}, {QStringLiteral("decision"), *decision}};
    CustomerStore store(db);
    const bool nameConflict = kind == QLatin1String("name_conflict");
    if (nameConflict && *decision == QLatin1String("merge")) {
        // The records are one customer already: "merge" confirms it.
        out.insert(QStringLiteral("survivor_id"), store.rootOf(ca));
    } else if (nameConflict && *decision == QLatin1String("keep_separate")) {
        if (ca == cb)
            return makeError(QStringLiteral("review.cannot_split"),
                             QCoreApplication::translate("IdentityMutations",
                                                         "Review item %1 is about one customer whose records carry different "
                                                         "names; it cannot be split here.")
                                 .arg(*id));
        // Two customers that were merged: the one merged in leaves again, and stays apart.
        const QString merged = db.queryText("SELECT merged_into FROM customer WHERE id = ?1", ca).isEmpty() ? cb : ca;
        if (store.rootOf(ca) == store.rootOf(cb))
            if (auto split = Merger(ctx, store).unmerge(merged); !split)
                return split.error();
    } else if (*decision == QLatin1String("merge")) {
        auto survivor = Merger(ctx, store).merge(store.rootOf(ca), store.rootOf(cb), QStringLiteral("review"));
        if (!survivor)
            return survivor.error();
        out.insert(QStringLiteral("survivor_id"), *survivor);
    } else if (*decision == QLatin1String("keep_separate")) {
        auto &apart = db.prepare("INSERT OR IGNORE INTO separation(customer_a, customer_b, created_at) VALUES(?1, ?2, ?3)");
        apart.bind(1, qMin(ca, cb)).bind(2, qMax(ca, cb)).bind(3, ctx.nowMs());
        if (!apart.exec())
            return makeError(QStringLiteral("storage.sql"), apart.lastError());
    } else {
        return a.invalid("decision", QCoreApplication::translate("IdentityMutations", "must be \"merge\" or \"keep_separate\""));
    }
    auto &close = db.prepare("UPDATE review_item SET status = ?2, resolved_at = ?3 WHERE id = ?1");
    close.bind(1, *id)
        .bind(2, *decision == QLatin1String("merge") ? QStringLiteral("merged") : QStringLiteral("kept_separate"))
        .bind(3, ctx.nowMs());
    if (!close.exec())
        return makeError(QStringLiteral("storage.sql"), close.lastError());
    return out;
}

// {"review_ids": [id, …], "decision": "merge"|"keep_separate"} — one decision about a person's
// group of suggestions (ReviewQueue groups soft matches): each item still open is decided in
// turn; one already settled by an earlier merge of the group is skipped.
Result<QJsonObject> resolveReviewGroup(mutation::Context &ctx, const QJsonObject &args)
{
    const mutation::Args a(QStringLiteral("review.resolve_group@1"), args);
    const QJsonArray ids = args.value(QLatin1String("review_ids")).toArray();
    if (ids.isEmpty())
        return a.invalid("review_ids", QCoreApplication::translate("IdentityMutations", "must list at least one review item"));
    auto decision = a.text("decision");
    if (!decision)
        return decision.error();
    QJsonArray decided;
    QString survivor;
    for (const QJsonValue &v : ids) {
        const QString id = v.toString();
        if (ctx.db().queryText("SELECT status FROM review_item WHERE id = ?1", id) != QLatin1String("open"))
            continue;
        auto r = resolveReview(ctx, {{QStringLiteral("review_id"), id}, {QStringLiteral("decision"), *decision}});
        if (!r)
            return r.error();
        decided.append(id);
        if (r->contains(QLatin1String("survivor_id")))
            survivor = r->value(QLatin1String("survivor_id")).toString();
    }
    QJsonObject out{{QStringLiteral("decided"), decided}, {QStringLiteral("decision"), *decision}};
    if (!survivor.isEmpty())
        out.insert(QStringLiteral("survivor_id"), CustomerStore(ctx.db()).rootOf(survivor));
    return out;
}

// The trigram index over phone digits is derived data: it is brought up to date once per
// transaction. (FTS5 flushes its pending terms at every savepoint, so writing it inside each
// mutation's savepoint made an import ten times slower.)
Result<void> indexNewPhones(storage::Database &db)
{
    const qint64 done = db.meta(QStringLiteral("phone_fragment_rowid")).toLongLong();
    const qint64 last = db.queryInt("SELECT coalesce(max(rowid), 0) FROM customer_phone");
    if (last <= done)
        return {};
    auto &st = db.prepare("INSERT INTO phone_fragment(rowid, digits) SELECT rowid, digits FROM customer_phone "
                          "WHERE rowid > ?1 AND rowid <= ?2");
    st.bind(1, done).bind(2, last);
    if (!st.exec())
        return makeError(QStringLiteral("storage.sql"), st.lastError());
    return db.setMeta(QStringLiteral("phone_fragment_rowid"), QString::number(last));
}

} // namespace

void registerIdentityMutations(mutation::Registry &registry)
{
    registry.add(QStringLiteral("lead.ingest"), 1, ingest);
    registry.add(QStringLiteral("customer.merge"), 1, merge);
    registry.add(QStringLiteral("customer.unmerge"), 1, unmerge);
    registry.add(QStringLiteral("review.resolve"), 1, resolveReview);
    registry.add(QStringLiteral("review.resolve_group"), 1, resolveReviewGroup);
    registry.addPrecommit(indexNewPhones);
}

} // namespace shoulou::identity
