#pragma once

#include "identity/phonenumber.h"
#include "util/result.h"

#include <QHash>
#include <QString>

namespace shoulou::identity {

// Parses phone numbers as a Chinese sales office receives them, through libphonenumber with
// default region CN. Error codes (stable, tested):
//   phone.empty, phone.excel_number ("column was converted to a number in Excel"),
//   phone.invalid (not a number at all / wrong length), phone.not_mobile_range (14012345678),
//   phone.iot (13-digit 1440… M2M), phone.service_number (400/95588 outside a company field).
// Messages go through QCoreApplication::translate("PhoneNormalizer", ...).
// Not thread-safe (it caches); use one instance per thread.
class PhoneNormalizer final {
public:
    enum class Field { Personal, Company };

    Result<PhoneNumber> normalize(const QString &raw, Field field = Field::Personal);

private:
    Result<PhoneNumber> normalizeSlow(const QString &raw, Field field);

    // CN mobile validity is decided by libphonenumber and memoised per 7-digit prefix: the
    // metadata's mobile ranges never look past the 7th digit (8.12.57: "1740[0-5]\d{6}|1(?:…)\d{8}"),
    // and a Parse + IsValidNumber costs ~12 µs. Key: the prefix as an integer (cheaper to hash
    // than a QString); value: a Verdict from phonenormalizer.cpp. tst_phonenormalizer checks the
    // memo against libphonenumber on 50 000 random numbers.
    QHash<quint32, quint8> m_mobilePrefixValid;
};

} // namespace shoulou::identity
