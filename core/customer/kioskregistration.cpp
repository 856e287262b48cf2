#include "kioskregistration.h"

#include "customer/visitregister.h"
#include "mutation/applier.h"
#include "storage/database.h"
#include "util/clock.h"
#include "util/uuid.h"

#include <QCoreApplication>

namespace shoulou::customer {

Result<KioskRegistration::Outcome> KioskRegistration::apply(mutation::Applier &applier, const QByteArray &officePublicKey,
                                                            const Clock &clock) const
{
    if (auto r = visitor.check(); !r)
        return r.error();
    auto sealed = visitor.sealTo(officePublicKey);
    if (!sealed)
        return sealed.error();
    storage::Database &db = applier.database();
    VisitRegister v;
    v.registrationId = UuidV7(clock).next();
    v.sealed = *sealed;
    v.maskedPhone = visitor.maskedPhone();
    v.displayName = visitor.displayName();
    v.visitors = visitor.visitors;
    v.occurredAtMs = clock.nowMs();
    // The workstation id is born with the first transaction; a new file has none before.
    if (applier.workstationId().isEmpty()) {
        if (auto r = applier.beginBatch(); !r)
            return r.error();
        applier.rollbackBatch();
    }
    v.workstationId = applier.workstationId();
    // The walk-in channel as the kiosk knows it from the roster; otherwise each replica takes
    // the office's own when it applies the op.
    v.channelId = db.queryText("SELECT id FROM channel WHERE kind = 'walk_in' ORDER BY created_at, id LIMIT 1");
    auto done = applier.apply(v);
    if (!done)
        return done.error();
    return Outcome{done->registrationId, v.maskedPhone, v.displayName, done->customerId};
}

} // namespace shoulou::customer
