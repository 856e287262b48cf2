#pragma once

#include "util/result.h"

#include <QJsonObject>
#include <QString>

namespace shoulou::storage {
class Database;
}

namespace shoulou::customer {

// Everything about one customer as the desk shows it: profile, masked identifiers, channels
// with their contribution weights and first touch, touches, follow-ups and merge history.
// An id that was merged away resolves to its live customer ("redirected_from"). Times are
// Office-time (OfficeTime) ISO strings for people (the CLI) and, as "*_ms" twins, epoch ms for the desk.
// Channels are listed in the order they first reached the customer.
class CustomerDetail final {
public:
    static Result<QJsonObject> load(storage::Database &db, const QString &customerId);
};

} // namespace shoulou::customer
