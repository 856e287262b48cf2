#include "leadinput.h"

#include "identity/residentid.h"
#include "security/officekey.h"
#include "util/jsonwriter.h"
#include <QCoreApplication>

#include <QJsonArray>

namespace shoulou::identity {

QByteArray residentIdIndex(const security::OfficeKey &key, const QString &number)
{
    return key.blindIndex("rid", number.toLatin1());
}

LeadResidentId sealResidentId(const security::OfficeKey &key, const ResidentId &id)
{
    LeadResidentId rid;
    rid.blindIndex = residentIdIndex(key, id.number);
    rid.sealed = key.seal(id.number.toLatin1());
    rid.masked = id.masked();
    rid.legacy15 = id.legacy15;
    rid.needsReview = id.needsReview;
    return rid;
}

QString seniorityRank(qint64 at, const QString &key)
{
    return QStringLiteral("%1|%2").arg(at, 13, 10, QLatin1Char('0')).arg(key);
}

QString LeadInput::rank() const
{
    return seniorityRank(receivedAt, QString::fromLatin1(dedupKey.toHex()));
}

QByteArray LeadInput::jsonBody() const
{
    // Same keys and values as toArgs(); tst_leadinput checks the two agree.
    JsonWriter w;
    w.beginObject();
    w.fieldBase64("dedup", dedupKey).beginArray("devices");
    for (const auto &d : devices)
        w.beginObject().field("key", d.matchKey).field("platform", d.platform).endObject();
    w.endArray().field("initials", initials).field("name", name).field("name_key", nameKey).beginArray("phones");
    for (const auto &p : phones)
        w.beginObject()
            .field("digits", p.digits)
            .field("e164", p.e164)
            .field("ext", p.extension)
            .field("key", p.matchKey)
            .field("kind", p.kind)
            .field("raw", p.raw)
            .endObject();
    w.endArray().field("pinyin", pinyin).fieldBase64("raw", rawSealed).field("received_at", receivedAt).field("remark", remark);
    if (residentId)
        w.beginObject("rid")
            .fieldBase64("index", residentId->blindIndex)
            .field("legacy15", residentId->legacy15)
            .field("masked", residentId->masked)
            .field("review", residentId->needsReview)
            .fieldBase64("sealed", residentId->sealed)
            .endObject();
    w.field("source", source).field("touch_kind", touchKind).endObject();
    QByteArray object = w.take();
    return object.sliced(1, object.size() - 2); // without the braces
}

QByteArray LeadInput::frameJson(const QString &channelId, int weightPermille, const QByteArray &body)
{
    JsonWriter head;
    head.beginObject().field("channel_id", channelId);
    QByteArray out = head.take();
    out.reserve(out.size() + body.size() + 16);
    out += ',';
    out += body;
    out += ",\"weight\":";
    out += QByteArray::number(weightPermille);
    out += '}';
    return out;
}

QByteArray LeadInput::toJson() const
{
    return frameJson(channelId, weightPermille, jsonBody());
}

QJsonObject LeadInput::toArgs() const
{
    QJsonArray ph;
    for (const auto &p : phones)
        ph.append(QJsonObject{{QStringLiteral("key"), p.matchKey},
                              {QStringLiteral("e164"), p.e164},
                              {QStringLiteral("ext"), p.extension},
                              {QStringLiteral("kind"), p.kind},
                              {QStringLiteral("digits"), p.digits},
                              {QStringLiteral("raw"), p.raw}});
    QJsonArray dev;
    for (const auto &d : devices)
        dev.append(QJsonObject{{QStringLiteral("platform"), d.platform}, {QStringLiteral("key"), d.matchKey}});
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("name_key"), nameKey},
                  {QStringLiteral("pinyin"), pinyin},
                  {QStringLiteral("initials"), initials},
                  {QStringLiteral("phones"), ph},
                  {QStringLiteral("devices"), dev},
                  {QStringLiteral("channel_id"), channelId},
                  {QStringLiteral("weight"), weightPermille},
                  {QStringLiteral("touch_kind"), touchKind},
                  {QStringLiteral("received_at"), receivedAt},
                  {QStringLiteral("remark"), remark},
                  {QStringLiteral("source"), source},
                  {QStringLiteral("dedup"), QString::fromLatin1(dedupKey.toBase64())},
                  {QStringLiteral("raw"), QString::fromLatin1(rawSealed.toBase64())}};
    if (residentId)
        o.insert(QStringLiteral("rid"), QJsonObject{{QStringLiteral("index"), QString::fromLatin1(residentId->blindIndex.toBase64())},
                                                    {QStringLiteral("sealed"), QString::fromLatin1(residentId->sealed.toBase64())},
                                                    {QStringLiteral("masked"), residentId->masked},
                                                    {QStringLiteral("legacy15"), residentId->legacy15},
                                                    {QStringLiteral("review"), residentId->needsReview}});
    return o;
}

Result<LeadInput> LeadInput::fromArgs(const QJsonObject &o)
{
    LeadInput l;
    l.name = o.value(QLatin1String("name")).toString();
    l.nameKey = o.value(QLatin1String("name_key")).toString();
    l.pinyin = o.value(QLatin1String("pinyin")).toString();
    l.initials = o.value(QLatin1String("initials")).toString();
    for (const auto &v : o.value(QLatin1String("phones")).toArray()) {
        const QJsonObject p = v.toObject();
        l.phones.append({p.value(QLatin1String("key")).toString(), p.value(QLatin1String("e164")).toString(),
                         p.value(QLatin1String("ext")).toString(), p.value(QLatin1String("kind")).toString(),
                         p.value(QLatin1String("digits")).toString(), p.value(QLatin1String("raw")).toString()});
    }
    for (const auto &v : o.value(QLatin1String("devices")).toArray()) {
        const QJsonObject d = v.toObject();
        l.devices.append({d.value(QLatin1String("platform")).toString(), d.value(QLatin1String("key")).toString()});
    }
    if (o.contains(QLatin1String("rid"))) {
        const QJsonObject r = o.value(QLatin1String("rid")).toObject();
        LeadResidentId rid;
        rid.blindIndex = QByteArray::fromBase64(r.value(QLatin1String("index")).toString().toLatin1());
        rid.sealed = QByteArray::fromBase64(r.value(QLatin1String("sealed")).toString().toLatin1());
        rid.masked = r.value(QLatin1String("masked")).toString();
        rid.legacy15 = r.value(QLatin1String("legacy15")).toBool();
        rid.needsReview = r.value(QLatin1String("review")).toBool();
        l.residentId = rid;
    }
    l.channelId = o.value(QLatin1String("channel_id")).toString();
    l.weightPermille = o.value(QLatin1String("weight")).toInt();
    l.touchKind = o.value(QLatin1String("touch_kind")).toString(QStringLiteral("lead"));
    l.receivedAt = qint64(o.value(QLatin1String("received_at")).toDouble());
    l.remark = o.value(QLatin1String("remark")).toString();
    l.source = o.value(QLatin1String("source")).toString();
    l.dedupKey = QByteArray::fromBase64(o.value(QLatin1String("dedup")).toString().toLatin1());
    l.rawSealed = QByteArray::fromBase64(o.value(QLatin1String("raw")).toString().toLatin1());
    if (l.dedupKey.isEmpty() || l.rawSealed.isEmpty() || l.receivedAt <= 0)
        return makeError(QStringLiteral("lead.args"),
                         QCoreApplication::translate("LeadInput", "A lead needs a dedup key, a payload and a time."));
    if (!l.hasHardKey())
        return makeError(QStringLiteral("lead.no_identity"),
                         QCoreApplication::translate("LeadInput", "A lead needs a phone, a resident id or a platform id."));
    return l;
}

} // namespace shoulou::identity
