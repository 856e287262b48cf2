#pragma once

#include "identity/ingeststatus.h"
#include "util/result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace shoulou::identity {

// What lead.ingest@1 did with one lead (the Resolver's result, LeadInput's Outcome).
struct IngestOutcome final {
    QString customerId, leadId;
    IngestStatus status = IngestStatus::Created;
    QStringList matchedBy; // "phone", "resident_id", "device"
    QStringList merged;    // customers merged into customerId by this lead
    int reviews = 0;       // pairs added to the review queue

    // {"customer_id", "lead_id", "status", "matched_by", "merged", "reviews"}
    QJsonObject toJson() const;
    static Result<IngestOutcome> fromJson(const QJsonObject &json);
    friend bool operator==(const IngestOutcome &, const IngestOutcome &) = default;
};

} // namespace shoulou::identity
