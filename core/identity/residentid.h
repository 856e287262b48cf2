#pragma once

#include "util/result.h"

#include <QDate>
#include <QString>

namespace shoulou::identity {

// A mainland resident identity number (GB 11643-1999), always in its 18-character form.
struct ResidentId final {
    QString number;     // 18 characters, check digit upper-case X
    QString regionCode; // first 6 digits
    QDate birthDate;
    bool male = false;        // odd sequence number
    bool legacy15 = false;    // converted from a 15-digit GB 11643-1989 number
    bool needsReview = false; // valid but implausible (age > 120): flag for a person to check

    // "3306**********1234": first four and last four characters.
    QString masked() const;
};

// Validates and canonicalises. Error codes (stable, tested):
//   resident_id.empty, resident_id.excel_number, resident_id.length, resident_id.characters,
//   resident_id.region, resident_id.birth_date, resident_id.future_birth,
//   resident_id.legacy15_after_1999, resident_id.checksum ("校验位错误" in zh_CN).
// `today` is injected (Clock) so birth-date rules are testable.
Result<ResidentId> parseResidentId(const QString &raw, const QDate &today);

// ISO 7064 MOD 11-2 check character for the first 17 digits.
QChar residentIdCheckChar(const QString &first17);

} // namespace shoulou::identity
