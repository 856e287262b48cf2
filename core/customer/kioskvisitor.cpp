#include "kioskvisitor.h"

#include "identity/identifiertext.h"
#include "identity/namenormalizer.h"
#include "identity/phonenormalizer.h"
#include "mutation/args.h"
#include "security/officekey.h"
#include "security/officesealkey.h"
#include "util/jsonwriter.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>

namespace shoulou::customer {

namespace {

constexpr qsizetype kMaxName = 50;
constexpr qsizetype kMaxNote = 500;

Error inputError(const char *field, const QString &why)
{
    return makeError(QStringLiteral("kiosk.input"), QCoreApplication::translate("KioskVisitor", "%1: %2").arg(QLatin1String(field), why));
}

int digitCount(const QString &text)
{
    int n = 0;
    for (const QChar c : text)
        n += c.isDigit() ? 1 : 0;
    return n;
}

// Two-character surnames a receptionist says whole (欧阳女士, not 欧女士).
bool compoundSurname(const QString &name)
{
    static const QStringList compound{QStringLiteral("欧阳"), QStringLiteral("司马"), QStringLiteral("诸葛"), QStringLiteral("上官"),
                                      QStringLiteral("东方"), QStringLiteral("皇甫"), QStringLiteral("尉迟"), QStringLiteral("公孙"),
                                      QStringLiteral("慕容"), QStringLiteral("令狐"), QStringLiteral("长孙"), QStringLiteral("宇文"),
                                      QStringLiteral("司徒"), QStringLiteral("夏侯"), QStringLiteral("轩辕"), QStringLiteral("端木"),
                                      QStringLiteral("独孤"), QStringLiteral("南宫"), QStringLiteral("西门"), QStringLiteral("申屠"),
                                      QStringLiteral("歐陽"), QStringLiteral("諸葛"), QStringLiteral("東方")};
    for (const QString &s : compound)
        if (name.startsWith(s) && name.size() > s.size())
            return true;
    return false;
}

} // namespace

QByteArray KioskVisitor::toJson() const
{
    JsonWriter w;
    w.beginObject().field("name", name).field("phone", phone);
    if (visitors > 0)
        w.field("visitors", visitors);
    if (!gender.isEmpty())
        w.field("gender", gender);
    if (!note.isEmpty())
        w.field("note", note);
    w.endObject();
    return w.take();
}

Result<KioskVisitor> KioskVisitor::fromJson(const QByteArray &json, const QString &label)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return mutation::fieldError(label, QStringLiteral("sealed"),
                                    QCoreApplication::translate("KioskVisitor", "does not hold a visitor"));
    mutation::Args a(label, doc.object(), QStringLiteral("sealed."));
    KioskVisitor v;
    v.name = a.text("name");
    v.phone = a.text("phone");
    if (const auto n = a.maybeInteger("visitors")) {
        if (*n < 1 || *n > 99)
            a.fail("visitors", QCoreApplication::translate("CustomerMutations", "must be a whole number of people from 1 to 99"));
        else
            v.visitors = int(*n);
    }
    v.gender = a.optionalText("gender");
    if (!v.gender.isEmpty() && v.gender != QLatin1String("male") && v.gender != QLatin1String("female"))
        a.fail("gender", QCoreApplication::translate("CustomerMutations", "must be \"male\" or \"female\""));
    v.note = a.optionalText("note");
    if (v.note.size() > kMaxNote)
        a.fail("note", QCoreApplication::translate("CustomerMutations", "must be a text of at most 500 characters"));
    if (!a.ok())
        return a.error();
    return v;
}

Result<void> KioskVisitor::check() const
{
    const QString n = name.trimmed();
    if (n.isEmpty())
        return inputError("name", QCoreApplication::translate("KioskVisitor", "is required"));
    if (identity::codePointLength(n) > kMaxName)
        return inputError("name", QCoreApplication::translate("KioskVisitor", "is longer than %1 characters").arg(kMaxName));
    if (digitCount(n) >= 7)
        return inputError("name", QCoreApplication::translate("KioskVisitor", "looks like a phone number; type the name here"));
    if (phone.trimmed().isEmpty())
        return inputError("phone", QCoreApplication::translate("KioskVisitor", "is required"));
    identity::PhoneNormalizer phones;
    if (auto p = phones.normalize(phone); !p)
        return inputError("phone", p.error().message);
    if (visitors < 0 || visitors > 99)
        return inputError("visitors", QCoreApplication::translate("CustomerMutations", "must be a whole number of people from 1 to 99"));
    if (!gender.isEmpty() && gender != QLatin1String("male") && gender != QLatin1String("female"))
        return inputError("gender", QCoreApplication::translate("CustomerMutations", "must be \"male\" or \"female\""));
    if (note.size() > kMaxNote)
        return inputError("note", QCoreApplication::translate("CustomerMutations", "must be a text of at most 500 characters"));
    return {};
}

QString KioskVisitor::maskedPhone() const
{
    identity::PhoneNormalizer phones;
    auto p = phones.normalize(phone);
    return p ? p->masked() : QString();
}

QString KioskVisitor::displayName() const
{
    const QList<uint> n = name.trimmed().toUcs4();
    if (n.isEmpty())
        return {};
    const bool chinese = QChar::script(n.first()) == QChar::Script_Han;
    if (!chinese) // "A***": no more of a foreign name than its first letter
        return QString::fromUcs4(reinterpret_cast<const char32_t *>(n.constData()), 1) + QStringLiteral("***");
    const qsizetype surname = compoundSurname(name.trimmed()) ? 2 : 1;
    QString out = QString::fromUcs4(reinterpret_cast<const char32_t *>(n.constData()), surname);
    // Data the whole office reads in Chinese, with the honorific that goes with a Chinese
    // surname: not a UI string, so not translated.
    if (gender == QLatin1String("male"))
        return out + QStringLiteral("先生");
    if (gender == QLatin1String("female"))
        return out + QStringLiteral("女士");
    return out + QString(std::max<qsizetype>(1, n.size() - surname), QLatin1Char('*')); // 张*, 欧阳**
}

Result<QByteArray> KioskVisitor::sealTo(const QByteArray &officePublicKey) const
{
    return security::OfficeSealKey::seal(officePublicKey, toJson());
}

Result<KioskVisitor> KioskVisitor::open(const security::OfficeSealKey &key, const QByteArray &sealed, const QString &label)
{
    auto plain = key.open(sealed);
    if (!plain)
        return makeError(
            QStringLiteral("visit.sealed"),
            QCoreApplication::translate("KioskVisitor", "%1: the sealed visitor cannot be opened: %2").arg(label, plain.error().message));
    return fromJson(*plain, label);
}

Result<identity::LeadInput> KioskVisitor::lead(const security::OfficeKey &key, const QString &registrationId, qint64 atMs,
                                               const QString &label) const
{
    identity::LeadInput lead;
    identity::PhoneNormalizer phones;
    auto p = phones.normalize(phone);
    if (!p)
        return mutation::fieldError(label, QStringLiteral("sealed.phone"), p.error().message);
    QString digits;
    for (const QChar c : p->display())
        if (c.isDigit())
            digits += c;
    lead.phones.append({p->matchKey(), p->e164, p->extension, p->kindName(), digits, phone});
    const auto keys = identity::NameNormalizer::forThisThread().keys(name);
    if (identity::codePointLength(keys.display) > kMaxName)
        return mutation::fieldError(label, QStringLiteral("sealed.name"),
                                    QCoreApplication::translate("KioskVisitor", "is longer than %1 characters").arg(kMaxName));
    lead.name = keys.display;
    lead.nameKey = keys.matchKey;
    lead.pinyin = keys.pinyin;
    lead.initials = keys.initials;
    lead.touchKind = QStringLiteral("visit");
    lead.receivedAt = atMs;
    lead.remark = note.trimmed();
    lead.source = QStringLiteral("kiosk");
    const QByteArray id = registrationId.toUtf8();
    lead.dedupKey = key.blindIndex("kiosk-visit", id);
    lead.rawSealed = key.sealDerived("kiosk-visit:" + id, toJson());
    return lead;
}

} // namespace shoulou::customer
