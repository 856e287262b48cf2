#pragma once

#include <QString>

namespace shoulou::identity {

struct PhoneNumber final {
    enum class Kind { Mobile, Landline, Service, Foreign };
    Kind kind = Kind::Mobile;
    QString e164;      // "+8613812345678", "+861065529988", "+85291234567"
    QString extension; // "8001" or empty
    QString raw;       // the input as typed, kept for audit

    // The kind as stored in customer_phone.kind: "mobile", "landline", "service", "foreign".
    QString kindName() const;
    // A number as stored (e164, extension, kind name), e.g. to mask it for a screen.
    static PhoneNumber fromStored(const QString &e164, const QString &extension, const QString &kindName);

    // The hard identity key: e164, plus ";ext=NNN" when there is an extension.
    QString matchKey() const;
    // What a screen may show: "138****5678" for CN mobiles, "010-6552****" style for
    // landlines, "+852 9123****" for foreign numbers.
    QString masked() const;
    // National digits for CN numbers ("13812345678", "01065529988"), e164 otherwise.
    QString display() const;
};

} // namespace shoulou::identity
