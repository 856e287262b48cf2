#pragma once

#include "customer/kioskvisitor.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace shoulou {
class Clock;
namespace mutation {
class Applier;
}
} // namespace shoulou

namespace shoulou::customer {

// Registering a walk-in at the reception kiosk: what the kiosk screen (issue #12) and
// `shoulou-cli kiosk register` call. The visitor is checked (KioskVisitor::check), sealed to
// the office's public key, and applied as one visit.register with the masked phone and the name
// reception says; the person's name and phone never reach the kiosk's database in clear.
struct KioskRegistration final {
    KioskVisitor visitor;

    struct Outcome {
        QString registrationId;
        QString maskedPhone;
        QString displayName;
        QString customerId; // where the replica holds the office key; empty at the kiosk
    };

    // `officePublicKey`: the office's sealing key (sync::SyncState::officeSealPublicKey). A form that cannot be
    // used is refused with code "kiosk.input" and the field ("phone: …"), writing nothing.
    Result<Outcome> apply(mutation::Applier &applier, const QByteArray &officePublicKey, const Clock &clock) const;
};

} // namespace shoulou::customer
