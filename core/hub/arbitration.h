#pragma once

#include "sync/arbitrationrules.h"

#include <QString>
#include <QtGlobal>

#include <optional>

namespace shoulou::hub {

// What the hub knows of one contested key of an office (hub_arbitration).
struct ArbitrationRecord final {
    enum class State { Open, Taken, Expired, Released };

    QString officeId;
    QString key;
    State state = State::Taken;
    qint64 expiresAt = 0; // hub clock, epoch ms; 0 = never. Open: the claim deadline; Taken: the hold's end
    int round = 0;        // Open: how many times the hub opened the key (a new round after expiry)
    QString holderOpId;   // Taken: the op that won it
    QString holderUserId;
    QString holderWorkstationId;
    qint64 holderHubSeq = 0;
    qint64 changedAt = 0;

    friend bool operator==(const ArbitrationRecord &, const ArbitrationRecord &) = default;
};

QString toCode(ArbitrationRecord::State state);
std::optional<ArbitrationRecord::State> arbitrationStateFromCode(const QString &code);

// Who asks: the op and the place it would take in the office's order.
struct Claimant final {
    QString opId;
    QString userId;
    QString workstationId;
    qint64 hubSeq = 0;
};

// The arbiter's answer, with the reason in words for the log and the tests (the person reads a
// translated message made from `code` and the holder by Arbiter).
struct ArbitrationDecision final {
    bool granted = false;
    QString code;                            // empty when granted; CLAIM_NOT_OPEN, CLAIM_EXPIRED or the rule's taken code
    std::optional<ArbitrationRecord> write;  // the record to store (none: nothing changes)
    std::optional<ArbitrationRecord> holder; // refused because of this holder (who has it)
    QString trace;                           // "taken by user-2 at hub_seq 14, hold until …"
};

// The rule of SYNC.md §2.6 as a pure function: the key's current record, the request, who asks
// and the hub's clock (`nowMs`: the database's own clock in PostgreSQL) → the decision. The
// first request committed wins because requests are decided one at a time in hub_seq order,
// under the office's lock; no client time is ever consulted.
ArbitrationDecision arbitrate(const std::optional<ArbitrationRecord> &current, const sync::ArbitrationRequest &request, const Claimant &who,
                              const QString &officeId, qint64 nowMs);

// The hub opens a key for claims until `nowMs + ttlMs` (a grab-pool offer): a new record, or a
// new round of one that expired or was released. Refused (none) while the key is held or open.
std::optional<ArbitrationRecord> openForClaims(const std::optional<ArbitrationRecord> &current, const QString &officeId, const QString &key,
                                               qint64 ttlMs, qint64 nowMs);

} // namespace shoulou::hub
