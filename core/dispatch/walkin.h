#pragma once

#include <QString>

namespace shoulou::dispatch {

// A visitor at the reception desk after the identity lookup: a returning customer has an owner
// and maybe a protection period still running (Protection decides it).
struct WalkIn final {
    QString customerId;          // empty: a new visitor
    QString ownerId;             // the consultant who holds the customer, or empty
    QString ownerName;           // for the trace when the owner is not on the roster
    qint64 protectedUntilMs = 0; // 0: not protected
};

} // namespace shoulou::dispatch
