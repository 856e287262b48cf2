#include "visitregister.h"

#include "mutation/args.h"

#include <QCoreApplication>
#include <QUuid>

namespace shoulou::customer {

namespace {

constexpr qsizetype kMaxSealed = 8 * 1024;

int count(const QString &text, bool (*what)(QChar))
{
    int n = 0;
    for (const QChar c : text)
        n += what(c) ? 1 : 0;
    return n;
}

bool isDigit(QChar c)
{
    return c.isDigit();
}

bool isStar(QChar c)
{
    return c == QLatin1Char('*');
}

bool isUuid(const QString &text)
{
    return text.size() == 36 && !QUuid::fromString(text).isNull();
}

} // namespace

QJsonObject VisitRegister::toJson() const
{
    QJsonObject o{{QStringLiteral("registration_id"), registrationId},   {QStringLiteral("sealed"), QString::fromLatin1(sealed.toBase64())},
                  {QStringLiteral("masked_phone"), maskedPhone},         {QStringLiteral("display_name"), displayName},
                  {QStringLiteral("occurred_at"), double(occurredAtMs)}, {QStringLiteral("workstation_id"), workstationId}};
    if (visitors > 0)
        o.insert(QStringLiteral("visitors"), visitors);
    if (!channelId.isEmpty())
        o.insert(QStringLiteral("channel_id"), channelId);
    return o;
}

Result<VisitRegister> VisitRegister::fromJson(const QJsonObject &json, int version)
{
    mutation::Args a(mutation::mutationLabel(kName, version), json);
    VisitRegister v;
    v.registrationId = a.text("registration_id");
    if (a.ok() && !isUuid(v.registrationId))
        a.fail("registration_id", QCoreApplication::translate("CustomerMutations", "must be a UUID"));
    const QString sealed = a.text("sealed");
    const auto decoded = QByteArray::fromBase64Encoding(sealed.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (a.ok() && (!decoded || decoded.decoded.isEmpty() || decoded.decoded.size() > kMaxSealed))
        a.fail("sealed", QCoreApplication::translate("CustomerMutations", "must be the sealed visitor in base64 (at most 8 KiB)"));
    v.sealed = decoded.decoded;
    v.maskedPhone = a.text("masked_phone");
    if (a.ok() && (v.maskedPhone.size() > 32 || count(v.maskedPhone, isDigit) > 8 || count(v.maskedPhone, isStar) < 4))
        a.fail("masked_phone", QCoreApplication::translate("CustomerMutations", "must be a masked number such as 138****5678"));
    v.displayName = a.text("display_name");
    if (a.ok() && (v.displayName.size() > 100 || count(v.displayName, isDigit) >= 7))
        a.fail("display_name", QCoreApplication::translate("CustomerMutations", "must be a name of at most 100 characters, without a phone "
                                                                                "number"));
    if (const auto n = a.maybeInteger("visitors")) {
        if (*n < 1 || *n > 99)
            a.fail("visitors", QCoreApplication::translate("CustomerMutations", "must be a whole number of people from 1 to 99"));
        else
            v.visitors = int(*n);
    }
    v.occurredAtMs = a.maybeInteger("occurred_at").value_or(0);
    if (a.ok() && v.occurredAtMs <= 0)
        a.fail("occurred_at", QCoreApplication::translate("CustomerMutations", "is required (milliseconds since 1970)"));
    v.workstationId = a.text("workstation_id");
    v.channelId = a.optionalText("channel_id");
    if (!a.ok())
        return a.error();
    return v;
}

QJsonObject VisitRegister::Outcome::toJson() const
{
    QJsonObject o{{QStringLiteral("registration_id"), registrationId}};
    if (!customerId.isEmpty())
        o.insert(QStringLiteral("customer_id"), customerId);
    return o;
}

Result<VisitRegister::Outcome> VisitRegister::Outcome::fromJson(const QJsonObject &json)
{
    mutation::Args a(QString::fromLatin1(kName), json);
    Outcome o{a.text("registration_id"), a.optionalText("customer_id")};
    if (!a.ok())
        return a.error();
    return o;
}

} // namespace shoulou::customer
