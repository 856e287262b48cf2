#pragma once

#include "util/result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace shoulou {
class Clock;
namespace worker {
struct WriteContext;
}
} // namespace shoulou

namespace shoulou::ui {

// A person entered at the desk (Ctrl+N), as a lead of the chosen channel. It goes through
// lead.ingest like any imported row, so a phone or resident id the office already knows
// lands on that customer (a new touch) instead of making a duplicate.
struct DeskEntry final {
    QString name, phone, residentId, remark;
    QString channelId, channelName;
    int weightPermille = 0;
    QJsonObject requirement; // budget_fen, layout, area_m2, note — only the keys given

    struct Outcome {
        QString customerId;
        QString status;        // "created", "merged" or "duplicate"
        QStringList matchedBy; // "phone", "resident_id"
    };

    // Runs on the writer: lead.ingest and, when a requirement was given, customer.update, in
    // one transaction — both land or neither does. Rejects the entry (writing nothing) when a
    // field cannot be used; the message names the field.
    Result<Outcome> apply(worker::WriteContext &ctx, const Clock &clock) const;
};

} // namespace shoulou::ui
