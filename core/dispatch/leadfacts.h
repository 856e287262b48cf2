#pragma once

#include <QString>

namespace shoulou::dispatch {

// What the rules know of an online lead: enough to offer it (the phone only masked).
struct LeadFacts final {
    QString leadId;
    QString channel;     // channel name, shown on the offer
    QString maskedPhone; // identity::PhoneNumber::masked(): "138****5678"
    qint64 receivedAtMs = 0;
};

} // namespace shoulou::dispatch
