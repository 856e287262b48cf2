#include "channelcreate.h"

#include "mutation/args.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace shoulou::office {

QJsonObject ChannelCreate::toJson() const
{
    QJsonObject o{{QStringLiteral("name"), name}, {QStringLiteral("weight"), weightPermille}};
    if (!code.isEmpty())
        o.insert(QStringLiteral("code"), code);
    if (!kind.isEmpty())
        o.insert(QStringLiteral("kind"), kind);
    if (!aliases.isEmpty())
        o.insert(QStringLiteral("aliases"), QJsonArray::fromStringList(aliases));
    return o;
}

// {"name", "code"?, "kind"?, "weight"? (0..1000 permille, default 500), "aliases"? [..]}
Result<ChannelCreate> ChannelCreate::fromJson(const QJsonObject &json, int version)
{
    mutation::Args a(mutation::mutationLabel(kName, version), json);
    ChannelCreate c;
    c.name = a.text("name");
    c.code = a.optionalText("code");
    c.kind = a.optionalText("kind");
    if (!c.kind.isEmpty() && !QStringList{"online", "agency", "walk_in", "referral", "other"}.contains(c.kind))
        a.fail("kind", QCoreApplication::translate("OfficeMutations", "must be one of online, agency, walk_in, referral, other"));
    const qint64 weight = a.maybeInteger("weight").value_or(500);
    if (weight < 0 || weight > 1000)
        a.fail("weight", QCoreApplication::translate("OfficeMutations", "must be between 0 and 1000 (permille)"));
    c.weightPermille = int(qBound(qint64(0), weight, qint64(1000)));
    c.aliases = a.maybeTextList("aliases").value_or(QStringList());
    if (!a.ok())
        return a.error();
    return c;
}

Result<ChannelCreate::Outcome> ChannelCreate::Outcome::fromJson(const QJsonObject &json)
{
    mutation::Args a(QString::fromLatin1(kName), json);
    Outcome o{a.text("channel_id")};
    if (!a.ok())
        return a.error();
    return o;
}

} // namespace shoulou::office
