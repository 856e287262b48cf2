#include "deskentry.h"

#include "customer/customerupdate.h"
#include "identity/leadingest.h"
#include "io/fieldmapping.h"
#include "io/leadnormalizer.h"
#include "mutation/applier.h"
#include "storage/database.h"
#include "util/clock.h"
#include "util/officetime.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

namespace shoulou::customer {

Requirement DeskEntry::requirement() const
{
    Requirement r;
    if (budgetFen > 0)
        r.budgetFen = budgetFen;
    r.layout = layout.trimmed();
    if (areaM2 > 0)
        r.areaM2 = areaM2;
    r.building = building.trimmed();
    r.gender = gender;
    r.visitors = visitors > 0 ? visitors : 0;
    r.heardVia = heardVia.trimmed();
    return r;
}

Result<DeskEntry::Outcome> DeskEntry::apply(mutation::Applier &applier, const security::OfficeKey &key, const Clock &clock) const
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
    io::LeadNormalizer normalizer(key, clock, header, mapping, channelName, QStringLiteral("desk"));
    io::NormalizedRow nr = normalizer.normalize(row);
    // At the desk a doubtful field is asked about again rather than stored with a warning.
    if (nr.rejected || !nr.reason.isEmpty())
        return makeError(QStringLiteral("desk.input"), nr.reason);
    nr.lead.channelId = channelId;
    nr.lead.weightPermille = weightPermille;
    storage::Database &db = applier.database();
    // Through the walk-in channel the person is standing at the desk: the touch is a visit.
    if (db.queryText("SELECT kind FROM channel WHERE id = ?1", channelId) == QLatin1String("walk_in"))
        nr.lead.touchKind = QStringLiteral("visit");

    if (auto begun = applier.beginBatch(); !begun)
        return begun.error();
    auto ingested = identity::ingestLead(applier, nr.lead);
    if (!ingested) {
        applier.rollbackBatch();
        return ingested.error();
    }
    if (const Requirement given = requirement(); !given.isEmpty()) {
        CustomerUpdate update;
        update.customerId = ingested->customerId;
        // A known customer keeps what the office already noted; what was told now wins.
        update.requirement = Requirement::fromStored(
                                 QJsonDocument::fromJson(
                                     db.queryText("SELECT requirement FROM customer WHERE id = ?1", ingested->customerId).toUtf8())
                                     .object())
                                 .updatedBy(given);
        if (auto updated = applier.applyInBatch(update); !updated) {
            applier.rollbackBatch();
            return updated.error();
        }
    }
    if (auto committed = applier.commitBatch(); !committed)
        return committed.error();
    return Outcome{ingested->customerId, ingested->status, ingested->matchedBy};
}

} // namespace shoulou::customer
