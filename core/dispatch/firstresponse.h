#pragma once

#include "customer/followupkind.h"

#include <QList>
#include <QString>

namespace shoulou::dispatch {

// A logged contact with a lead's customer.
struct Contact final {
    qint64 atMs = 0;
    customer::FollowUpKind kind = customer::FollowUpKind::Call;
};

// A lead's first response (the office's headline number: the share first contacted within
// dispatch.first_response_minutes). The clock starts when the lead reaches the office and
// stops at the first logged call, WeChat message or visit (a showing is a visit); an SMS or an
// "other" note does not stop it, nor does a contact logged before the lead arrived.
struct FirstResponse final {
    qint64 receivedAtMs = 0;
    qint64 deadlineMs = 0;     // received + the limit
    bool contacted = false;    // by the time asked about
    qint64 firstContactMs = 0; // when contacted
    qint64 durationMs = 0;     // to the first contact, or so far
    bool breached = false;     // first contact later than the limit, or none and the limit passed
    QString trace;             // translated

    // The state at `atMs` (contacts logged after it are not known yet). Exactly the limit is
    // still within it.
    static FirstResponse measure(qint64 receivedAtMs, const QList<Contact> &contacts, int limitMinutes, qint64 atMs);
    static bool stopsTheClock(customer::FollowUpKind kind);
};

} // namespace shoulou::dispatch
