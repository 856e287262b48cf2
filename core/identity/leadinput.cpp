#include "leadinput.h"

#include "identity/residentid.h"
#include "mutation/args.h"
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

Result<LeadInput> LeadInput::fromJson(const QJsonObject &json, int version)
{
    using Trim = mutation::Args::Trim;
    mutation::Args a(mutation::mutationLabel(kName, version), json);
    LeadInput l;
    l.name = a.optionalText("name", Trim::No);
    l.nameKey = a.optionalText("name_key", Trim::No);
    l.pinyin = a.optionalText("pinyin", Trim::No);
    l.initials = a.optionalText("initials", Trim::No);
    for (mutation::Args &p : a.objects("phones")) {
        l.phones.append({p.optionalText("key", Trim::No), p.optionalText("e164", Trim::No), p.optionalText("ext", Trim::No),
                         p.optionalText("kind", Trim::No), p.optionalText("digits", Trim::No), p.optionalText("raw", Trim::No)});
        a.absorb(p);
    }
    for (mutation::Args &d : a.objects("devices")) {
        l.devices.append({d.optionalText("platform", Trim::No), d.optionalText("key", Trim::No)});
        a.absorb(d);
    }
    if (auto r = a.object("rid")) {
        LeadResidentId rid;
        rid.blindIndex = QByteArray::fromBase64(r->optionalText("index").toLatin1());
        rid.sealed = QByteArray::fromBase64(r->optionalText("sealed").toLatin1());
        rid.masked = r->optionalText("masked", Trim::No);
        rid.legacy15 = r->flag("legacy15");
        rid.needsReview = r->flag("review");
        a.absorb(*r);
        l.residentId = rid;
    }
    l.channelId = a.optionalText("channel_id");
    l.weightPermille = int(a.maybeInteger("weight").value_or(0));
    const QString touchKind = a.optionalText("touch_kind");
    l.touchKind = touchKind.isEmpty() ? QStringLiteral("lead") : touchKind;
    l.receivedAt = a.maybeInteger("received_at").value_or(0);
    l.remark = a.optionalText("remark", Trim::No);
    l.source = a.optionalText("source", Trim::No);
    l.dedupKey = QByteArray::fromBase64(a.optionalText("dedup").toLatin1());
    l.rawSealed = QByteArray::fromBase64(a.optionalText("raw").toLatin1());
    if (!a.ok())
        return a.error();
    if (l.dedupKey.isEmpty() || l.rawSealed.isEmpty() || l.receivedAt <= 0)
        return makeError(QStringLiteral("lead.args"),
                         QCoreApplication::translate("LeadInput", "A lead needs a dedup key, a payload and a time."));
    if (!l.hasHardKey())
        return makeError(QStringLiteral("lead.no_identity"),
                         QCoreApplication::translate("LeadInput", "A lead needs a phone, a resident id or a platform id."));
    return l;
}

} // namespace shoulou::identity
