#pragma once

#include "hub/arbitration.h"
#include "util/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace shoulou {
class Clock;
}

namespace shoulou::hub {

class HubStore;

// The hub's class-A primitive (SYNC.md §2.6), for every backend: the push decides each op that
// races (sync::ArbitrationRules) here, inside the office's write transaction, at the hub_seq it
// would take — so the first committed wins — and a grab-pool round is opened here with a
// deadline on the hub's clock (the database's, in PostgreSQL). A refused op is rejected with a
// reason the person reads, naming who was first.
class Arbiter final {
public:
    Arbiter(HubStore &store, const Clock &clock);

    struct Verdict {
        bool applied = true;
        QString code;
        QString message;    // translated, for the person whose op lost
        QJsonObject winner; // {"user_id","name","hub_seq"} when someone holds what was asked for
        QString trace;
    };
    // `name`/`argsJson`: the op; `who`: it, at the hub_seq it takes if applied. Ops that do not
    // race are applied without reading anything.
    Result<Verdict> decide(const QString &officeId, const QString &name, const QByteArray &argsJson, const Claimant &who);
    // The same for a request made by the hub's own rules (dispatch's claims on its offers).
    Result<Verdict> decide(const QString &officeId, const sync::ArbitrationRequest &request, const Claimant &who);

    // Opens `key` for claims for `ttlMs` (a new round when the last one expired). None when it
    // is held or still open. Inside a write transaction.
    Result<std::optional<ArbitrationRecord>> open(const QString &officeId, const QString &key, qint64 ttlMs);
    // Marks the office's open keys past their deadline expired and returns them (the sweeper:
    // dispatch re-offers them). Claims after a deadline lose whether or not this ran.
    Result<QList<ArbitrationRecord>> expireOverdue(const QString &officeId);
    // The clock deadlines are measured on.
    Result<qint64> nowMs();

private:
    QString refusal(const QString &code, const QString &holderName) const;

    HubStore &m_store;
    const Clock &m_clock;
};

} // namespace shoulou::hub
