#include "reviewqueue.h"

#include "identity/customerstore.h"
#include "identity/leadinput.h"
#include "identity/phonenumber.h"
#include "storage/database.h"

#include <algorithm>

namespace shoulou::customer {

qint64 ReviewQueue::openCount()
{
    return m_db.queryInt("SELECT count(*) FROM review_item WHERE status = 'open'");
}

QList<ReviewEntry> ReviewQueue::open(int limit)
{
    // Through review_item_open (status, created_at); ties keep the id order (UUIDv7).
    auto &st = m_db.prepare("SELECT r.id, r.kind, r.created_at, a.id, a.name, b.id, b.name, a.first_seen_at, "
                            "a.first_seen_key, b.first_seen_at, b.first_seen_key FROM review_item r "
                            "JOIN customer xa ON xa.id = r.customer_a JOIN customer a ON a.id = xa.root_id "
                            "JOIN customer xb ON xb.id = r.customer_b JOIN customer b ON b.id = xb.root_id "
                            "WHERE r.status = 'open' ORDER BY r.created_at DESC, r.id DESC LIMIT ?1");
    st.bind(1, limit);
    QList<ReviewEntry> out;
    while (st.step()) {
        ReviewEntry e{st.text(0), st.text(1), st.int64(2), st.text(3), st.text(4), st.text(5), st.text(6)};
        // A is the customer seen first — the one a merge keeps — whichever record raised the item.
        if (identity::seniorityRank(st.int64(9), st.text(10)) < identity::seniorityRank(st.int64(7), st.text(8))) {
            std::swap(e.customerA, e.customerB);
            std::swap(e.nameA, e.nameB);
        }
        out.append(e);
    }
    st.reset();
    return out;
}

ReviewSide ReviewQueue::side(const QString &customerId)
{
    ReviewSide s;
    auto &c = m_db.prepare("SELECT r.id, r.name, r.status, coalesce(r.grade, ''), coalesce(u.display_name, ''), "
                           "r.first_seen_at, r.first_seen_key FROM customer x JOIN customer r ON r.id = x.root_id "
                           "LEFT JOIN app_user u ON u.id = r.owner_id WHERE x.id = ?1");
    c.bind(1, customerId);
    if (c.step()) {
        s.found = true;
        s.customerId = c.text(0);
        s.name = c.text(1);
        s.status = c.text(2);
        s.grade = c.text(3);
        s.ownerName = c.text(4);
        s.firstSeenAt = c.int64(5);
        s.rank = identity::seniorityRank(c.int64(5), c.text(6));
    }
    c.reset();
    if (!s.found)
        return s;

    auto &p = m_db.prepare("SELECT p.e164, p.extension, p.kind FROM customer_phone p JOIN customer c ON c.id = p.customer_id "
                           "WHERE c.root_id = ?1 ORDER BY p.created_at, p.rowid");
    p.bind(1, s.customerId);
    while (p.step())
        s.maskedPhones.append(identity::PhoneNumber::fromStored(p.text(0), p.text(1), p.text(2)).masked());
    p.reset();

    auto &r = m_db.prepare("SELECT r.masked FROM customer_resident_id r JOIN customer c ON c.id = r.customer_id "
                           "WHERE c.root_id = ?1 ORDER BY r.created_at, r.masked");
    r.bind(1, s.customerId);
    while (r.step())
        s.maskedResidentIds.append(r.text(0));
    r.reset();

    auto &ch = m_db.prepare("SELECT coalesce(ch.name, ''), min(t.occurred_at), count(*) FROM touch t "
                            "JOIN customer c ON c.id = t.customer_id LEFT JOIN channel ch ON ch.id = t.channel_id "
                            "WHERE c.root_id = ?1 GROUP BY t.channel_id ORDER BY 2, 1");
    ch.bind(1, s.customerId);
    while (ch.step()) {
        s.channels.append({ch.text(0), ch.int64(1)});
        s.touches += int(ch.int64(2));
    }
    ch.reset();

    auto &f = m_db.prepare("SELECT count(*) FROM follow_up WHERE customer_id IN (SELECT id FROM customer WHERE root_id = ?1)");
    f.bind(1, s.customerId);
    if (f.step())
        s.followUps = int(f.int64(0));
    f.reset();
    return s;
}

ReviewPair ReviewQueue::pair(const QString &customerA, const QString &customerB)
{
    ReviewPair p{side(customerA), side(customerB)};
    if (!p.a.found || !p.b.found)
        return p;
    // The same rule as customer.merge's refusal without force: ids on both sides, none shared.
    identity::CustomerStore store(m_db);
    const auto idsA = store.residentIdsOfTree(p.a.customerId);
    const auto idsB = store.residentIdsOfTree(p.b.customerId);
    p.residentIdsDiffer = !idsA.isEmpty() && !idsB.isEmpty() &&
                          std::none_of(idsA.begin(), idsA.end(), [&](const QByteArray &x) { return idsB.contains(x); });
    // The same rule as Merger::merge: the smaller rank (seen first) survives; ties keep A.
    p.aSurvives = p.a.rank <= p.b.rank;
    return p;
}

} // namespace shoulou::customer
