#include "identity/phonenormalizer.h"

#include "identity/identifiertext.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <phonenumbers/phonenumberutil.h>
#include <phonenumbers/shortnumberinfo.h>

#include <string>

namespace shoulou::identity {

namespace {

using i18n::phonenumbers::PhoneNumberUtil;
namespace pn = i18n::phonenumbers;

// Values of m_mobilePrefixValid.
enum Verdict : quint8 { Invalid = 0, Mobile = 1, ValidNotMobile = 2 };

QString tr(const char *source)
{
    return QCoreApplication::translate("PhoneNormalizer", source);
}

// The input is shown verbatim in quotes so the person fixing the sheet can search for it.
Error fail(const char *code, const char *message, const QString &raw)
{
    return makeError(QString::fromLatin1(code), tr(message).arg(raw));
}

Error invalid(const QString &raw)
{
    return fail("phone.invalid", QT_TRANSLATE_NOOP("PhoneNormalizer", "“%1” is not a valid phone number."), raw);
}

bool allDigits(QStringView s)
{
    for (const QChar c : s) {
        if (c.unicode() < '0' || c.unicode() > '9')
            return false;
    }
    return !s.isEmpty();
}

// Strips +86 / 0086 / 86 in front of an 11-digit number starting with 1 (the only shape
// where "86" cannot be the start of a national number), so the fast path sees the national
// mobile number. Returns an empty view when the text is not that shape.
QStringView cnMobileCandidate(QStringView clean)
{
    QStringView national = clean;
    if (clean.size() == 14 && clean.startsWith(u"+86"))
        national = clean.mid(3);
    else if (clean.size() == 15 && clean.startsWith(u"0086"))
        national = clean.mid(4);
    else if (clean.size() == 13 && clean.startsWith(u"86"))
        national = clean.mid(2);
    if (national.size() == 11 && national[0] == u'1' && allDigits(national))
        return national;
    return {};
}

QString cnE164(QStringView national)
{
    QString out;
    out.reserve(3 + national.size());
    out.append(u"+86");
    out.append(national);
    return out;
}

// GetNumberType() runs the same per-type patterns IsValidNumber() does and answers UNKNOWN
// exactly when the number is not valid: one pass over the patterns instead of two.
quint8 typeVerdict(const pn::PhoneNumber &number)
{
    const auto type = PhoneNumberUtil::GetInstance()->GetNumberType(number);
    if (type == PhoneNumberUtil::UNKNOWN)
        return Invalid;
    if (type == PhoneNumberUtil::MOBILE || type == PhoneNumberUtil::FIXED_LINE_OR_MOBILE)
        return Mobile;
    return ValidNotMobile;
}

quint8 libraryVerdict(const pn::PhoneNumber &number)
{
    auto *util = PhoneNumberUtil::GetInstance();
    if (!util->IsValidNumber(number))
        return Invalid;
    const auto type = util->GetNumberType(number);
    if (type == PhoneNumberUtil::MOBILE || type == PhoneNumberUtil::FIXED_LINE_OR_MOBILE)
        return Mobile;
    return ValidNotMobile;
}

QString e164Of(const pn::PhoneNumber &number)
{
    std::string out;
    PhoneNumberUtil::GetInstance()->Format(number, PhoneNumberUtil::E164, &out);
    return QString::fromStdString(out);
}

// ShortNumberInfo parses its own metadata in the constructor: build it once. Its queries
// are const and read-only, so sharing it between threads is safe.
const pn::ShortNumberInfo &shortNumbers()
{
    static const pn::ShortNumberInfo info;
    return info;
}

struct Split final {
    QString main;
    QString extension;
};

// Extension markers seen in Chinese sheets: "转 123", "分机123", "ext. 123", "x123", "#123".
Split splitExtension(const QString &nfkc)
{
    static const QRegularExpression marker(
        QStringLiteral(R"(^(.*[\d)])\s*(?:转|轉|分机|分機|extension|ext\.?|x|#)\s*[:：]?\s*(\d{1,6})\s*#?$)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = marker.match(nfkc);
    if (m.hasMatch())
        return {m.captured(1), m.captured(2)};
    return {nfkc, {}};
}

bool parseCn(const QString &clean, pn::PhoneNumber *out)
{
    // Only digits with an optional leading '+': libphonenumber would otherwise read letters
    // as a vanity number ("1-800-FLOWERS"), which is never what a sales office means.
    const QStringView digits = clean.startsWith(u'+') ? QStringView(clean).mid(1) : QStringView(clean);
    if (!allDigits(digits))
        return false;
    return PhoneNumberUtil::GetInstance()->Parse(clean.toStdString(), "CN", out) == PhoneNumberUtil::NO_PARSING_ERROR;
}

PhoneNumber make(PhoneNumber::Kind kind, QString e164, QString extension, const QString &raw)
{
    PhoneNumber p;
    p.kind = kind;
    p.e164 = std::move(e164);
    p.extension = std::move(extension);
    p.raw = raw;
    return p;
}

} // namespace

Result<PhoneNumber> PhoneNormalizer::normalize(const QString &raw, Field field)
{
    // Checked on the raw text: cleanIdentifier() drops the '.', and "1.38123E+10" would
    // become the harmless-looking "138123E+10".
    if (looksExcelMangled(raw)) {
        return fail("phone.excel_number",
                    QT_TRANSLATE_NOOP("PhoneNormalizer", "“%1” is not a usable phone number: the column was converted to a "
                                                         "number in Excel and its last digits are lost. Format the column as "
                                                         "text and export again."),
                    raw);
    }
    const QString clean = cleanIdentifier(raw);
    if (clean.isEmpty()) {
        return makeError(QStringLiteral("phone.empty"), tr(QT_TRANSLATE_NOOP("PhoneNormalizer", "The phone number is empty.")));
    }

    // Fast path: nearly every imported number is an 11-digit mainland mobile.
    const QStringView national = cnMobileCandidate(clean);
    if (!national.isEmpty()) {
        const quint32 prefix = national.left(7).toUInt();
        auto it = m_mobilePrefixValid.constFind(prefix);
        quint8 verdict;
        if (it != m_mobilePrefixValid.cend()) {
            verdict = *it;
        } else {
            // The digits are already known to be an 11-digit national number: build the
            // number instead of parsing text, and ask for its type once (UNKNOWN = invalid).
            pn::PhoneNumber number;
            number.set_country_code(86);
            number.set_national_number(national.toULongLong());
            verdict = typeVerdict(number);
            m_mobilePrefixValid.insert(prefix, verdict);
        }
        if (verdict == Mobile)
            return make(PhoneNumber::Kind::Mobile, cnE164(national), {}, raw);
        if (verdict == Invalid) {
            return fail("phone.not_mobile_range",
                        QT_TRANSLATE_NOOP("PhoneNormalizer", "“%1” has 11 digits but is not in any Chinese mobile number "
                                                             "range. Check the number with the customer."),
                        raw);
        }
    }
    return normalizeSlow(raw, field);
}

Result<PhoneNumber> PhoneNormalizer::normalizeSlow(const QString &raw, Field field)
{
    // Bind first: in Qt 6.4 an rvalue trimmed() on normalized() of a literal writes to static data.
    const QString normalizedRaw = raw.normalized(QString::NormalizationForm_KC);
    const QString nfkc = normalizedRaw.trimmed();
    Split split = splitExtension(nfkc);
    QString clean = cleanIdentifier(split.main);

    pn::PhoneNumber number;
    if (!parseCn(clean, &number))
        return invalid(raw);
    auto *util = PhoneNumberUtil::GetInstance();
    std::string nsnStd;
    util->GetNationalSignificantNumber(number, &nsnStd);
    const QString nsn = QString::fromStdString(nsnStd);

    if (number.country_code() != 86) {
        // HK, Macau, Taiwan and everything else: the country's own rules, never the CN ones.
        if (!util->IsValidNumber(number))
            return invalid(raw);
        return make(PhoneNumber::Kind::Foreign, e164Of(number), split.extension, raw);
    }

    // 13-digit M2M/IoT numbers (1440…–1449…, China Mobile's 1064…): SIM cards in meters and
    // cars. libphonenumber does not know them, so without this check the person would get a
    // vague "invalid" for a number that is real but can never reach a customer.
    if (nsn.size() == 13 && (nsn.startsWith(u"14") || nsn.startsWith(u"1064"))) {
        return fail("phone.iot",
                    QT_TRANSLATE_NOOP("PhoneNormalizer", "“%1” is a 13-digit IoT (machine-to-machine) number, not a "
                                                         "person's mobile phone."),
                    raw);
    }

    quint8 verdict = libraryVerdict(number);
    if (verdict == Invalid && split.extension.isEmpty()) {
        // "010-65529988-8001": a trailing dash group is an extension when the rest is a valid
        // landline. Only tried after the whole number failed, so a real number is never cut.
        static const QRegularExpression dashExt(QStringLiteral(R"(^(.*\d)\s*[-\x{2010}-\x{2015}]\s*(\d{1,6})$)"));
        const auto m = dashExt.match(split.main);
        pn::PhoneNumber shorter;
        if (m.hasMatch() && parseCn(cleanIdentifier(m.captured(1)), &shorter) && shorter.country_code() == 86 &&
            util->IsValidNumber(shorter) && util->GetNumberType(shorter) == PhoneNumberUtil::FIXED_LINE) {
            number = shorter;
            split.extension = m.captured(2);
            verdict = ValidNotMobile;
        }
    }
    if (split.extension.isEmpty() && number.has_extension())
        split.extension = QString::fromStdString(number.extension());
    number.clear_extension();

    if (verdict == Mobile)
        return make(PhoneNumber::Kind::Mobile, e164Of(number), split.extension, raw);

    PhoneNumber::Kind kind = PhoneNumber::Kind::Landline;
    if (verdict == ValidNotMobile) {
        const auto type = util->GetNumberType(number);
        if (type != PhoneNumberUtil::FIXED_LINE)
            kind = PhoneNumber::Kind::Service; // 400 (shared cost), 800 (toll free), premium, UAN
    } else if (shortNumbers().IsValidShortNumberForRegion(number, "CN")) {
        kind = PhoneNumber::Kind::Service; // 95588, 10086, 12315 …
    } else if (nsn.size() == 11 && nsn.startsWith(u'1')) {
        return fail("phone.not_mobile_range",
                    QT_TRANSLATE_NOOP("PhoneNormalizer", "“%1” has 11 digits but is not in any Chinese mobile number "
                                                         "range. Check the number with the customer."),
                    raw);
    } else if ((nsn.size() == 7 || nsn.size() == 8) && nsn[0] != u'0' && nsn[0] != u'1' && !clean.startsWith(u'+')) {
        return fail("phone.invalid",
                    QT_TRANSLATE_NOOP("PhoneNormalizer", "“%1” looks like a landline number without its area code. Add "
                                                         "the area code, for example 010 or 0755."),
                    raw);
    } else {
        return invalid(raw);
    }

    if (kind == PhoneNumber::Kind::Service && field != Field::Company) {
        return fail("phone.service_number",
                    QT_TRANSLATE_NOOP("PhoneNormalizer", "“%1” is a service or hotline number (such as 400 or 95588). It is "
                                                         "only accepted in a company phone field."),
                    raw);
    }
    return make(kind, e164Of(number), split.extension, raw);
}

} // namespace shoulou::identity
