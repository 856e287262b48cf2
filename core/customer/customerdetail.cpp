#include "customerdetail.h"

#include "identity/phonenumber.h"
#include "storage/database.h"
#include "storage/readerror.h"
#include "util/officetime.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace shoulou::customer {

namespace {

// Null for "none".
QJsonValue time(qint64 ms)
{
    if (!ms)
        return QJsonValue::Null;
    // The office's wall clock, as the office reads it.
    return OfficeTime::local(ms).toString(Qt::ISODate);
}

QJsonValue ms(qint64 v)
{
    return v ? QJsonValue(double(v)) : QJsonValue::Null;
}

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue::Null : QJsonValue(s);
}

constexpr const char *kCustomerSql = "SELECT r.id, r.name, r.grade, r.status, u.display_name, r.requirement, r.tags, "
                                     "r.last_follow_up_at, r.next_follow_up_at, r.created_at, r.owner_id, r.updated_at FROM customer x "
                                     "JOIN customer r ON r.id = x.root_id LEFT JOIN app_user u ON u.id = r.owner_id WHERE x.id = ?1";
constexpr const char *kPhonesSql = "SELECT p.e164, p.extension, p.kind FROM customer_phone p JOIN customer c ON c.id = p.customer_id "
                                   "WHERE c.root_id = ?1 ORDER BY p.created_at, p.rowid";
constexpr const char *kResidentIdsSql = "SELECT r.masked, r.legacy15, r.needs_review FROM customer_resident_id r JOIN customer c "
                                        "ON c.id = r.customer_id WHERE c.root_id = ?1";
constexpr const char *kDevicesSql = "SELECT d.platform FROM customer_device d JOIN customer c ON c.id = d.customer_id "
                                    "WHERE c.root_id = ?1";
constexpr const char *kTouchesSql = "SELECT t.occurred_at, t.kind, coalesce(ch.name, ''), t.weight_permille, t.note, t.customer_id "
                                    "FROM touch t JOIN customer c ON c.id = t.customer_id LEFT JOIN channel ch ON ch.id = t.channel_id "
                                    "WHERE c.root_id = ?1 ORDER BY t.occurred_at, t.id";
constexpr const char *kFollowUpsSql =
    "SELECT f.occurred_at, f.kind, f.note, f.next_at, u.display_name, f.id FROM follow_up f JOIN customer c "
    "ON c.id = f.customer_id LEFT JOIN app_user u ON u.id = f.consultant_id WHERE c.root_id = ?1 "
    "ORDER BY f.occurred_at DESC, f.id DESC";
constexpr const char *kMergesSql = "SELECT e.survivor_id, e.merged_id, e.reason, e.merged_at, e.unmerged_at, s.name, g.name, "
                                   "coalesce(mu.display_name, e.merged_by, ''), coalesce(uu.display_name, e.unmerged_by, '') "
                                   "FROM merge_event e JOIN customer s ON s.id = e.survivor_id JOIN customer g ON g.id = e.merged_id "
                                   "LEFT JOIN app_user mu ON mu.id = e.merged_by LEFT JOIN app_user uu ON uu.id = e.unmerged_by "
                                   "WHERE e.survivor_id IN (SELECT id FROM customer WHERE root_id = ?1) "
                                   "OR e.merged_id IN (SELECT id FROM customer WHERE root_id = ?1) ORDER BY e.merged_at DESC";

// Runs `row` for each row of `sql` bound to the customer; a failed read is an error.
template <typename Row>
std::optional<Error> eachRow(storage::Database &db, const char *sql, const QString &root, Row row)
{
    auto &st = db.prepare(sql);
    st.bind(1, root);
    while (st.step())
        row(st);
    auto error = storage::readError(st, sql);
    st.reset();
    return error;
}

} // namespace

Result<CustomerDetail> CustomerDetail::load(storage::Database &db, const QString &customerId)
{
    CustomerDetail d;
    auto &c = db.prepare(kCustomerSql);
    c.bind(1, customerId);
    if (!c.step()) {
        auto error = storage::readError(c, kCustomerSql);
        c.reset();
        if (error)
            return *error;
        return makeError(QStringLiteral("customer.not_found"),
                         QCoreApplication::translate("CustomerDetail", "No customer %1.").arg(customerId));
    }
    d.customerId = c.text(0);
    d.name = c.text(1);
    d.grade = c.text(2);
    d.status = c.text(3);
    d.owner = c.text(4);
    d.requirement = Requirement::fromStored(QJsonDocument::fromJson(c.text(5).toUtf8()).object());
    for (const QJsonValue &t : QJsonDocument::fromJson(c.text(6).toUtf8()).array())
        d.tags << t.toString();
    d.lastFollowUpAtMs = c.int64(7);
    d.nextFollowUpAtMs = c.int64(8);
    d.createdAtMs = c.int64(9);
    d.ownerId = c.text(10);
    d.updatedAtMs = c.int64(11);
    c.reset();
    if (d.customerId != customerId)
        d.redirectedFrom = customerId;
    const QString root = d.customerId;

    if (auto e = eachRow(db, kPhonesSql, root, [&](storage::Statement &p) {
            d.phones.append(identity::PhoneNumber::fromStored(p.text(0), p.text(1), p.text(2)).masked());
        }))
        return *e;
    if (auto e = eachRow(db, kResidentIdsSql, root, [&](storage::Statement &r) {
            d.residentIds.append({r.text(0), r.int64(1) != 0, r.int64(2) != 0});
        }))
        return *e;
    if (auto e = eachRow(db, kDevicesSql, root, [&](storage::Statement &p) { d.platforms.append(p.text(0)); }))
        return *e;

    // Touches, oldest first: the first is the first touch; channel shares come from weights.
    QHash<QString, int> channelRow;
    qint64 totalWeight = 0;
    QList<qint64> channelWeight;
    if (auto e = eachRow(db, kTouchesSql, root, [&](storage::Statement &t) {
            d.touches.append({t.int64(0), t.text(1), t.text(2), int(t.int64(3)), t.text(4), t.text(5)});
            auto it = channelRow.find(t.text(2));
            if (it == channelRow.end()) {
                it = channelRow.insert(t.text(2), int(d.channels.size()));
                d.channels.append({t.text(2), 0, 0, t.int64(0)});
                channelWeight.append(0);
            }
            ++d.channels[*it].touches;
            channelWeight[*it] += t.int64(3);
            totalWeight += t.int64(3);
        }))
        return *e;
    for (int i = 0; i < d.channels.size(); ++i)
        d.channels[i].share = totalWeight ? double(channelWeight[i]) / double(totalWeight) : 0.0;

    if (auto e = eachRow(db, kFollowUpsSql, root, [&](storage::Statement &f) {
            d.followUps.append({f.text(5), f.int64(0), f.text(1), f.text(2), f.int64(3), f.text(4)});
        }))
        return *e;
    if (auto e = eachRow(db, kMergesSql, root, [&](storage::Statement &m) {
            Merge merge;
            merge.survivorId = m.text(0);
            merge.mergedId = m.text(1);
            merge.reason = m.text(2);
            merge.mergedAtMs = m.int64(3);
            merge.unmergedAtMs = m.int64(4);
            merge.survivorName = m.text(5);
            merge.mergedName = m.text(6);
            merge.mergedBy = m.text(7);
            merge.unmergedBy = m.text(8);
            d.merges.append(merge);
        }))
        return *e;
    return d;
}

QJsonObject CustomerDetail::toJson() const
{
    QJsonObject out{{QStringLiteral("customer_id"), customerId},
                    {QStringLiteral("name"), name},
                    {QStringLiteral("grade"), textOrNull(grade)},
                    {QStringLiteral("status"), status},
                    {QStringLiteral("owner"), textOrNull(owner)},
                    {QStringLiteral("requirement"), requirement.toJson()},
                    {QStringLiteral("tags"), QJsonArray::fromStringList(tags)},
                    {QStringLiteral("last_follow_up_at"), time(lastFollowUpAtMs)},
                    {QStringLiteral("next_follow_up_at"), time(nextFollowUpAtMs)},
                    {QStringLiteral("owner_id"), textOrNull(ownerId)},
                    {QStringLiteral("created_at"), time(createdAtMs)},
                    {QStringLiteral("next_follow_up_at_ms"), ms(nextFollowUpAtMs)},
                    {QStringLiteral("phones"), QJsonArray::fromStringList(phones)},
                    {QStringLiteral("platforms"), QJsonArray::fromStringList(platforms)}};
    if (!redirectedFrom.isEmpty())
        out.insert(QStringLiteral("redirected_from"), redirectedFrom);
    QJsonArray ids;
    for (const ResidentId &r : residentIds)
        ids.append(QJsonObject{{QStringLiteral("masked"), r.masked},
                               {QStringLiteral("legacy15"), r.legacy15},
                               {QStringLiteral("needs_review"), r.needsReview}});
    out.insert(QStringLiteral("resident_ids"), ids);
    QJsonArray touchArray;
    for (const Touch &t : touches)
        touchArray.append(QJsonObject{{QStringLiteral("at"), time(t.atMs)},
                                      {QStringLiteral("kind"), t.kind},
                                      {QStringLiteral("channel"), t.channel},
                                      {QStringLiteral("weight"), double(t.weightPermille) / 1000.0},
                                      {QStringLiteral("note"), t.note},
                                      {QStringLiteral("record"), t.record},
                                      {QStringLiteral("at_ms"), ms(t.atMs)}});
    out.insert(QStringLiteral("touches"), touchArray);
    if (!touchArray.isEmpty())
        out.insert(QStringLiteral("first_touch"), touchArray.first());
    QJsonArray channelArray;
    for (const Channel &ch : channels)
        channelArray.append(QJsonObject{{QStringLiteral("channel"), ch.channel},
                                        {QStringLiteral("share"), ch.share},
                                        {QStringLiteral("touches"), ch.touches},
                                        {QStringLiteral("first_at"), time(ch.firstAtMs)},
                                        {QStringLiteral("first_at_ms"), ms(ch.firstAtMs)}});
    out.insert(QStringLiteral("channels"), channelArray);
    QJsonArray followUpArray;
    for (const FollowUp &f : followUps)
        followUpArray.append(QJsonObject{{QStringLiteral("at"), time(f.atMs)},
                                         {QStringLiteral("kind"), f.kind},
                                         {QStringLiteral("note"), f.note},
                                         {QStringLiteral("next_at"), time(f.nextAtMs)},
                                         {QStringLiteral("by"), f.by},
                                         {QStringLiteral("id"), f.id},
                                         {QStringLiteral("at_ms"), ms(f.atMs)},
                                         {QStringLiteral("next_at_ms"), ms(f.nextAtMs)}});
    out.insert(QStringLiteral("follow_ups"), followUpArray);
    QJsonArray mergeArray;
    for (const Merge &m : merges)
        mergeArray.append(QJsonObject{{QStringLiteral("survivor_id"), m.survivorId},
                                      {QStringLiteral("merged_id"), m.mergedId},
                                      {QStringLiteral("reason"), m.reason},
                                      {QStringLiteral("merged_at"), time(m.mergedAtMs)},
                                      {QStringLiteral("unmerged_at"), time(m.unmergedAtMs)},
                                      {QStringLiteral("survivor_name"), m.survivorName},
                                      {QStringLiteral("merged_name"), m.mergedName},
                                      {QStringLiteral("merged_by"), m.mergedBy},
                                      {QStringLiteral("unmerged_by"), m.unmergedBy},
                                      {QStringLiteral("merged_at_ms"), ms(m.mergedAtMs)},
                                      {QStringLiteral("unmerged_at_ms"), ms(m.unmergedAtMs)}});
    out.insert(QStringLiteral("merges"), mergeArray);
    return out;
}

} // namespace shoulou::customer
