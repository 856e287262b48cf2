#pragma once

#include "customer/customerstatus.h"

#include <QString>

namespace shoulou::dispatch {

// A consultant's hold on a customer as the protection and recycle rules see it.
struct CustomerHold final {
    QString customerId;
    QString ownerId; // empty: in the public pool
    QString ownerName;
    bool ownerActive = true; // false: the consultant has left (their user is revoked)
    customer::CustomerStatus status = customer::CustomerStatus::New;
    qint64 ownerSinceMs = 0;   // when the owner got the customer
    qint64 lastVisitMs = 0;    // 0: never visited
    qint64 lastFollowUpMs = 0; // 0: never followed up
    qint64 subscribedAtMs = 0; // 0: no subscription
};

} // namespace shoulou::dispatch
