#pragma once

#include "identity/namenormalizer.h"
#include "identity/phonenormalizer.h"

#include <QDate>
#include <QList>
#include <QString>

#include "util/result.h"

#include <optional>

namespace shoulou {
namespace storage {
class Database;
class Statement;
} // namespace storage
namespace security {
class OfficeKey;
}
} // namespace shoulou

namespace shoulou::customer {

struct SearchHit final {
    QString customerId;
    QString name;
    QString maskedPhone;
    // "phone" (the whole number), "phone_tail" (the number ends in the digits typed),
    // "phone_fragment" (the digits are elsewhere in it), "resident_id", "name", "pinyin", "initials".
    // Hits come in that order of kinds: tails before other fragments.
    QString matchedBy;
};

// One search box for everything a receptionist or consultant types (DESIGN.md §4):
// a resident id in any valid form, a phone in any form or any ≥ 4-digit fragment of one,
// a name (traditional finds simplified), full pinyin or initials. Hits are live customers.
class CustomerSearch final {
public:
    CustomerSearch(storage::Database &db, const security::OfficeKey *key);
    // A failed read (a prepare or a step) is an error naming it, never "no hits".
    Result<QList<SearchHit>> search(const QString &query, int limit = 10);
    // "138****5678" for the customer's first phone (across merged records), or "".
    QString maskedPhoneOf(const QString &customerId);

private:
    std::optional<Error> addRoots(storage::Statement &st, const char *sql, const QString &how, int limit, QList<SearchHit> &hits);
    std::optional<Error> readMaskedPhone(const QString &customerId, QString &out);

    storage::Database &m_db;
    const security::OfficeKey *m_key;
    identity::PhoneNormalizer m_phones;
};

} // namespace shoulou::customer
