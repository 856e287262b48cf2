#include "customerstore.h"

#include "storage/database.h"

namespace shoulou::identity {

namespace {

QString oneText(storage::Statement &st)
{
    const QString v = st.step() ? st.text(0) : QString();
    st.reset();
    return v;
}

int hamming(const QString &a, const QString &b)
{
    if (a.size() != b.size())
        return 99;
    int d = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        d += a[i] != b[i];
    return d;
}

} // namespace

QString CustomerStore::rootOfPhone(const QString &matchKey)
{
    auto &st = m_db.prepare("SELECT c.root_id FROM customer_phone p JOIN customer c ON c.id = p.customer_id "
                            "WHERE p.match_key = ?1");
    st.bind(1, matchKey);
    return oneText(st);
}

QString CustomerStore::rootOfResidentId(const QByteArray &blindIndex)
{
    auto &st = m_db.prepare("SELECT c.root_id FROM customer_resident_id r JOIN customer c ON c.id = r.customer_id "
                            "WHERE r.blind_index = ?1");
    st.bindBlob(1, blindIndex);
    return oneText(st);
}

QString CustomerStore::rootOfDevice(const QString &matchKey)
{
    auto &st = m_db.prepare("SELECT c.root_id FROM customer_device d JOIN customer c ON c.id = d.customer_id "
                            "WHERE d.match_key = ?1");
    st.bind(1, matchKey);
    return oneText(st);
}

QString CustomerStore::rootOf(const QString &customerId)
{
    auto &st = m_db.prepare("SELECT root_id FROM customer WHERE id = ?1");
    st.bind(1, customerId);
    return oneText(st);
}

QString CustomerStore::customerOfLead(const QByteArray &dedupKey)
{
    auto &st = m_db.prepare("SELECT c.root_id FROM touch t JOIN customer c ON c.id = t.customer_id "
                            "WHERE t.dedup_key = ?1");
    st.bindBlob(1, dedupKey);
    return oneText(st);
}

QList<QByteArray> CustomerStore::residentIdsOfTree(const QString &rootId)
{
    auto &st = m_db.prepare("SELECT r.blind_index FROM customer_resident_id r JOIN customer c ON c.id = r.customer_id "
                            "WHERE c.root_id = ?1");
    st.bind(1, rootId);
    QList<QByteArray> out;
    while (st.step())
        out.append(st.blob(0));
    st.reset();
    return out;
}

QString CustomerStore::rankOf(const QString &rootId)
{
    auto &st = m_db.prepare("SELECT first_seen_at, first_seen_key FROM customer WHERE id = ?1");
    st.bind(1, rootId);
    QString r;
    if (st.step())
        r = seniorityRank(st.int64(0), st.text(1));
    st.reset();
    return r;
}

bool CustomerStore::separated(const QString &rootA, const QString &rootB)
{
    // A separation recorded between any members of the two trees keeps them apart.
    auto &st = m_db.prepare("SELECT 1 FROM separation s JOIN customer a ON a.id = s.customer_a "
                            "JOIN customer b ON b.id = s.customer_b "
                            "WHERE (a.root_id = ?1 AND b.root_id = ?2) OR (a.root_id = ?2 AND b.root_id = ?1) LIMIT 1");
    st.bind(1, rootA).bind(2, rootB);
    const bool found = st.step();
    st.reset();
    return found;
}

QStringList CustomerStore::softMatches(const QString &customerId, const LeadPhone &phone, const QString &nameKey)
{
    QStringList out;
    if (phone.kind != QLatin1String("mobile") || nameKey.isEmpty() || phone.digits.size() != 11)
        return out;
    const QString root = rootOf(customerId);
    // One digit apart means one half of the number is identical: two index probes.
    auto &st = m_db.prepare("SELECT customer_id, digits FROM customer_phone WHERE soft_a = ?1 "
                            "UNION ALL SELECT customer_id, digits FROM customer_phone WHERE soft_b = ?2");
    st.bind(1, nameKey + QLatin1Char('|') + phone.digits.left(6)).bind(2, nameKey + QLatin1Char('|') + phone.digits.mid(6));
    QStringList near;
    while (st.step())
        if (hamming(st.text(1), phone.digits) == 1)
            near.append(st.text(0));
    st.reset();
    for (const QString &owner : near) {
        const QString other = rootOf(owner);
        if (other != root && !out.contains(other))
            out.append(other);
    }
    return out;
}

} // namespace shoulou::identity
