#pragma once

#include "customer/requirement.h"
#include "identity/ingeststatus.h"
#include "util/result.h"

#include <QString>
#include <QStringList>

namespace shoulou {
class Clock;
namespace mutation {
class Applier;
}
namespace security {
class OfficeKey;
}
} // namespace shoulou

namespace shoulou::customer {

// A person entered at the desk (Ctrl+N), as a lead of the chosen channel. It goes through
// lead.ingest like any imported row, so a phone or resident id the office already knows
// lands on that customer (a new touch) instead of making a duplicate. What the person told
// at the desk is kept on the customer's requirement (customer.update@2).
struct DeskEntry final {
    QString name, phone, residentId, remark;
    QString channelId, channelName;
    int weightPermille = 0;

    // Zero or empty: not given.
    QString gender;   // "male" or "female"
    int visitors = 0; // 到访人数: how many came together
    QString heardVia; // 认知途径: how they heard of the project, as chosen or typed
    QString building; // 意向楼栋
    QString layout;   // 户型
    qint64 budgetFen = 0;
    double areaM2 = 0;

    struct Outcome {
        QString customerId;
        identity::IngestStatus status = identity::IngestStatus::Created;
        QStringList matchedBy; // "phone", "resident_id"
    };

    // The part of the customer's requirement this entry gives (the rest left empty).
    Requirement requirement() const;

    // On the writer's connection: lead.ingest and, when something of the requirement was
    // given, customer.update@2 (a CustomerUpdate), in one transaction — both land or neither
    // does. Rejects the entry (writing nothing) when a field cannot be used; the message names
    // the field ("requirement.visitors").
    Result<Outcome> apply(mutation::Applier &applier, const security::OfficeKey &key, const Clock &clock) const;
};

} // namespace shoulou::customer
