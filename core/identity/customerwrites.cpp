#include "customerwrites.h"

#include "mutation/context.h"
#include "storage/database.h"

namespace shoulou::identity {

Result<void> CustomerWrites::fail(const char *what) const
{
    return makeError(QStringLiteral("storage.sql"), QString::fromUtf8(what) + QStringLiteral(": ") + m_ctx.db().lastError());
}

Result<void> CustomerWrites::insertCustomer(const QString &id, const LeadInput &lead)
{
    auto &st = m_ctx.db().prepare("INSERT INTO customer(id, name, name_key, pinyin, initials, first_seen_at, first_seen_key, "
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
        .bind(9, m_ctx.nowMs())
        .bindOptional(10, lead.channelId);
    return st.exec() ? Result<void>() : fail("insert customer");
}

Result<void> CustomerWrites::addPhone(const QString &customerId, const LeadPhone &phone, const QString &nameKey)
{
    const bool soft = phone.kind == QLatin1String("mobile") && !nameKey.isEmpty() && phone.digits.size() == 11;
    auto &st = m_ctx.db().prepare("INSERT INTO customer_phone(match_key, customer_id, e164, extension, kind, digits, soft_a, "
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
        .bind(10, m_ctx.nowMs());
    return st.exec() ? Result<void>() : fail("insert phone");
}

Result<void> CustomerWrites::addResidentId(const QString &customerId, const LeadResidentId &rid)
{
    auto &st = m_ctx.db().prepare("INSERT INTO customer_resident_id(blind_index, customer_id, sealed, masked, legacy15, "
                                  "needs_review, created_at) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    st.bindBlob(1, rid.blindIndex)
        .bind(2, customerId)
        .bindBlob(3, rid.sealed)
        .bind(4, rid.masked)
        .bind(5, rid.legacy15 ? 1 : 0)
        .bind(6, rid.needsReview ? 1 : 0)
        .bind(7, m_ctx.nowMs());
    return st.exec() ? Result<void>() : fail("insert resident id");
}

Result<void> CustomerWrites::addDevice(const QString &customerId, const LeadDevice &device)
{
    auto &st = m_ctx.db().prepare("INSERT INTO customer_device(match_key, customer_id, platform, created_at) "
                                  "VALUES(?1, ?2, ?3, ?4)");
    st.bind(1, device.matchKey).bind(2, customerId).bind(3, device.platform).bind(4, m_ctx.nowMs());
    return st.exec() ? Result<void>() : fail("insert device");
}

Result<void> CustomerWrites::insertLeadTouch(const QString &id, const QString &customerId, const LeadInput &lead)
{
    auto &st = m_ctx.db().prepare("INSERT INTO touch(id, customer_id, channel_id, kind, occurred_at, weight_permille, note, "
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
        .bind(11, m_ctx.nowMs());
    return st.exec() ? Result<void>() : fail("insert lead");
}

Result<void> CustomerWrites::absorbSeniority(const QString &customerId, const LeadInput &lead)
{
    const QString rank = lead.rank();
    auto &seen = m_ctx.db().prepare("UPDATE customer SET first_seen_at = ?2, first_seen_key = ?3, first_channel_id = ?5, updated_at = ?4 "
                                    "WHERE id = ?1 AND (first_seen_at > ?2 OR (first_seen_at = ?2 AND first_seen_key > ?3))");
    seen.bind(1, customerId)
        .bind(2, lead.receivedAt)
        .bind(3, QString::fromLatin1(lead.dedupKey.toHex()))
        .bind(4, m_ctx.nowMs())
        .bindOptional(5, lead.channelId);
    if (!seen.exec())
        return fail("update first seen");
    if (lead.name.isEmpty())
        return {};
    auto &name = m_ctx.db().prepare("UPDATE customer SET name = ?2, name_key = ?3, pinyin = ?4, initials = ?5, "
                                    "name_rank = ?6, updated_at = ?7 WHERE id = ?1 AND (name_rank = '' OR name_rank > ?6)");
    name.bind(1, customerId)
        .bind(2, lead.name)
        .bind(3, lead.nameKey)
        .bind(4, lead.pinyin)
        .bind(5, lead.initials)
        .bind(6, rank)
        .bind(7, m_ctx.nowMs());
    return name.exec() ? Result<void>() : fail("update name");
}

Result<void> CustomerWrites::addReview(const QString &id, const QString &kind, const QString &a, const QString &b, const QString &detail)
{
    const bool ordered = a < b;
    auto &st = m_ctx.db().prepare("INSERT INTO review_item(id, kind, customer_a, customer_b, detail, created_at) "
                                  "VALUES(?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(kind, customer_a, customer_b) DO NOTHING");
    st.bind(1, id).bind(2, kind).bind(3, ordered ? a : b).bind(4, ordered ? b : a).bind(5, detail).bind(6, m_ctx.nowMs());
    return st.exec() ? Result<void>() : fail("insert review item");
}

} // namespace shoulou::identity
