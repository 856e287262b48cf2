#pragma once

#include "identity/phonenumber.h"
#include "util/result.h"

#include <QString>
#include <QStringList>

namespace shoulou {
namespace mutation {
class Applier;
}
namespace security {
class OfficeKey;
}
namespace storage {
class Database;
}
} // namespace shoulou

namespace shoulou::customer {

// Unmasking a phone or resident id (DESIGN.md §8). Who looked is recorded first, through
// customer.reveal@1 (a reveal_log row and an outbox row, neither holding the plaintext); only
// once that is committed is the plaintext read. The plaintext is returned to the caller and
// never written anywhere.
class CustomerReveal final {
public:
    // field: "phone" or "resident_id". Returns every value of that field across the customer's
    // merged records, oldest first: phones formatted for reading ("138 1234 5678"), resident
    // ids in full.
    static Result<QStringList> reveal(mutation::Applier &applier, const security::OfficeKey &key, const QString &customerId,
                                      const QString &field);

    // "138 1234 5678", "010 6552 9988", "0571 8888 1234 转 8001", "+85291234567".
    static QString readable(const identity::PhoneNumber &phone);

private:
    static Result<QStringList> plaintext(storage::Database &db, const security::OfficeKey &key, const QString &rootId,
                                         const QString &field);
};

} // namespace shoulou::customer
