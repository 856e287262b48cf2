#pragma once

#include "hub/arbitrationstore.h"
#include "hub/hubrecords.h"
#include "util/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace shoulou::hub {

// Where the hub keeps offices, users, workstations, sessions and the per-office log. Dumb
// storage: HubService holds every rule. The transaction calls let it make one push one
// transaction with a savepoint per op, whatever the backend: SQLite (one writer, BEGIN
// IMMEDIATE) or PostgreSQL (lockOffice = SELECT … FOR UPDATE, so commit order = hub_seq order).
class HubStore {
public:
    virtual ~HubStore() = default;

    // --- transactions ---
    virtual Result<void> beginWrite() = 0;
    virtual Result<void> beginRead() = 0; // one consistent snapshot until commit()/rollback()
    virtual Result<void> commit() = 0;
    virtual void rollback() = 0;
    virtual Result<void> savepoint() = 0;
    virtual Result<void> releaseSavepoint() = 0;
    virtual Result<void> rollbackToSavepoint() = 0;
    // Inside a write transaction that appended to an office's log: tells every hub process at
    // commit (PostgreSQL: pg_notify). SQLite has one process, which pokes its sockets itself.
    virtual Result<void> announce(const QString &officeId, qint64 hubSeq)
    {
        Q_UNUSED(officeId)
        Q_UNUSED(hubSeq)
        return {};
    }
    // True when commits reach every process through announce() (the server then pokes from
    // those announcements, its own included, and not from the service's callback).
    virtual bool announcesCommits() const { return false; }

    // --- the hub itself ---
    // Empty hubId until initialize() (shoulou-hub init) ran.
    virtual Result<HubMeta> meta() = 0;
    virtual Result<void> initialize(const HubMeta &meta) = 0;
    virtual Result<void> setEpoch(const QString &epoch) = 0;
    // The next client_seq of an op the hub appends itself (workstation "hub"), counted per hub.
    virtual Result<qint64> takeHubClientSeq() = 0;

    // --- offices ---
    virtual Result<void> insertOffice(const OfficeRecord &office) = 0;
    virtual Result<std::optional<OfficeRecord>> office(const QString &id) = 0;
    virtual Result<std::optional<OfficeRecord>> officeByCode(const QString &code) = 0;
    virtual Result<QList<OfficeRecord>> offices() = 0;
    // Inside a write transaction: locks the office row until commit and returns next_hub_seq.
    virtual Result<qint64> lockOffice(const QString &id) = 0;
    virtual Result<void> setNextHubSeq(const QString &id, qint64 next) = 0;
    virtual Result<void> setOfficeKey(const QString &id, const QByteArray &sealedForHub) = 0;
    virtual Result<void> setOfficeHistory(const QString &id, const QString &workstationId, std::optional<qint64> through) = 0;

    // --- users ---
    virtual Result<qint64> insertUser(const UserRecord &user) = 0; // returns its key
    virtual Result<void> updateUser(const UserRecord &user) = 0;   // by key
    virtual Result<std::optional<UserRecord>> userByKey(qint64 key) = 0;
    virtual Result<std::optional<UserRecord>> userByLogin(const QString &officeId, const QString &login) = 0;
    virtual Result<std::optional<UserRecord>> userById(const QString &officeId, const QString &id) = 0;
    virtual Result<QList<UserRecord>> users(const QString &officeId) = 0;

    // --- workstations ---
    virtual Result<void> upsertWorkstation(const WorkstationRecord &ws) = 0;
    virtual Result<std::optional<WorkstationRecord>> workstation(const QString &id) = 0;
    virtual Result<QList<WorkstationRecord>> workstations(const QString &officeId) = 0;
    virtual Result<void> setWorkstationAcked(const QString &id, qint64 lastAckedClientSeq) = 0;
    virtual Result<void> setWorkstationPulled(const QString &id, qint64 lastPulledHubSeq) = 0;
    virtual Result<void> touchWorkstation(const QString &id, qint64 seenAt, int protocolVersion) = 0;
    virtual Result<void> setWorkstationRevoked(const QString &id, bool revoked) = 0;

    // --- sessions ---
    virtual Result<void> insertSession(const SessionRecord &session) = 0;
    virtual Result<std::optional<SessionRecord>> session(const QByteArray &tokenHash) = 0;
    virtual Result<void> renewSession(const QByteArray &tokenHash, qint64 expiresAt) = 0;
    virtual Result<void> deleteSessionsOf(const QString &workstationId) = 0;
    virtual Result<void> deleteExpiredSessions(qint64 nowMs) = 0;

    // --- the log ---
    // Fails with code "hub.op_id_taken" when the op_id is stored already (UNIQUE(op_id)).
    virtual Result<void> appendLog(const LogEntry &entry) = 0;
    virtual Result<std::optional<LogEntry>> logEntry(const QString &workstationId, qint64 clientSeq) = 0;
    virtual Result<std::optional<LogEntry>> logEntryByOpId(const QString &opId) = 0;
    // Applied ops of the office with hub_seq > since, in order, at most `limit`, in `scope`.
    virtual Result<QList<LogEntry>> pull(const QString &officeId, qint64 since, int limit, const PullScope &scope) = 0;
    virtual Result<qint64> logCount(const QString &officeId) = 0; // applied and rejected

    // --- retention (SYNC.md §2.11; the SQLite hub: PostgreSQL makes no snapshots and keeps its
    // whole log, so these answer "nothing pruned") ---
    // The highest hub_seq of the office whose entry lost its args and result (0: none did). A
    // desk whose cursor is below it can only start again from a snapshot.
    virtual Result<qint64> prunedThrough(const QString &officeId)
    {
        Q_UNUSED(officeId)
        return qint64(0);
    }
    // Slims the office's applied entries with hub_seq ≤ `through` that were committed before
    // `committedBefore` (a prefix of the order), except those a kiosk pulls (its replica is built
    // from the log, never from a snapshot). The slim row stays for idempotency and audit.
    // Returns prunedThrough() afterwards.
    virtual Result<qint64> pruneLog(const QString &officeId, qint64 through, qint64 committedBefore)
    {
        Q_UNUSED(through)
        Q_UNUSED(committedBefore)
        return prunedThrough(officeId);
    }

    // --- class-A arbitration (the contested keys; used inside the office's write transaction) ---
    virtual ArbitrationStore &arbitrations() = 0;

    // --- operations ---
    // A consistent copy of the whole store, taken while the hub runs.
    virtual Result<void> backupTo(const QString &path) = 0;
};

} // namespace shoulou::hub
