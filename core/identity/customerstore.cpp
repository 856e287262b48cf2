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

Result<void> CustomerStore::fail(const char *what) const
{
    return makeError(QStringLiteral("storage.sql"), QString::fromUtf8(what) + QStringLiteral(": ") + m_db.lastError());
}

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

Result<void> CustomerStore::insertCustomer(const QString &id, const LeadInput &lead, qint64 now)
{
    auto &st = m_db.prepare("INSERT INTO customer(id, name, name_key, pinyin, initials, first_seen_at, first_seen_key, "
                            "name_rank, root_id, first_channel_id, created_at, updated_at) "
                            "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?1, ?10, ?9, ?9)");
    st.bind(1, id)
        .bind(2, lead.name)
        .bind(3, lead.nameKey)
        .bind(4, lead.pinyin)
        .bind(5, lead.initials)
        .bind(6, lead.receivedAt)
        .bind(7, QString::fromLatin1(lead.dedupKey.toHex()))
        .bind(8, lead.name.isEmpty() ? QString() : lead.rank())
        .bind(9, now)
        .bindOptional(10, lead.channelId);
    return st.exec() ? Result<void>() : fail("insert customer");
}

Result<void> CustomerStore::addPhone(const QString &customerId, const LeadPhone &phone, const QString &nameKey, qint64 now)
{
    const bool soft = phone.kind == QLatin1String("mobile") && !nameKey.isEmpty() && phone.digits.size() == 11;
    auto &st = m_db.prepare("INSERT INTO customer_phone(match_key, customer_id, e164, extension, kind, digits, soft_a, "
                            "soft_b, raw, created_at) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    st.bind(1, phone.matchKey)
        .bind(2, customerId)
        .bind(3, phone.e164)
        .bindOptional(4, phone.extension)
        .bind(5, phone.kind)
        .bind(6, phone.digits)
        .bindOptional(7, soft ? nameKey + QLatin1Char('|') + phone.digits.left(6) : QString())
        .bindOptional(8, soft ? nameKey + QLatin1Char('|') + phone.digits.mid(6) : QString())
        .bindOptional(9, phone.raw)
        .bind(10, now);
    return st.exec() ? Result<void>() : fail("insert phone");
}

Result<void> CustomerStore::addResidentId(const QString &customerId, const LeadResidentId &rid, qint64 now)
{
    auto &st = m_db.prepare("INSERT INTO customer_resident_id(blind_index, customer_id, sealed, masked, legacy15, "
                            "needs_review, created_at) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    st.bindBlob(1, rid.blindIndex)
        .bind(2, customerId)
        .bindBlob(3, rid.sealed)
        .bind(4, rid.masked)
        .bind(5, rid.legacy15 ? 1 : 0)
        .bind(6, rid.needsReview ? 1 : 0)
        .bind(7, now);
    return st.exec() ? Result<void>() : fail("insert resident id");
}

Result<void> CustomerStore::addDevice(const QString &customerId, const LeadDevice &device, qint64 now)
{
    auto &st = m_db.prepare("INSERT INTO customer_device(match_key, customer_id, platform, created_at) "
                            "VALUES(?1, ?2, ?3, ?4)");
    st.bind(1, device.matchKey).bind(2, customerId).bind(3, device.platform).bind(4, now);
    return st.exec() ? Result<void>() : fail("insert device");
}

Result<void> CustomerStore::insertLeadTouch(const QString &id, const QString &customerId, const LeadInput &lead, qint64 now)
{
    auto &st = m_db.prepare("INSERT INTO touch(id, customer_id, channel_id, kind, occurred_at, weight_permille, note, "
                            "dedup_key, source, raw_sealed, created_at) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    st.bind(1, id)
        .bind(2, customerId)
        .bindOptional(3, lead.channelId)
        .bind(4, lead.touchKind)
        .bind(5, lead.receivedAt)
        .bind(6, lead.weightPermille)
        .bindOptional(7, lead.remark)
        .bindBlob(8, lead.dedupKey)
        .bindOptional(9, lead.source)
        .bindBlob(10, lead.rawSealed)
        .bind(11, now);
    return st.exec() ? Result<void>() : fail("insert lead");
}

Result<void> CustomerStore::absorbSeniority(const QString &customerId, const LeadInput &lead, qint64 now)
{
    const QString rank = lead.rank();
    auto &seen = m_db.prepare("UPDATE customer SET first_seen_at = ?2, first_seen_key = ?3, first_channel_id = ?5, updated_at = ?4 "
                              "WHERE id = ?1 AND (first_seen_at > ?2 OR (first_seen_at = ?2 AND first_seen_key > ?3))");
    seen.bind(1, customerId)
        .bind(2, lead.receivedAt)
        .bind(3, QString::fromLatin1(lead.dedupKey.toHex()))
        .bind(4, now)
        .bindOptional(5, lead.channelId);
    if (!seen.exec())
        return fail("update first seen");
    if (lead.name.isEmpty())
        return {};
    auto &name = m_db.prepare("UPDATE customer SET name = ?2, name_key = ?3, pinyin = ?4, initials = ?5, "
                              "name_rank = ?6, updated_at = ?7 WHERE id = ?1 AND (name_rank = '' OR name_rank > ?6)");
    name.bind(1, customerId)
        .bind(2, lead.name)
        .bind(3, lead.nameKey)
        .bind(4, lead.pinyin)
        .bind(5, lead.initials)
        .bind(6, rank)
        .bind(7, now);
    return name.exec() ? Result<void>() : fail("update name");
}

Result<void> CustomerStore::addReview(const QString &id, const QString &kind, const QString &a, const QString &b, const QString &detail,
                                      qint64 now)
{
    const bool ordered = a < b;
    auto &st = m_db.prepare("INSERT INTO review_item(id, kind, customer_a, customer_b, detail, created_at) "
                            "VALUES(?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(kind, customer_a, customer_b) DO NOTHING");
    st.bind(1, id).bind(2, kind).bind(3, ordered ? a : b).bind(4, ordered ? b : a).bind(5, detail).bind(6, now);
    return st.exec() ? Result<void>() : fail("insert review item");
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
