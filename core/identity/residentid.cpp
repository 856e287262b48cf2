#include "identity/residentid.h"

#include "identity/identifiertext.h"

#include <QCoreApplication>

#include <array>

namespace shoulou::identity {

namespace {

// GB 11643-1999 / ISO 7064 MOD 11-2.
constexpr std::array<int, 17> kWeights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr char kCheckChars[] = "10X98765432";

// People older than this are possible but rare enough that a typo is likelier.
constexpr int kReviewAge = 120;

// BAD-INPUT 4.2 says both "before 1900: reject" and "440524188001010014 (born 1880): flag for
// review", which cannot both hold. The concrete example wins: 18-digit numbers were issued
// from 1999, when people born in the 1880s were still alive, so a 19th-century date is
// implausible (needsReview) but not impossible. Nobody born before 1860 was alive in 1999;
// such a date can only be a typo and is rejected.
constexpr int kEarliestBirthYear = 1860;

Error fail(const char *code, const char *message, const QString &raw)
{
    return makeError(QString::fromLatin1(code), QCoreApplication::translate("ResidentId", message).arg(raw));
}

int digitAt(QStringView s, qsizetype i)
{
    return s[i].unicode() - '0';
}

int number(QStringView s, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i)
        value = value * 10 + digitAt(s, i);
    return value;
}

// Province-level codes of GB/T 2260, plus 71 (Taiwan), 81/82 (Hong Kong/Macau) and 83 (the
// code on Taiwan residents' residence permits, which pass the same checksum).
bool isProvince(int code)
{
    return (code >= 11 && code <= 15) || (code >= 21 && code <= 23) || (code >= 31 && code <= 37) || (code >= 41 && code <= 46) ||
           (code >= 50 && code <= 54) || (code >= 61 && code <= 65) || code == 71 || code == 81 || code == 82 || code == 83;
}

// The six-digit address code. Only patterns that no issuing office ever used are rejected,
// because GB/T 2260 changes every year and a stale county list would reject real people:
//  - "xx0000" is allowed: early cards were issued with a province-level code, and residence
//    permits for Hong Kong, Macau and Taiwan residents use exactly 810000/820000/830000;
//  - "xx00yy" with yy != 00 does not exist (00 in the middle means "the province itself");
//  - 81/82/83 only ever appear as 810000/820000/830000.
bool isPlausibleRegion(QStringView digits)
{
    const int province = number(digits, 0, 2);
    const int prefecture = number(digits, 2, 2);
    const int county = number(digits, 4, 2);
    if (!isProvince(province))
        return false;
    if (province >= 81 && province <= 83)
        return prefecture == 0 && county == 0;
    return !(prefecture == 0 && county != 0);
}

} // namespace

QChar residentIdCheckChar(const QString &first17)
{
    if (first17.size() < 17)
        return {};
    int sum = 0;
    for (qsizetype i = 0; i < 17; ++i) {
        const int d = digitAt(first17, i);
        if (d < 0 || d > 9)
            return {};
        sum += d * kWeights[size_t(i)];
    }
    return QLatin1Char(kCheckChars[sum % 11]);
}

QString ResidentId::masked() const
{
    if (number.size() < 8)
        return QString(number.size(), QLatin1Char('*'));
    return number.left(4) + QString(number.size() - 8, QLatin1Char('*')) + number.right(4);
}

Result<ResidentId> parseResidentId(const QString &raw, const QDate &today)
{
    // Excel's scientific notation is detected on the raw text: cleaning drops the '.'.
    if (looksExcelMangled(raw)) {
        return fail("resident_id.excel_number",
                    QT_TRANSLATE_NOOP("ResidentId", "“%1” is not a usable resident ID number: the column was converted "
                                                    "to a number in Excel, which keeps only 15 digits. Format the "
                                                    "column as text and export again."),
                    raw);
    }
    // NFKC has already folded full-width Ｘ; lower-case x is the only other spelling.
    const QString id = cleanIdentifier(raw).toUpper();
    if (id.isEmpty()) {
        return makeError(QStringLiteral("resident_id.empty"),
                         QCoreApplication::translate("ResidentId", "The resident ID number is empty."));
    }

    for (qsizetype i = 0; i < id.size(); ++i) {
        const QChar c = id[i];
        const bool digit = c.unicode() >= '0' && c.unicode() <= '9';
        const bool finalX = c == u'X' && i == 17 && id.size() == 18;
        if (!digit && !finalX) {
            return fail("resident_id.characters",
                        QT_TRANSLATE_NOOP("ResidentId", "“%1” contains characters that cannot appear in a resident ID "
                                                        "number (only digits, and X as the last character)."),
                        raw);
        }
    }
    if (id.size() != 18 && id.size() != 15) {
        return makeError(QStringLiteral("resident_id.length"),
                         QCoreApplication::translate("ResidentId", "“%1” has %2 digits; a resident ID number has 18 "
                                                                   "(or 15 on a card issued before 1999).")
                             .arg(raw)
                             .arg(id.size()));
    }
    if (!isPlausibleRegion(id)) {
        return fail("resident_id.region",
                    QT_TRANSLATE_NOOP("ResidentId", "“%1” does not start with a valid region code (the first six "
                                                    "digits name the province, city and county)."),
                    raw);
    }

    const bool legacy = id.size() == 15;
    QDate birth;
    if (legacy) {
        // GB 11643-1989 wrote YYMMDD and meant 19YY: the 15-digit number was replaced before
        // anyone born in 2000 received a card. A date that only exists as 20YY (00-02-29: 1900
        // was not a leap year, 2000 was) is therefore a sign of a made-up or mistyped number.
        const int yy = number(id, 6, 2);
        const int month = number(id, 8, 2);
        const int day = number(id, 10, 2);
        birth = QDate(1900 + yy, month, day);
        if (!birth.isValid() && QDate(2000 + yy, month, day).isValid()) {
            return fail("resident_id.legacy15_after_1999",
                        QT_TRANSLATE_NOOP("ResidentId", "“%1” is an old 15-digit number, but its birth date only exists "
                                                        "in a year after 1999, and nobody born after 1999 has a "
                                                        "15-digit number."),
                        raw);
        }
    } else {
        birth = QDate(number(id, 6, 4), number(id, 10, 2), number(id, 12, 2));
    }
    if (!birth.isValid()) {
        return fail("resident_id.birth_date", QT_TRANSLATE_NOOP("ResidentId", "“%1” does not contain a valid birth date."), raw);
    }
    if (birth.year() < kEarliestBirthYear) {
        return fail("resident_id.birth_date",
                    QT_TRANSLATE_NOOP("ResidentId", "“%1” has a birth date before 1860, which cannot be right for a "
                                                    "living person."),
                    raw);
    }
    if (today.isValid() && birth > today) {
        return fail("resident_id.future_birth", QT_TRANSLATE_NOOP("ResidentId", "“%1” has a birth date in the future."), raw);
    }

    QString canonical;
    if (legacy) {
        const QString first17 = id.left(6) + QLatin1String("19") + id.mid(6);
        canonical = first17 + residentIdCheckChar(first17);
    } else {
        if (residentIdCheckChar(id.left(17)) != id[17]) {
            // Excel keeps 15 significant digits and writes zeros for the rest, so a damaged
            // 18-digit number ends in "000" and (ten times out of eleven) fails the checksum.
            // A number that ends in 000 and passes is a real one and is accepted above.
            if (id.endsWith(QLatin1String("000"))) {
                return fail("resident_id.excel_number",
                            QT_TRANSLATE_NOOP("ResidentId", "“%1” is not a usable resident ID number: the column was "
                                                            "converted to a number in Excel, which keeps only 15 "
                                                            "digits. Format the column as text and export again."),
                            raw);
            }
            return fail("resident_id.checksum",
                        QT_TRANSLATE_NOOP("ResidentId", "“%1”: wrong check digit. Compare the number with the "
                                                        "customer's ID card."),
                        raw);
        }
        canonical = id;
    }

    ResidentId result;
    result.number = canonical;
    result.regionCode = canonical.left(6);
    result.birthDate = birth;
    result.male = digitAt(canonical, 16) % 2 == 1;
    result.legacy15 = legacy;
    result.needsReview = today.isValid() && birth < today.addYears(-kReviewAge);
    return result;
}

} // namespace shoulou::identity
