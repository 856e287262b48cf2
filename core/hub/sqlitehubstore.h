#pragma once

#include "hub/hubstore.h"

#include <memory>

namespace shoulou {
class Clock;
namespace storage {
class Database;
}
} // namespace shoulou

namespace shoulou::hub {

// The hub in one SQLite file (hub.db in the data directory): WAL, synchronous=FULL, its own
// versioned schema (hubSchemaMigrations). One process, one writer: BEGIN IMMEDIATE makes
// commit order the hub_seq order by construction. One instance per thread.
class SqliteHubStore final : public HubStore {
public:
    static Result<std::unique_ptr<SqliteHubStore>> open(const QString &path, const Clock *clock = nullptr);
    ~SqliteHubStore() override;

    storage::Database &database() { return *m_db; }

    ArbitrationStore &arbitrations() override;
    Result<void> beginWrite() override;
    Result<void> beginRead() override;
    Result<void> commit() override;
    void rollback() override;
    Result<void> savepoint() override;
    Result<void> releaseSavepoint() override;
    Result<void> rollbackToSavepoint() override;

    Result<HubMeta> meta() override;
    Result<void> initialize(const HubMeta &meta) override;
    Result<void> setEpoch(const QString &epoch) override;
    Result<qint64> takeHubClientSeq() override;

    Result<void> insertOffice(const OfficeRecord &office) override;
    Result<std::optional<OfficeRecord>> office(const QString &id) override;
    Result<std::optional<OfficeRecord>> officeByCode(const QString &code) override;
    Result<QList<OfficeRecord>> offices() override;
    Result<qint64> lockOffice(const QString &id) override;
    Result<void> setNextHubSeq(const QString &id, qint64 next) override;
    Result<void> setOfficeKey(const QString &id, const QByteArray &sealedForHub) override;
    Result<void> setOfficeHistory(const QString &id, const QString &workstationId, std::optional<qint64> through) override;

    Result<qint64> insertUser(const UserRecord &user) override;
    Result<void> updateUser(const UserRecord &user) override;
    Result<std::optional<UserRecord>> userByKey(qint64 key) override;
    Result<std::optional<UserRecord>> userByLogin(const QString &officeId, const QString &login) override;
    Result<std::optional<UserRecord>> userById(const QString &officeId, const QString &id) override;
    Result<QList<UserRecord>> users(const QString &officeId) override;

    Result<void> upsertWorkstation(const WorkstationRecord &ws) override;
    Result<std::optional<WorkstationRecord>> workstation(const QString &id) override;
    Result<QList<WorkstationRecord>> workstations(const QString &officeId) override;
    Result<void> setWorkstationAcked(const QString &id, qint64 lastAckedClientSeq) override;
    Result<void> setWorkstationPulled(const QString &id, qint64 lastPulledHubSeq) override;
    Result<void> touchWorkstation(const QString &id, qint64 seenAt, int protocolVersion) override;
    Result<void> setWorkstationRevoked(const QString &id, bool revoked) override;

    Result<void> insertSession(const SessionRecord &session) override;
    Result<std::optional<SessionRecord>> session(const QByteArray &tokenHash) override;
    Result<void> renewSession(const QByteArray &tokenHash, qint64 expiresAt) override;
    Result<void> deleteSessionsOf(const QString &workstationId) override;
    Result<void> deleteExpiredSessions(qint64 nowMs) override;

    Result<void> appendLog(const LogEntry &entry) override;
    Result<std::optional<LogEntry>> logEntry(const QString &workstationId, qint64 clientSeq) override;
    Result<std::optional<LogEntry>> logEntryByOpId(const QString &opId) override;
    Result<QList<LogEntry>> pull(const QString &officeId, qint64 since, int limit, const PullScope &scope) override;
    Result<qint64> logCount(const QString &officeId) override;
    Result<qint64> prunedThrough(const QString &officeId) override;
    Result<qint64> pruneLog(const QString &officeId, qint64 through, qint64 committedBefore) override;

    Result<void> backupTo(const QString &path) override;

private:
    explicit SqliteHubStore(std::unique_ptr<storage::Database> db);
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<ArbitrationStore> m_arbitrations;
};

} // namespace shoulou::hub
