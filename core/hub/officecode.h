#pragma once

#include <QString>

namespace shoulou::hub {

// The short code a person types to enroll a desk in an office ("SZ-7K3Q"): two letters from
// the office's name (pinyin initials of 深圳… → SZ), a dash and four characters from an alphabet
// without look-alikes (no 0/O, 1/I). Codes are compared after normalize().
class OfficeCode final {
public:
    static QString generate(const QString &officeName);
    // What was typed, in the stored form: full-width folded, upper case, spaces dropped,
    // the dash put back ("sz 7k3q" → "SZ-7K3Q").
    static QString normalize(const QString &typed);
};

} // namespace shoulou::hub
