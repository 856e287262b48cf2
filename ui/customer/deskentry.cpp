#include "deskentry.h"

#include "identity/leadingest.h"
#include "io/fieldmapping.h"
#include "io/leadnormalizer.h"
#include "mutation/applier.h"
#include "storage/database.h"
#include "util/clock.h"
#include "util/officetime.h"
#include "worker/workercontext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

namespace shoulou::ui {

Result<DeskEntry::Outcome> DeskEntry::apply(worker::WriteContext &ctx, const Clock &clock) const
{
    // The same normaliser as an import: identifiers cleaned and checked, the resident id
    // sealed, the entry kept verbatim (sealed) and keyed for re-entry. The time is part of the
    // key, so the same person coming back later is a new touch, not "already imported".
    const QStringList header{QCoreApplication::translate("shoulou::ui::NewCustomerDialog", "Name"),
                             QCoreApplication::translate("shoulou::ui::NewCustomerDialog", "Phone"),
                             QCoreApplication::translate("shoulou::ui::NewCustomerDialog", "Resident ID"),
                             QCoreApplication::translate("shoulou::ui::NewCustomerDialog", "Remark"),
                             QCoreApplication::translate("shoulou::ui::NewCustomerDialog", "Time")};
    io::FieldMapping mapping;
    mapping.set(0, io::LeadField::Name);
    mapping.set(1, io::LeadField::Phone);
    mapping.set(2, io::LeadField::ResidentId);
    mapping.set(3, io::LeadField::Remark);
    mapping.set(4, io::LeadField::Time);
    io::TableRow row;
    row.number = 1;
    row.cells = {name, phone, residentId, remark, OfficeTime::local(clock.nowMs()).toString(Qt::ISODate)};
    row.numeric = QList<bool>(row.cells.size(), false);
    io::LeadNormalizer normalizer(ctx.key, clock, header, mapping, channelName, QStringLiteral("desk"));
    io::NormalizedRow nr = normalizer.normalize(row);
    // At the desk a doubtful field is asked about again rather than stored with a warning.
    if (nr.rejected || !nr.reason.isEmpty())
        return makeError(QStringLiteral("desk.input"), nr.reason);
    nr.lead.channelId = channelId;
    nr.lead.weightPermille = weightPermille;
    // Through the walk-in channel the person is standing at the desk: the touch is a visit.
    if (ctx.db.queryText("SELECT kind FROM channel WHERE id = ?1", channelId) == QLatin1String("walk_in"))
        nr.lead.touchKind = QStringLiteral("visit");

    mutation::Applier &applier = ctx.applier;
    if (auto begun = applier.beginBatch(); !begun)
        return begun.error();
    auto ingested = identity::ingestLead(applier, nr.lead);
    if (!ingested) {
        applier.rollbackBatch();
        return ingested.error();
    }
    if (!requirement.isEmpty()) {
        // A known customer keeps what the office already noted; what was typed now wins.
        QJsonObject merged = QJsonDocument::fromJson(
                                 ctx.db.queryText("SELECT requirement FROM customer WHERE id = ?1", ingested->customerId).toUtf8())
                                 .object();
        for (auto it = requirement.begin(); it != requirement.end(); ++it)
            merged.insert(it.key(), it.value());
        auto updated = applier.applyInBatch(
            QStringLiteral("customer.update"), 1,
            QJsonObject{{QStringLiteral("customer_id"), ingested->customerId}, {QStringLiteral("requirement"), merged}});
        if (!updated) {
            applier.rollbackBatch();
            return updated.error();
        }
    }
    if (auto committed = applier.commitBatch(); !committed)
        return committed.error();
    return Outcome{ingested->customerId, ingested->status, ingested->matchedBy};
}

} // namespace shoulou::ui
