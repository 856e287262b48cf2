#pragma once

#include "hub/hubstore.h"

#include <memory>

namespace shoulou::hub {

class PgConnection;

// The hub in PostgreSQL 15 (`--database postgresql://…`), for a developer group's many offices:
// any number of stateless hub processes share one database. Per-office total order comes from
// the office row lock (lockOffice = SELECT … FOR UPDATE, held to COMMIT): commit order equals
// hub_seq order within an office, offices proceed in parallel. Every commit that appends is
// announced with pg_notify (delivered at commit), which every hub process LISTENs to
// (PgListener) and turns into pokes for its own sockets.
class PgHubStore final : public HubStore {
public:
    static constexpr const char *kChannel = "shoulou_hub"; // NOTIFY payload: "<office id>:<hub_seq>"

    // Connects and brings the schema up to date (serialised by an advisory lock, so several
    // processes may start at once).
    static Result<std::unique_ptr<PgHubStore>> open(const QString &url);
    ~PgHubStore() override;

    PgConnection &connection() { return *m_pg; }

    Result<void> beginWrite() override;
    Result<void> beginRead() override;
    Result<void> commit() override;
    void rollback() override;
    Result<void> savepoint() override;
    Result<void> releaseSavepoint() override;
    Result<void> rollbackToSavepoint() override;
    bool announcesCommits() const override { return true; }
    ArbitrationStore &arbitrations() override;
    Result<void> announce(const QString &officeId, qint64 hubSeq) override;

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

    Result<void> backupTo(const QString &path) override;

private:
    explicit PgHubStore(std::unique_ptr<PgConnection> pg);
    Result<void> migrate();
    std::unique_ptr<PgConnection> m_pg;
    std::unique_ptr<ArbitrationStore> m_arbitrations;
};

} // namespace shoulou::hub
