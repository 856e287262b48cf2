// Mutations of identity resolution: lead.ingest, customer.merge, customer.unmerge,
// review.resolve and review.resolve_group, each on its typed arguments.
#include "identity/customermerge.h"
#include "identity/customerstore.h"
#include "identity/merger.h"
#include "identity/mergereason.h"
#include "identity/resolver.h"
#include "identity/reviewkind.h"
#include "identity/reviewresolve.h"
#include "mutation/handlers.h"
#include "mutation/registry.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace shoulou::identity {

namespace {

Result<IngestOutcome> ingest(mutation::Context &ctx, const LeadInput &lead)
{
    return Resolver(ctx).ingest(lead);
}

Result<QString> liveRoot(CustomerStore &store, const QString &id)
{
    const QString root = store.rootOf(id);
    if (root.isEmpty())
        return makeError(QStringLiteral("customer.not_found"), QCoreApplication::translate("IdentityMutations", "No customer %1.").arg(id));
    return root;
}

// The senior customer survives whatever the order.
Result<CustomerMerge::Outcome> merge(mutation::Context &ctx, const CustomerMerge &m)
{
    CustomerStore store(ctx.db());
    auto ra = liveRoot(store, m.a);
    auto rb = ra ? liveRoot(store, m.b) : ra;
    if (!ra || !rb)
        return (!ra ? ra : rb).error();
    if (*ra == *rb)
        return makeError(QStringLiteral("customer.same"),
                         QCoreApplication::translate("IdentityMutations", "These records are already one customer (%1).").arg(*ra));
    const auto idsA = store.residentIdsOfTree(*ra);
    const auto idsB = store.residentIdsOfTree(*rb);
    const bool conflict = !idsA.isEmpty() && !idsB.isEmpty() &&
                          std::none_of(idsA.begin(), idsA.end(), [&](const QByteArray &x) { return idsB.contains(x); });
    if (conflict && !m.force)
        return makeError(QStringLiteral("customer.resident_id_conflict"),
                         QCoreApplication::translate("IdentityMutations",
                                                     "Customers %1 and %2 have different resident ids; merge them only if one id is wrong "
                                                     "(use force).")
                             .arg(*ra, *rb));
    auto survivor = Merger(ctx, store).merge(*ra, *rb, toCode(m.reason));
    if (!survivor)
        return survivor.error();
    return CustomerMerge::Outcome{*survivor, *survivor == *ra ? *rb : *ra};
}

Result<CustomerUnmerge::Outcome> unmerge(mutation::Context &ctx, const CustomerUnmerge &u)
{
    CustomerStore store(ctx.db());
    auto former = Merger(ctx, store).unmerge(u.customerId);
    if (!former)
        return former.error();
    return CustomerUnmerge::Outcome{u.customerId, *former};
}

Result<ReviewResolve::Outcome> resolveReview(mutation::Context &ctx, const ReviewResolve &resolve)
{
    const QString &id = resolve.reviewId;
    auto &db = ctx.db();
    auto &q = db.prepare("SELECT customer_a, customer_b, status, kind FROM review_item WHERE id = ?1");
    q.bind(1, id);
    if (!q.step()) {
        q.reset();
        return makeError(QStringLiteral("review.not_found"),
                         QCoreApplication::translate("IdentityMutations", "No review item %1.").arg(id));
    }
    const QString ca = q.text(0), cb = q.text(1), status = q.text(2), kind = q.text(3);
    q.reset();
    if (status != QLatin1String("open"))
        return makeError(QStringLiteral("review.closed"),
                         QCoreApplication::translate("IdentityMutations", "Review item %1 is already %2.").arg(id, status));
    const bool merge = resolve.decision == ReviewResolve::Decision::Merge;
    ReviewResolve::Outcome out{id, {}, resolve.decision};
    CustomerStore store(db);
    const bool nameConflict = kind == toCode(ReviewKind::NameConflict);
    if (nameConflict && merge) {
        // The records are one customer already: "merge" confirms it.
        out.survivorId = store.rootOf(ca);
    } else if (nameConflict) {
        if (ca == cb)
            return makeError(QStringLiteral("review.cannot_split"),
                             QCoreApplication::translate("IdentityMutations",
                                                         "Review item %1 is about one customer whose records carry different "
                                                         "names; it cannot be split here.")
                                 .arg(id));
        // Two customers that were merged: the one merged in leaves again, and stays apart.
        const QString merged = db.queryText("SELECT merged_into FROM customer WHERE id = ?1", ca).isEmpty() ? cb : ca;
        if (store.rootOf(ca) == store.rootOf(cb))
            if (auto split = Merger(ctx, store).unmerge(merged); !split)
                return split.error();
    } else if (merge) {
        auto survivor = Merger(ctx, store).merge(store.rootOf(ca), store.rootOf(cb), toCode(MergeReason::Review));
        if (!survivor)
            return survivor.error();
        out.survivorId = *survivor;
    } else {
        auto &apart = db.prepare("INSERT OR IGNORE INTO separation(customer_a, customer_b, created_at) VALUES(?1, ?2, ?3)");
        apart.bind(1, qMin(ca, cb)).bind(2, qMax(ca, cb)).bind(3, ctx.nowMs());
        if (!apart.exec())
            return makeError(QStringLiteral("storage.sql"), apart.lastError());
    }
    auto &close = db.prepare("UPDATE review_item SET status = ?2, resolved_at = ?3 WHERE id = ?1");
    close.bind(1, id).bind(2, merge ? QStringLiteral("merged") : QStringLiteral("kept_separate")).bind(3, ctx.nowMs());
    if (!close.exec())
        return makeError(QStringLiteral("storage.sql"), close.lastError());
    return out;
}

// One decision about a person's group of suggestions (ReviewQueue groups soft matches): each
// item still open is decided in turn; one already settled by an earlier merge of the group is
// skipped.
Result<ReviewGroupResolve::Outcome> resolveReviewGroup(mutation::Context &ctx, const ReviewGroupResolve &group)
{
    ReviewGroupResolve::Outcome out;
    out.decision = group.decision;
    QString survivor;
    for (const QString &id : group.reviewIds) {
        if (ctx.db().queryText("SELECT status FROM review_item WHERE id = ?1", id) != QLatin1String("open"))
            continue;
        auto r = resolveReview(ctx, ReviewResolve{id, group.decision});
        if (!r)
            return r.error();
        out.decided.append(id);
        if (!r->survivorId.isEmpty())
            survivor = r->survivorId;
    }
    if (!survivor.isEmpty())
        out.survivorId = CustomerStore(ctx.db()).rootOf(survivor);
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
    // lead.ingest: the importer and the demo apply it typed (ingestLead); this is the replay
    // of its outbox JSON, the same Resolver on the same struct.
    registry.add<LeadInput>(LeadInput::kVersion, ingest);
    registry.add<CustomerMerge>(CustomerMerge::kVersion, merge);
    registry.add<CustomerUnmerge>(CustomerUnmerge::kVersion, unmerge);
    registry.add<ReviewResolve>(ReviewResolve::kVersion, resolveReview);
    registry.add<ReviewGroupResolve>(ReviewGroupResolve::kVersion, resolveReviewGroup);
    registry.addPrecommit(indexNewPhones);
}

} // namespace shoulou::identity
