#pragma once

#include "hub/arbiter.h"
#include "hub/hubrecords.h"
#include "hub/visitcheck.h"
#include "util/result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace shoulou {
class Clock;
}

namespace shoulou::hub {

class FrameReader;
class HubKeys;
class HubStore;
class Roster;

// The push frame: a workstation's next ops, contiguous in client_seq, into its office's log.
// One write transaction per batch (BEGIN IMMEDIATE; in PostgreSQL the office row lock), each op
// in its own savepoint, hub_seq assigned in commit order. Duplicates (client_seq already acked)
// get their stored ack back with "duplicate": true; a gap is refused with the client_seq
// expected; an op the hub refuses (unknown or revoked user, role) is acked "rejected" with its
// reason and advances last_acked_client_seq (so one bad op never wedges the outbox), but takes
// no hub_seq. Ops that race (class A) are decided by the Arbiter at the hub_seq they would take:
// the first committed wins, the others are rejected naming who was first.
// So is a kiosk's visit.register whose sealed visitor does not open (VisitCheck).
class PushHandler final {
public:
    PushHandler(HubStore &store, Roster &roster, const HubKeys &keys, const Clock &clock, int maxOps);

    // The reply frame. `appendedThrough` is the office's last hub_seq when this push (or the
    // roster ops it caused) appended to the log, else 0.
    QJsonObject handle(qint64 id, FrameReader &frame, const Caller &caller, qint64 &appendedThrough);

private:
    struct Incoming {
        QString opId;
        qint64 clientSeq = 0;
        QString name;
        int version = 0;
        QByteArray args;
        qint64 hlc = 0;
        QString userId;
        qint64 createdAt = 0;
        QByteArray result;
    };
    struct Verdict {
        bool applied = false;
        QString code;
        QString message;
    };

    Verdict authorize(const Incoming &op, const Caller &caller, const WorkstationRecord &ws, const OfficeRecord &office, Error *storeError);
    static QJsonObject ackOf(const LogEntry &entry);

    HubStore &m_store;
    QHash<QString, std::optional<UserRecord>> m_users; // during one push: user_id → the user, or none
    Roster &m_roster;
    VisitCheck m_visits;
    const Clock &m_clock;
    Arbiter m_arbiter;
    int m_maxOps;
};

} // namespace shoulou::hub
