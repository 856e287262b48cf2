#include "identity/phonenumber.h"

#include <phonenumbers/phonenumberutil.h>

namespace shoulou::identity {

namespace {

constexpr QStringView kCnPrefix = u"+86";

bool isCn(const QString &e164)
{
    return e164.startsWith(kCnPrefix);
}

// Mainland area codes: 10 and 20-29 are two digits, every other one is three
// (GB/T 2260-aligned numbering plan; it has not changed since the 1990s).
int cnAreaCodeLength(QStringView nsn)
{
    if (nsn.size() >= 2 && (nsn[0] == u'1' || nsn[0] == u'2'))
        return 2;
    return 3;
}

QString stars(qsizetype n)
{
    return QString(n, QLatin1Char('*'));
}

} // namespace

QString PhoneNumber::kindName() const
{
    switch (kind) {
    case Kind::Mobile:
        return QStringLiteral("mobile");
    case Kind::Landline:
        return QStringLiteral("landline");
    case Kind::Service:
        return QStringLiteral("service");
    case Kind::Foreign:
        return QStringLiteral("foreign");
    }
    return QStringLiteral("mobile");
}

PhoneNumber PhoneNumber::fromStored(const QString &e164, const QString &extension, const QString &kindName)
{
    PhoneNumber p;
    p.e164 = e164;
    p.extension = extension;
    p.kind = kindName == QLatin1String("landline")  ? Kind::Landline
             : kindName == QLatin1String("service") ? Kind::Service
             : kindName == QLatin1String("foreign") ? Kind::Foreign
                                                    : Kind::Mobile;
    return p;
}

QString PhoneNumber::matchKey() const
{
    if (extension.isEmpty())
        return e164;
    return e164 + QLatin1String(";ext=") + extension;
}

QString PhoneNumber::display() const
{
    if (!isCn(e164))
        return e164;
    const QString nsn = e164.mid(kCnPrefix.size());
    // Only geographic numbers carry the trunk prefix 0 when dialled nationally;
    // mobiles, 400/800 and short numbers do not.
    return kind == Kind::Landline ? QLatin1Char('0') + nsn : nsn;
}

QString PhoneNumber::masked() const
{
    switch (kind) {
    case Kind::Mobile:
        if (isCn(e164)) {
            const QString national = display();
            if (national.size() == 11)
                return national.left(3) + stars(4) + national.right(4);
            return national.left(3) + stars(qMax<qsizetype>(0, national.size() - 3));
        }
        break;
    case Kind::Landline: {
        if (!isCn(e164))
            break;
        const QString nsn = e164.mid(kCnPrefix.size());
        const int area = cnAreaCodeLength(nsn);
        const QString local = nsn.mid(area);
        const qsizetype hidden = qMin<qsizetype>(4, local.size());
        return QLatin1Char('0') + nsn.left(area) + QLatin1Char('-') + local.left(local.size() - hidden) + stars(hidden);
    }
    case Kind::Service:
        // 400 hotlines and 95588-style short numbers are published by companies: not
        // personal information, and a salesperson needs to read them in full.
        return display();
    case Kind::Foreign:
        break;
    }

    // Foreign (and anything unexpected): keep the country code and the first four national
    // digits, hide the rest.
    auto *util = i18n::phonenumbers::PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber parsed;
    int countryLength = 0;
    if (util->Parse(e164.toStdString(), "ZZ", &parsed) == i18n::phonenumbers::PhoneNumberUtil::NO_PARSING_ERROR)
        countryLength = int(QString::number(parsed.country_code()).size());
    else
        countryLength = int(qMin<qsizetype>(2, e164.size() - 1));
    const QString cc = e164.left(1 + countryLength);
    const QString nsn = e164.mid(1 + countryLength);
    const qsizetype shown = qMin<qsizetype>(4, nsn.size() / 2);
    return cc + QLatin1Char(' ') + nsn.left(shown) + stars(nsn.size() - shown);
}

} // namespace shoulou::identity
