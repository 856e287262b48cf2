#include "merger.h"

#include "identity/customerstore.h"
#include "identity/customerwrites.h"
#include "mutation/context.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace shoulou::identity {

Result<QString> Merger::merge(const QString &rootA, const QString &rootB, const QString &reason)
{
    if (rootA == rootB)
        return rootA;
    auto &db = m_ctx.db();
    const bool aFirst = m_store.rankOf(rootA) <= m_store.rankOf(rootB);
    const QString survivor = aFirst ? rootA : rootB;
    const QString loser = aFirst ? rootB : rootA;
    const qint64 now = m_ctx.nowMs();

    // The survivor keeps the most senior name, wherever it came from, so the outcome does
    // not depend on which customer existed first in this database.
    auto &name = db.prepare("UPDATE customer SET name = l.name, name_key = l.name_key, pinyin = l.pinyin, "
                            "initials = l.initials, name_rank = l.name_rank "
                            "FROM (SELECT name, name_key, pinyin, initials, name_rank FROM customer WHERE id = ?2) l "
                            "WHERE customer.id = ?1 AND l.name_rank <> '' "
                            "AND (customer.name_rank = '' OR customer.name_rank > l.name_rank)");
    name.bind(1, survivor).bind(2, loser);
    if (!name.exec())
        return CustomerWrites(m_ctx).fail("merge name").error();

    // Working fields: keep the survivor's, fill gaps from the loser; follow-up dates combine.
    auto &fields = db.prepare(
        "UPDATE customer SET owner_id = coalesce(customer.owner_id, l.owner_id), grade = coalesce(customer.grade, l.grade), "
        "requirement = coalesce(customer.requirement, l.requirement), "
        "last_follow_up_at = max(coalesce(customer.last_follow_up_at, 0), coalesce(l.last_follow_up_at, 0)), "
        "next_follow_up_at = coalesce(min(customer.next_follow_up_at, l.next_follow_up_at), customer.next_follow_up_at, "
        "l.next_follow_up_at), updated_at = ?3 "
        "FROM (SELECT * FROM customer WHERE id = ?2) l WHERE customer.id = ?1");
    fields.bind(1, survivor).bind(2, loser).bind(3, now);
    if (!fields.exec())
        return CustomerWrites(m_ctx).fail("merge fields").error();
    auto &fixZero = db.prepare("UPDATE customer SET last_follow_up_at = NULL WHERE id = ?1 AND last_follow_up_at = 0");
    fixZero.bind(1, survivor);
    fixZero.exec();

    auto &redirect = db.prepare("UPDATE customer SET merged_into = ?1, updated_at = ?3 WHERE id = ?2");
    redirect.bind(1, survivor).bind(2, loser).bind(3, now);
    auto &reroot = db.prepare("UPDATE customer SET root_id = ?1 WHERE root_id = ?2");
    reroot.bind(1, survivor).bind(2, loser);
    if (!redirect.exec() || !reroot.exec())
        return CustomerWrites(m_ctx).fail("merge redirect").error();

    auto &event = db.prepare("INSERT INTO merge_event(id, survivor_id, merged_id, reason, merged_at, op_id) "
                             "VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
    event.bind(1, m_ctx.newId()).bind(2, survivor).bind(3, loser).bind(4, reason).bind(5, now).bind(6, m_ctx.opId());
    if (!event.exec())
        return CustomerWrites(m_ctx).fail("merge event").error();

    // Review items about this pair are settled by the merge — except a name conflict, which is
    // about records already merged and still waits for a person.
    auto &reviews = db.prepare("UPDATE review_item SET status = 'merged', resolved_at = ?2 WHERE status = 'open' AND "
                               "kind <> 'name_conflict' AND "
                               "(SELECT root_id FROM customer WHERE id = customer_a) = ?1 AND "
                               "(SELECT root_id FROM customer WHERE id = customer_b) = ?1 AND "
                               "(customer_a IN (SELECT id FROM customer WHERE root_id = ?1) OR "
                               " customer_b IN (SELECT id FROM customer WHERE root_id = ?1))");
    reviews.bind(1, survivor).bind(2, now);
    if (!reviews.exec())
        return CustomerWrites(m_ctx).fail("merge reviews").error();
    return survivor;
}

Result<QString> Merger::unmerge(const QString &customerId)
{
    auto &db = m_ctx.db();
    auto &parentQ = db.prepare("SELECT merged_into, root_id FROM customer WHERE id = ?1");
    parentQ.bind(1, customerId);
    if (!parentQ.step()) {
        parentQ.reset();
        return makeError(QStringLiteral("customer.not_found"), QCoreApplication::translate("Merger", "No customer %1.").arg(customerId));
    }
    const QString parent = parentQ.text(0);
    const QString oldRoot = parentQ.text(1);
    parentQ.reset();
    if (parent.isEmpty())
        return makeError(
            QStringLiteral("customer.not_merged"),
            QCoreApplication::translate("Merger", "Customer %1 was not merged into another customer; there is nothing to undo.")
                .arg(customerId));
    const qint64 now = m_ctx.nowMs();

    auto &detach = db.prepare("UPDATE customer SET merged_into = NULL, updated_at = ?2 WHERE id = ?1");
    detach.bind(1, customerId).bind(2, now);
    // Everything that had been merged into this customer leaves with it.
    auto &reroot = db.prepare("WITH RECURSIVE sub(id) AS (SELECT ?1 UNION SELECT c.id FROM customer c "
                              "JOIN sub ON c.merged_into = sub.id) "
                              "UPDATE customer SET root_id = ?1 WHERE id IN (SELECT id FROM sub)");
    reroot.bind(1, customerId);
    auto &event = db.prepare("UPDATE merge_event SET unmerged_at = ?2 WHERE merged_id = ?1 AND unmerged_at IS NULL");
    event.bind(1, customerId).bind(2, now);
    auto &apart = db.prepare("INSERT OR IGNORE INTO separation(customer_a, customer_b, created_at) VALUES(?1, ?2, ?3)");
    apart.bind(1, qMin(customerId, parent)).bind(2, qMax(customerId, parent)).bind(3, now);
    if (!detach.exec() || !reroot.exec() || !event.exec() || !apart.exec())
        return CustomerWrites(m_ctx).fail("unmerge").error();
    return oldRoot;
}

} // namespace shoulou::identity
