#include "reviewqueue.h"

#include "identity/customerstore.h"
#include "identity/leadinput.h"
#include "identity/phonenumber.h"
#include "identity/reviewkind.h"
#include "storage/database.h"
#include "storage/readerror.h"

#include <QHash>

#include <algorithm>

namespace shoulou::customer {

namespace {

constexpr const char *kCountSql = "SELECT count(*) FROM review_item WHERE status = 'open'";
// Through review_item_open (status, created_at); ties keep the id order (UUIDv7).
constexpr const char *kOpenSql = "SELECT r.id, r.kind, r.created_at, a.id, a.name, b.id, b.name, a.first_seen_at, "
                                 "a.first_seen_key, b.first_seen_at, b.first_seen_key FROM review_item r "
                                 "JOIN customer xa ON xa.id = r.customer_a JOIN customer a ON a.id = xa.root_id "
                                 "JOIN customer xb ON xb.id = r.customer_b JOIN customer b ON b.id = xb.root_id "
                                 "WHERE r.status = 'open' ORDER BY r.created_at DESC, r.id DESC";
constexpr const char *kSideSql = "SELECT r.id, r.name, r.status, coalesce(r.grade, ''), coalesce(u.display_name, ''), "
                                 "r.first_seen_at, r.first_seen_key FROM customer x JOIN customer r ON r.id = x.root_id "
                                 "LEFT JOIN app_user u ON u.id = r.owner_id WHERE x.id = ?1";
constexpr const char *kPhonesSql = "SELECT p.e164, p.extension, p.kind, p.digits FROM customer_phone p JOIN customer c "
                                   "ON c.id = p.customer_id WHERE c.root_id = ?1 ORDER BY p.created_at, p.rowid";
constexpr const char *kResidentIdsSql = "SELECT r.masked FROM customer_resident_id r JOIN customer c ON c.id = r.customer_id "
                                        "WHERE c.root_id = ?1 ORDER BY r.created_at, r.masked";
constexpr const char *kChannelsSql = "SELECT coalesce(ch.name, ''), min(t.occurred_at), count(*) FROM touch t "
                                     "JOIN customer c ON c.id = t.customer_id LEFT JOIN channel ch ON ch.id = t.channel_id "
                                     "WHERE c.root_id = ?1 GROUP BY t.channel_id ORDER BY 2, 1";
constexpr const char *kFollowUpsSql = "SELECT count(*) FROM follow_up WHERE customer_id IN (SELECT id FROM customer WHERE root_id = ?1)";

// Runs `row` for each row of `sql` bound to `arg`; a failed read is an error.
template <typename Row>
std::optional<Error> eachRow(storage::Database &db, const char *sql, const QString &arg, Row row)
{
    auto &st = db.prepare(sql);
    st.bind(1, arg);
    while (st.step())
        row(st);
    auto error = storage::readError(st, sql);
    st.reset();
    return error;
}

// "139****2228" with the digits at `shown` visible too (an 11-digit mobile's middle four).
QString maskedShowing(const QString &masked, const QString &digits, const QList<int> &shown)
{
    if (digits.size() != 11 || masked.size() != 11)
        return masked;
    QString out = masked;
    for (int i : shown)
        out[i] = digits[i];
    return out;
}

} // namespace

Result<qint64> ReviewQueue::openCount()
{
    auto &st = m_db.prepare(kCountSql);
    return storage::readInt64(st, kCountSql);
}

Result<QList<ReviewEntry>> ReviewQueue::open(int limit)
{
    auto p = page(limit);
    if (!p)
        return p.error();
    return p->entries;
}

Result<ReviewPage> ReviewQueue::page(int limit)
{
    // Every open item, newest first (the grouping needs all of a person's suggestions; an
    // office has thousands at most, read on a background worker).
    struct Item {
        ReviewEntry entry;
        QString rankA, rankB;
    };
    QList<Item> items;
    auto &st = m_db.prepare(kOpenSql);
    while (st.step()) {
        Item it{{st.text(0), st.text(1), st.int64(2), st.text(3), st.text(4), st.text(5), st.text(6), {}, {}, {}},
                identity::seniorityRank(st.int64(7), st.text(8)),
                identity::seniorityRank(st.int64(9), st.text(10))};
        // A is the customer seen first — the one a merge keeps — whichever record raised the item.
        if (it.rankB < it.rankA) {
            std::swap(it.entry.customerA, it.entry.customerB);
            std::swap(it.entry.nameA, it.entry.nameB);
            std::swap(it.rankA, it.rankB);
        }
        items.append(it);
    }
    auto error = storage::readError(st, kOpenSql);
    st.reset();
    if (error)
        return *error;

    // Soft matches that link the same customers form one group (union-find over live ids).
    QHash<QString, QString> parent;
    auto find = [&parent](QString x) {
        for (auto it = parent.constFind(x); it != parent.constEnd(); it = parent.constFind(x))
            x = *it;
        return x;
    };
    const QString soft = toCode(identity::ReviewKind::SoftMatch);
    for (const Item &it : std::as_const(items))
        if (it.entry.kind == soft)
            if (const QString ra = find(it.entry.customerA), rb = find(it.entry.customerB); ra != rb)
                parent.insert(ra, rb);

    ReviewPage page;
    QHash<QString, int> groupEntry; // group root → index in page.entries
    QHash<QString, QString> rankOf, nameOf;
    for (const Item &it : std::as_const(items)) {
        rankOf.insert(it.entry.customerA, it.rankA);
        rankOf.insert(it.entry.customerB, it.rankB);
        nameOf.insert(it.entry.customerA, it.entry.nameA);
        nameOf.insert(it.entry.customerB, it.entry.nameB);
        if (it.entry.kind != soft) {
            ReviewEntry e = it.entry;
            e.reviewIds = {e.id};
            e.lookAlikes = {e.customerB};
            e.lookAlikeNames = {e.nameB};
            page.entries.append(e);
            continue;
        }
        const QString g = find(it.entry.customerA);
        auto at = groupEntry.constFind(g);
        if (at == groupEntry.constEnd()) {
            // The newest item of the group (items come newest first) places it in the queue.
            ReviewEntry e = it.entry;
            e.reviewIds = {e.id};
            at = groupEntry.insert(g, int(page.entries.size()));
            page.entries.append(e);
        } else {
            page.entries[*at].reviewIds.append(it.entry.id);
        }
        ReviewEntry &e = page.entries[*at];
        for (const QString &c : {it.entry.customerA, it.entry.customerB})
            if (!e.lookAlikes.contains(c))
                e.lookAlikes.append(c);
    }
    // A group's A is its customer seen first; B the next one seen.
    for (ReviewEntry &e : page.entries) {
        if (e.kind != soft)
            continue;
        std::sort(e.lookAlikes.begin(), e.lookAlikes.end(),
                  [&](const QString &x, const QString &y) { return rankOf.value(x) < rankOf.value(y); });
        e.customerA = e.lookAlikes.takeFirst();
        e.nameA = nameOf.value(e.customerA);
        e.customerB = e.lookAlikes.value(0);
        e.nameB = nameOf.value(e.customerB);
        for (const QString &c : std::as_const(e.lookAlikes))
            e.lookAlikeNames.append(nameOf.value(c));
    }
    page.total = page.entries.size();
    if (page.entries.size() > limit)
        page.entries.resize(limit);
    return page;
}

Result<ReviewSide> ReviewQueue::side(const QString &customerId)
{
    ReviewSide s;
    if (auto e = eachRow(m_db, kSideSql, customerId, [&s](storage::Statement &c) {
            s.found = true;
            s.customerId = c.text(0);
            s.name = c.text(1);
            s.status = c.text(2);
            s.grade = c.text(3);
            s.ownerName = c.text(4);
            s.firstSeenAt = c.int64(5);
            s.rank = identity::seniorityRank(c.int64(5), c.text(6));
        }))
        return *e;
    if (!s.found)
        return s;
    if (auto e = eachRow(m_db, kPhonesSql, s.customerId, [&s](storage::Statement &p) {
            s.maskedPhones.append(identity::PhoneNumber::fromStored(p.text(0), p.text(1), p.text(2)).masked());
        }))
        return *e;
    if (auto e = eachRow(m_db, kResidentIdsSql, s.customerId, [&s](storage::Statement &r) { s.maskedResidentIds.append(r.text(0)); }))
        return *e;
    if (auto e = eachRow(m_db, kChannelsSql, s.customerId, [&s](storage::Statement &ch) {
            s.channels.append({ch.text(0), ch.int64(1)});
            s.touches += int(ch.int64(2));
        }))
        return *e;
    if (auto e = eachRow(m_db, kFollowUpsSql, s.customerId, [&s](storage::Statement &f) { s.followUps = int(f.int64(0)); }))
        return *e;
    return s;
}

Result<QStringList> ReviewQueue::phoneDigits(const QString &customerId)
{
    QStringList digits;
    if (auto e = eachRow(m_db, kPhonesSql, customerId, [&digits](storage::Statement &p) { digits.append(p.text(3)); }))
        return *e;
    return digits;
}

Result<ReviewPair> ReviewQueue::pair(const QString &customerA, const QString &customerB)
{
    auto a = side(customerA);
    if (!a)
        return a.error();
    auto b = side(customerB);
    if (!b)
        return b.error();
    ReviewPair p{*a, *b};
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

    // Phones one digit apart look the same masked when the digit is in the hidden middle:
    // show the digits that differ (only those), so the reviewer can tell the numbers apart.
    auto digitsA = phoneDigits(p.a.customerId);
    if (!digitsA)
        return digitsA.error();
    auto digitsB = phoneDigits(p.b.customerId);
    if (!digitsB)
        return digitsB.error();
    for (int i = 0; i < digitsA->size() && i < p.a.maskedPhones.size(); ++i)
        for (int j = 0; j < digitsB->size() && j < p.b.maskedPhones.size(); ++j) {
            const QString &x = digitsA->at(i), &y = digitsB->at(j);
            if (x.size() != 11 || y.size() != 11 || x == y)
                continue;
            QList<int> differ;
            for (int k = 0; k < 11; ++k)
                if (x[k] != y[k])
                    differ << k;
            if (differ.size() > 2)
                continue;
            p.a.maskedPhones[i] = maskedShowing(p.a.maskedPhones[i], x, differ);
            p.b.maskedPhones[j] = maskedShowing(p.b.maskedPhones[j], y, differ);
        }
    return p;
}

} // namespace shoulou::customer
