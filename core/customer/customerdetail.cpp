#include "customerdetail.h"

#include "identity/phonenumber.h"
#include "storage/database.h"
#include "util/officetime.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace shoulou::customer {

namespace {

QJsonValue time(storage::Statement &st, int col)
{
    if (st.isNull(col))
        return QJsonValue::Null;
    // The office's wall clock, as the office reads it.
    return OfficeTime::local(st.int64(col)).toString(Qt::ISODate);
}

QJsonValue ms(storage::Statement &st, int col)
{
    return st.isNull(col) ? QJsonValue::Null : QJsonValue(double(st.int64(col)));
}

} // namespace

Result<QJsonObject> CustomerDetail::load(storage::Database &db, const QString &customerId)
{
    auto &c = db.prepare("SELECT r.id, r.name, r.grade, r.status, u.display_name, r.requirement, r.tags, "
                         "r.last_follow_up_at, r.next_follow_up_at, r.created_at, r.owner_id FROM customer x "
                         "JOIN customer r ON r.id = x.root_id LEFT JOIN app_user u ON u.id = r.owner_id WHERE x.id = ?1");
    c.bind(1, customerId);
    if (!c.step()) {
        c.reset();
        return makeError(QStringLiteral("customer.not_found"),
                         QCoreApplication::translate("CustomerDetail", "No customer %1.").arg(customerId));
    }
    const QString root = c.text(0);
    QJsonObject out{{QStringLiteral("customer_id"), root},
                    {QStringLiteral("name"), c.text(1)},
                    {QStringLiteral("grade"), c.isNull(2) ? QJsonValue::Null : QJsonValue(c.text(2))},
                    {QStringLiteral("status"), c.text(3)},
                    {QStringLiteral("owner"), c.isNull(4) ? QJsonValue::Null : QJsonValue(c.text(4))},
                    {QStringLiteral("requirement"), QJsonDocument::fromJson(c.text(5).toUtf8()).object()},
                    {QStringLiteral("tags"), QJsonDocument::fromJson(c.text(6).toUtf8()).array()},
                    {QStringLiteral("last_follow_up_at"), time(c, 7)},
                    {QStringLiteral("next_follow_up_at"), time(c, 8)},
                    {QStringLiteral("owner_id"), c.isNull(10) ? QJsonValue::Null : QJsonValue(c.text(10))},
                    {QStringLiteral("created_at"), time(c, 9)},
                    {QStringLiteral("next_follow_up_at_ms"), ms(c, 8)}};
    c.reset();
    if (root != customerId)
        out.insert(QStringLiteral("redirected_from"), customerId);

    QJsonArray phones;
    auto &p = db.prepare("SELECT p.e164, p.extension, p.kind FROM customer_phone p JOIN customer c ON c.id = p.customer_id "
                         "WHERE c.root_id = ?1 ORDER BY p.created_at, p.rowid");
    p.bind(1, root);
    while (p.step())
        phones.append(identity::PhoneNumber::fromStored(p.text(0), p.text(1), p.text(2)).masked());
    p.reset();
    out.insert(QStringLiteral("phones"), phones);

    QJsonArray ids;
    auto &r = db.prepare("SELECT r.masked, r.legacy15, r.needs_review FROM customer_resident_id r JOIN customer c "
                         "ON c.id = r.customer_id WHERE c.root_id = ?1");
    r.bind(1, root);
    while (r.step())
        ids.append(QJsonObject{{QStringLiteral("masked"), r.text(0)},
                               {QStringLiteral("legacy15"), r.int64(1) != 0},
                               {QStringLiteral("needs_review"), r.int64(2) != 0}});
    r.reset();
    out.insert(QStringLiteral("resident_ids"), ids);

    QJsonArray devices;
    auto &d = db.prepare("SELECT d.platform FROM customer_device d JOIN customer c ON c.id = d.customer_id "
                         "WHERE c.root_id = ?1");
    d.bind(1, root);
    while (d.step())
        devices.append(d.text(0));
    d.reset();
    out.insert(QStringLiteral("platforms"), devices);

    // Touches, oldest first: the first is the first touch; channel shares come from weights.
    // Channels are listed in the order they first touched the customer.
    QJsonArray touches;
    struct ChannelShare {
        qint64 weight = 0;
        int touches = 0;
        QJsonValue firstAt, firstAtMs;
    };
    QStringList channelOrder;
    QHash<QString, ChannelShare> byChannel;
    qint64 totalWeight = 0;
    auto &t = db.prepare("SELECT t.occurred_at, t.kind, coalesce(ch.name, ''), t.weight_permille, t.note, t.customer_id "
                         "FROM touch t JOIN customer c ON c.id = t.customer_id LEFT JOIN channel ch ON ch.id = t.channel_id "
                         "WHERE c.root_id = ?1 ORDER BY t.occurred_at, t.id");
    t.bind(1, root);
    while (t.step()) {
        touches.append(QJsonObject{{QStringLiteral("at"), time(t, 0)},
                                   {QStringLiteral("kind"), t.text(1)},
                                   {QStringLiteral("channel"), t.text(2)},
                                   {QStringLiteral("weight"), double(t.int64(3)) / 1000.0},
                                   {QStringLiteral("note"), t.text(4)},
                                   {QStringLiteral("record"), t.text(5)},
                                   {QStringLiteral("at_ms"), ms(t, 0)}});
        if (!byChannel.contains(t.text(2))) {
            channelOrder << t.text(2);
            byChannel[t.text(2)] = {0, 0, time(t, 0), ms(t, 0)};
        }
        ChannelShare &share = byChannel[t.text(2)];
        share.weight += t.int64(3);
        ++share.touches;
        totalWeight += t.int64(3);
    }
    t.reset();
    out.insert(QStringLiteral("touches"), touches);
    if (!touches.isEmpty())
        out.insert(QStringLiteral("first_touch"), touches.first());
    QJsonArray channels;
    for (const QString &name : std::as_const(channelOrder)) {
        const ChannelShare &share = byChannel[name];
        channels.append(QJsonObject{{QStringLiteral("channel"), name},
                                    {QStringLiteral("share"), totalWeight ? double(share.weight) / double(totalWeight) : 0.0},
                                    {QStringLiteral("touches"), share.touches},
                                    {QStringLiteral("first_at"), share.firstAt},
                                    {QStringLiteral("first_at_ms"), share.firstAtMs}});
    }
    out.insert(QStringLiteral("channels"), channels);

    QJsonArray followUps;
    auto &f = db.prepare("SELECT f.occurred_at, f.kind, f.note, f.next_at, u.display_name, f.id FROM follow_up f JOIN customer c "
                         "ON c.id = f.customer_id LEFT JOIN app_user u ON u.id = f.consultant_id WHERE c.root_id = ?1 "
                         "ORDER BY f.occurred_at DESC, f.id DESC");
    f.bind(1, root);
    while (f.step())
        followUps.append(QJsonObject{{QStringLiteral("at"), time(f, 0)},
                                     {QStringLiteral("kind"), f.text(1)},
                                     {QStringLiteral("note"), f.text(2)},
                                     {QStringLiteral("next_at"), time(f, 3)},
                                     {QStringLiteral("by"), f.text(4)},
                                     {QStringLiteral("id"), f.text(5)},
                                     {QStringLiteral("at_ms"), ms(f, 0)},
                                     {QStringLiteral("next_at_ms"), ms(f, 3)}});
    f.reset();
    out.insert(QStringLiteral("follow_ups"), followUps);

    QJsonArray merges;
    auto &m = db.prepare("SELECT e.survivor_id, e.merged_id, e.reason, e.merged_at, e.unmerged_at, s.name, g.name "
                         "FROM merge_event e JOIN customer s ON s.id = e.survivor_id JOIN customer g ON g.id = e.merged_id "
                         "WHERE e.survivor_id IN (SELECT id FROM customer WHERE root_id = ?1) "
                         "OR e.merged_id IN (SELECT id FROM customer WHERE root_id = ?1) ORDER BY e.merged_at DESC");
    m.bind(1, root);
    while (m.step())
        merges.append(QJsonObject{{QStringLiteral("survivor_id"), m.text(0)},
                                  {QStringLiteral("merged_id"), m.text(1)},
                                  {QStringLiteral("reason"), m.text(2)},
                                  {QStringLiteral("merged_at"), time(m, 3)},
                                  {QStringLiteral("unmerged_at"), time(m, 4)},
                                  {QStringLiteral("survivor_name"), m.text(5)},
                                  {QStringLiteral("merged_name"), m.text(6)},
                                  {QStringLiteral("merged_at_ms"), ms(m, 3)},
                                  {QStringLiteral("unmerged_at_ms"), ms(m, 4)}});
    m.reset();
    out.insert(QStringLiteral("merges"), merges);
    return out;
}

} // namespace shoulou::customer
