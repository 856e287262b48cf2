#include "sqlitehubstore.h"

#include "hub/hubschema.h"
#include "hub/sqlitearbitrationstore.h"
#include "storage/database.h"
#include "storage/readerror.h"

#include <QCoreApplication>
#include <QFile>

#include <sqlite3.h>

namespace shoulou::hub {

namespace {

Error sqlError(const storage::Statement &st)
{
    return makeError(QStringLiteral("hub.storage"), st.lastError());
}

// Runs a write statement that needs no result; the error names SQLite's reason.
Result<void> run(storage::Statement &st)
{
    if (!st.exec())
        return sqlError(st);
    return {};
}

std::optional<qint64> optionalInt(const storage::Statement &st, int column)
{
    if (st.isNull(column))
        return std::nullopt;
    return st.int64(column);
}

void bindOptionalInt(storage::Statement &st, int index, std::optional<qint64> v)
{
    if (v)
        st.bind(index, *v);
    else
        st.bindNull(index);
}

constexpr const char *kOfficeColumns =
    "id, code, name, next_hub_seq, office_key_sealed_for_hub, history_workstation_id, history_through, created_at";

OfficeRecord officeFrom(const storage::Statement &st)
{
    OfficeRecord o;
    o.id = st.text(0);
    o.code = st.text(1);
    o.name = st.text(2);
    o.nextHubSeq = st.int64(3);
    o.keySealedForHub = st.blob(4);
    o.historyWorkstationId = st.text(5);
    o.historyThrough = optionalInt(st, 6);
    o.createdAt = st.int64(7);
    return o;
}

UserRecord userFrom(const storage::Statement &st)
{
    UserRecord u;
    u.key = st.int64(0);
    u.officeId = st.text(1);
    u.id = st.text(2);
    u.login = st.text(3);
    u.displayName = st.text(4);
    u.role = st.text(5);
    u.verifier = st.text(6);
    u.active = st.int64(7) != 0;
    u.pendingOpId = st.text(8);
    u.createdAt = st.int64(9);
    return u;
}

WorkstationRecord workstationFrom(const storage::Statement &st)
{
    WorkstationRecord w;
    w.id = st.text(0);
    w.officeId = st.text(1);
    w.enrolledBy = st.int64(2);
    w.publicKey = st.blob(3);
    w.kind = st.text(4);
    w.scope = st.text(5);
    w.revoked = st.int64(6) != 0;
    w.lastAckedClientSeq = st.int64(7);
    w.lastPulledHubSeq = st.int64(8);
    w.history = st.int64(9) != 0;
    w.historyThrough = optionalInt(st, 10);
    w.protocolVersion = int(st.int64(11));
    w.enrolledAt = st.int64(12);
    w.lastSeenAt = st.int64(13);
    return w;
}

LogEntry logFrom(const storage::Statement &st)
{
    LogEntry e;
    e.officeId = st.text(0);
    e.hubSeq = st.isNull(1) ? 0 : st.int64(1);
    e.opId = st.text(2);
    e.workstationId = st.text(3);
    e.clientSeq = st.int64(4);
    e.userId = st.text(5);
    e.name = st.text(6);
    e.version = int(st.int64(7));
    e.args = st.blob(8);
    e.hlc = st.int64(9);
    e.createdAt = st.int64(10);
    e.result = st.blob(11);
    e.status = st.text(12);
    e.errorCode = st.text(13);
    e.errorMessage = st.text(14);
    e.committedAt = st.int64(15);
    return e;
}

// Reads at most one row through `make`; a failed step is an error, no row is nullopt.
template <class T, class Make>
Result<std::optional<T>> one(storage::Statement &st, const char *sql, Make make)
{
    std::optional<T> out;
    if (st.step())
        out = make(st);
    if (auto err = storage::readError(st, sql))
        return *err;
    st.reset();
    return out;
}

template <class T, class Make>
Result<QList<T>> all(storage::Statement &st, const char *sql, Make make)
{
    QList<T> out;
    while (st.step())
        out.append(make(st));
    if (auto err = storage::readError(st, sql))
        return *err;
    st.reset();
    return out;
}

} // namespace

Result<std::unique_ptr<SqliteHubStore>> SqliteHubStore::open(const QString &path, const Clock *clock)
{
    storage::Database::Options options;
    options.clock = clock;
    options.schema = &hubSchemaMigrations();
    options.applicationId = kHubApplicationId;
    auto db = storage::Database::open(path, options);
    if (!db)
        return db.error();
    return std::unique_ptr<SqliteHubStore>(new SqliteHubStore(std::move(db).value()));
}

SqliteHubStore::SqliteHubStore(std::unique_ptr<storage::Database> db)
    : m_db(std::move(db))
    , m_arbitrations(std::make_unique<SqliteArbitrationStore>(*m_db))
{}

ArbitrationStore &SqliteHubStore::arbitrations()
{
    return *m_arbitrations;
}

SqliteHubStore::~SqliteHubStore() = default;

Result<void> SqliteHubStore::beginWrite()
{
    return m_db->begin();
}

Result<void> SqliteHubStore::beginRead()
{
    return m_db->execute("BEGIN DEFERRED");
}

Result<void> SqliteHubStore::commit()
{
    return m_db->commit();
}

void SqliteHubStore::rollback()
{
    m_db->rollback();
}

// Prepared once, not parsed per op: a push runs two of these for each of its ops.
Result<void> SqliteHubStore::savepoint()
{
    return run(m_db->prepare("SAVEPOINT op"));
}

Result<void> SqliteHubStore::releaseSavepoint()
{
    return run(m_db->prepare("RELEASE op"));
}

Result<void> SqliteHubStore::rollbackToSavepoint()
{
    // ROLLBACK TO keeps the savepoint open; release it so the next op starts its own.
    if (auto r = run(m_db->prepare("ROLLBACK TO op")); !r)
        return r;
    return run(m_db->prepare("RELEASE op"));
}

Result<HubMeta> SqliteHubStore::meta()
{
    HubMeta m;
    m.hubId = m_db->meta(QStringLiteral("hub_id"));
    m.epoch = m_db->meta(QStringLiteral("hub_epoch"));
    m.publicKey = QByteArray::fromBase64(m_db->meta(QStringLiteral("hub_public_key")).toLatin1());
    return m;
}

Result<void> SqliteHubStore::initialize(const HubMeta &meta)
{
    if (auto r = m_db->setMeta(QStringLiteral("hub_id"), meta.hubId); !r)
        return r;
    if (auto r = m_db->setMeta(QStringLiteral("hub_epoch"), meta.epoch); !r)
        return r;
    if (auto r = m_db->setMeta(QStringLiteral("hub_client_seq"), QStringLiteral("0")); !r)
        return r;
    return m_db->setMeta(QStringLiteral("hub_public_key"), QString::fromLatin1(meta.publicKey.toBase64()));
}

Result<void> SqliteHubStore::setEpoch(const QString &epoch)
{
    return m_db->setMeta(QStringLiteral("hub_epoch"), epoch);
}

Result<qint64> SqliteHubStore::takeHubClientSeq()
{
    const qint64 next = m_db->meta(QStringLiteral("hub_client_seq")).toLongLong() + 1;
    if (auto r = m_db->setMeta(QStringLiteral("hub_client_seq"), QString::number(next)); !r)
        return r.error();
    return next;
}

Result<void> SqliteHubStore::insertOffice(const OfficeRecord &o)
{
    auto &st = m_db->prepare("INSERT INTO office(id, code, name, next_hub_seq, office_key_sealed_for_hub, created_at) "
                             "VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
    st.bind(1, o.id).bind(2, o.code).bind(3, o.name).bind(4, o.nextHubSeq).bind(6, o.createdAt);
    if (o.keySealedForHub.isEmpty())
        st.bindNull(5);
    else
        st.bindBlob(5, o.keySealedForHub);
    return run(st);
}

Result<std::optional<OfficeRecord>> SqliteHubStore::office(const QString &id)
{
    static const QByteArray sql = QByteArray("SELECT ") + kOfficeColumns + " FROM office WHERE id = ?1";
    auto &st = m_db->prepare(sql.constData());
    st.bind(1, id);
    return one<OfficeRecord>(st, sql.constData(), officeFrom);
}

Result<std::optional<OfficeRecord>> SqliteHubStore::officeByCode(const QString &code)
{
    static const QByteArray sql = QByteArray("SELECT ") + kOfficeColumns + " FROM office WHERE code = ?1";
    auto &st = m_db->prepare(sql.constData());
    st.bind(1, code);
    return one<OfficeRecord>(st, sql.constData(), officeFrom);
}

Result<QList<OfficeRecord>> SqliteHubStore::offices()
{
    static const QByteArray sql = QByteArray("SELECT ") + kOfficeColumns + " FROM office ORDER BY created_at, code";
    auto &st = m_db->prepare(sql.constData());
    return all<OfficeRecord>(st, sql.constData(), officeFrom);
}

Result<qint64> SqliteHubStore::lockOffice(const QString &id)
{
    // BEGIN IMMEDIATE already holds the one write lock; read the counter.
    static const char *sql = "SELECT next_hub_seq FROM office WHERE id = ?1";
    auto &st = m_db->prepare(sql);
    st.bind(1, id);
    auto r = one<qint64>(st, sql, [](const storage::Statement &s) { return s.int64(0); });
    if (!r)
        return r.error();
    if (!r->has_value())
        return makeError(QStringLiteral("office_not_found"), QCoreApplication::translate("HubStore", "The office does not exist."));
    return **r;
}

Result<void> SqliteHubStore::setNextHubSeq(const QString &id, qint64 next)
{
    auto &st = m_db->prepare("UPDATE office SET next_hub_seq = ?2 WHERE id = ?1");
    st.bind(1, id).bind(2, next);
    return run(st);
}

Result<void> SqliteHubStore::setOfficeKey(const QString &id, const QByteArray &sealedForHub)
{
    auto &st = m_db->prepare("UPDATE office SET office_key_sealed_for_hub = ?2 WHERE id = ?1");
    st.bind(1, id).bindBlob(2, sealedForHub);
    return run(st);
}

Result<void> SqliteHubStore::setOfficeHistory(const QString &id, const QString &workstationId, std::optional<qint64> through)
{
    auto &st = m_db->prepare("UPDATE office SET history_workstation_id = ?2, history_through = ?3 WHERE id = ?1");
    st.bind(1, id).bindOptional(2, workstationId);
    bindOptionalInt(st, 3, through);
    return run(st);
}

Result<qint64> SqliteHubStore::insertUser(const UserRecord &u)
{
    auto &st = m_db->prepare("INSERT INTO hub_user(office_id, id, login, display_name, role, verifier, active, pending_op_id, created_at) "
                             "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    st.bind(1, u.officeId)
        .bind(2, u.id)
        .bind(3, u.login)
        .bind(4, u.displayName)
        .bind(5, u.role)
        .bindOptional(6, u.verifier)
        .bind(7, u.active ? 1 : 0)
        .bindOptional(8, u.pendingOpId)
        .bind(9, u.createdAt);
    if (!st.exec())
        return sqlError(st);
    return m_db->queryInt("SELECT last_insert_rowid()");
}

Result<void> SqliteHubStore::updateUser(const UserRecord &u)
{
    auto &st = m_db->prepare("UPDATE hub_user SET id = ?2, login = ?3, display_name = ?4, role = ?5, verifier = ?6, active = ?7, "
                             "pending_op_id = ?8 WHERE key = ?1");
    st.bind(1, u.key)
        .bind(2, u.id)
        .bind(3, u.login)
        .bind(4, u.displayName)
        .bind(5, u.role)
        .bindOptional(6, u.verifier)
        .bind(7, u.active ? 1 : 0)
        .bindOptional(8, u.pendingOpId);
    return run(st);
}

Result<std::optional<UserRecord>> SqliteHubStore::userByKey(qint64 key)
{
    static const char *sql =
        "SELECT key, office_id, id, login, display_name, role, verifier, active, pending_op_id, created_at FROM hub_user WHERE key = ?1";
    auto &st = m_db->prepare(sql);
    st.bind(1, key);
    return one<UserRecord>(st, sql, userFrom);
}

Result<std::optional<UserRecord>> SqliteHubStore::userByLogin(const QString &officeId, const QString &login)
{
    static const char *sql = "SELECT key, office_id, id, login, display_name, role, verifier, active, pending_op_id, created_at "
                             "FROM hub_user WHERE office_id = ?1 AND login = ?2";
    auto &st = m_db->prepare(sql);
    st.bind(1, officeId).bind(2, login);
    return one<UserRecord>(st, sql, userFrom);
}

Result<std::optional<UserRecord>> SqliteHubStore::userById(const QString &officeId, const QString &id)
{
    static const char *sql = "SELECT key, office_id, id, login, display_name, role, verifier, active, pending_op_id, created_at "
                             "FROM hub_user WHERE office_id = ?1 AND id = ?2";
    auto &st = m_db->prepare(sql);
    st.bind(1, officeId).bind(2, id);
    return one<UserRecord>(st, sql, userFrom);
}

Result<QList<UserRecord>> SqliteHubStore::users(const QString &officeId)
{
    static const char *sql = "SELECT key, office_id, id, login, display_name, role, verifier, active, pending_op_id, created_at "
                             "FROM hub_user WHERE office_id = ?1 ORDER BY login";
    auto &st = m_db->prepare(sql);
    st.bind(1, officeId);
    return all<UserRecord>(st, sql, userFrom);
}

Result<void> SqliteHubStore::upsertWorkstation(const WorkstationRecord &w)
{
    auto &st = m_db->prepare(
        "INSERT INTO workstation(id, office_id, enrolled_by, public_key, kind, scope, revoked, last_acked_client_seq, last_pulled_hub_seq, "
        "history, history_through, protocol_version, enrolled_at, last_seen_at) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14) "
        "ON CONFLICT(id) DO UPDATE SET office_id = excluded.office_id, enrolled_by = excluded.enrolled_by, "
        "public_key = excluded.public_key, kind = excluded.kind, scope = excluded.scope, revoked = excluded.revoked, "
        "last_acked_client_seq = excluded.last_acked_client_seq, last_pulled_hub_seq = excluded.last_pulled_hub_seq, "
        "history = excluded.history, history_through = excluded.history_through, protocol_version = excluded.protocol_version, "
        "enrolled_at = excluded.enrolled_at, last_seen_at = excluded.last_seen_at");
    st.bind(1, w.id)
        .bind(2, w.officeId)
        .bind(3, w.enrolledBy)
        .bindBlob(4, w.publicKey)
        .bind(5, w.kind)
        .bind(6, w.scope)
        .bind(7, w.revoked ? 1 : 0)
        .bind(8, w.lastAckedClientSeq)
        .bind(9, w.lastPulledHubSeq)
        .bind(10, w.history ? 1 : 0);
    bindOptionalInt(st, 11, w.historyThrough);
    st.bind(12, w.protocolVersion).bind(13, w.enrolledAt).bind(14, w.lastSeenAt);
    return run(st);
}

Result<std::optional<WorkstationRecord>> SqliteHubStore::workstation(const QString &id)
{
    static const char *sql = "SELECT id, office_id, enrolled_by, public_key, kind, scope, revoked, last_acked_client_seq, "
                             "last_pulled_hub_seq, history, history_through, protocol_version, enrolled_at, last_seen_at "
                             "FROM workstation WHERE id = ?1";
    auto &st = m_db->prepare(sql);
    st.bind(1, id);
    return one<WorkstationRecord>(st, sql, workstationFrom);
}

Result<QList<WorkstationRecord>> SqliteHubStore::workstations(const QString &officeId)
{
    static const char *sql = "SELECT id, office_id, enrolled_by, public_key, kind, scope, revoked, last_acked_client_seq, "
                             "last_pulled_hub_seq, history, history_through, protocol_version, enrolled_at, last_seen_at "
                             "FROM workstation WHERE office_id = ?1 ORDER BY enrolled_at, id";
    auto &st = m_db->prepare(sql);
    st.bind(1, officeId);
    return all<WorkstationRecord>(st, sql, workstationFrom);
}

Result<void> SqliteHubStore::setWorkstationAcked(const QString &id, qint64 lastAckedClientSeq)
{
    auto &st = m_db->prepare("UPDATE workstation SET last_acked_client_seq = ?2 WHERE id = ?1");
    st.bind(1, id).bind(2, lastAckedClientSeq);
    return run(st);
}

Result<void> SqliteHubStore::setWorkstationPulled(const QString &id, qint64 lastPulledHubSeq)
{
    auto &st = m_db->prepare("UPDATE workstation SET last_pulled_hub_seq = max(last_pulled_hub_seq, ?2) WHERE id = ?1");
    st.bind(1, id).bind(2, lastPulledHubSeq);
    return run(st);
}

Result<void> SqliteHubStore::touchWorkstation(const QString &id, qint64 seenAt, int protocolVersion)
{
    auto &st = m_db->prepare("UPDATE workstation SET last_seen_at = ?2, protocol_version = ?3 WHERE id = ?1");
    st.bind(1, id).bind(2, seenAt).bind(3, protocolVersion);
    return run(st);
}

Result<void> SqliteHubStore::setWorkstationRevoked(const QString &id, bool revoked)
{
    auto &st = m_db->prepare("UPDATE workstation SET revoked = ?2 WHERE id = ?1");
    st.bind(1, id).bind(2, revoked ? 1 : 0);
    return run(st);
}

Result<void> SqliteHubStore::insertSession(const SessionRecord &s)
{
    auto &st = m_db->prepare(
        "INSERT INTO session(token_hash, workstation_id, user_key, created_at, expires_at) VALUES(?1, ?2, ?3, ?4, ?5)");
    st.bindBlob(1, s.tokenHash).bind(2, s.workstationId).bind(3, s.userKey).bind(4, s.createdAt).bind(5, s.expiresAt);
    return run(st);
}

Result<std::optional<SessionRecord>> SqliteHubStore::session(const QByteArray &tokenHash)
{
    static const char *sql = "SELECT token_hash, workstation_id, user_key, created_at, expires_at FROM session WHERE token_hash = ?1";
    auto &st = m_db->prepare(sql);
    st.bindBlob(1, tokenHash);
    return one<SessionRecord>(st, sql, [](const storage::Statement &s) {
        return SessionRecord{s.blob(0), s.text(1), s.int64(2), s.int64(3), s.int64(4)};
    });
}

Result<void> SqliteHubStore::renewSession(const QByteArray &tokenHash, qint64 expiresAt)
{
    auto &st = m_db->prepare("UPDATE session SET expires_at = ?2 WHERE token_hash = ?1");
    st.bindBlob(1, tokenHash).bind(2, expiresAt);
    return run(st);
}

Result<void> SqliteHubStore::deleteSessionsOf(const QString &workstationId)
{
    auto &st = m_db->prepare("DELETE FROM session WHERE workstation_id = ?1");
    st.bind(1, workstationId);
    return run(st);
}

Result<void> SqliteHubStore::deleteExpiredSessions(qint64 nowMs)
{
    auto &st = m_db->prepare("DELETE FROM session WHERE expires_at <= ?1");
    st.bind(1, nowMs);
    return run(st);
}

Result<void> SqliteHubStore::appendLog(const LogEntry &e)
{
    auto &st = m_db->prepare(
        "INSERT INTO hub_log(office_id, hub_seq, op_id, workstation_id, client_seq, user_id, name, version, args, hlc, "
        "created_at, result, status, error_code, error_message, committed_at) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)");
    st.bind(1, e.officeId);
    if (e.hubSeq > 0)
        st.bind(2, e.hubSeq);
    else
        st.bindNull(2);
    st.bind(3, e.opId)
        .bind(4, e.workstationId)
        .bind(5, e.clientSeq)
        .bindOptional(6, e.userId)
        .bind(7, e.name)
        .bind(8, e.version)
        .bindText(9, e.args)
        .bind(10, e.hlc)
        .bind(11, e.createdAt);
    if (e.result.isEmpty())
        st.bindNull(12);
    else
        st.bindText(12, e.result);
    st.bind(13, e.status).bindOptional(14, e.errorCode).bindOptional(15, e.errorMessage).bind(16, e.committedAt);
    if (!st.exec()) {
        // The caller checked (workstation, client_seq) and hub_seq is its own to give: a
        // uniqueness failure here is the op_id, stored already under another client_seq.
        if (st.lastCode() == SQLITE_CONSTRAINT_UNIQUE)
            return makeError(QStringLiteral("hub.op_id_taken"), st.lastError());
        return sqlError(st);
    }
    return {};
}

Result<std::optional<LogEntry>> SqliteHubStore::logEntry(const QString &workstationId, qint64 clientSeq)
{
    static const char *sql = "SELECT office_id, hub_seq, op_id, workstation_id, client_seq, user_id, name, version, args, hlc, created_at, "
                             "result, status, error_code, error_message, committed_at FROM hub_log "
                             "WHERE workstation_id = ?1 AND client_seq = ?2";
    auto &st = m_db->prepare(sql);
    st.bind(1, workstationId).bind(2, clientSeq);
    return one<LogEntry>(st, sql, logFrom);
}

Result<std::optional<LogEntry>> SqliteHubStore::logEntryByOpId(const QString &opId)
{
    static const char *sql = "SELECT office_id, hub_seq, op_id, workstation_id, client_seq, user_id, name, version, args, hlc, created_at, "
                             "result, status, error_code, error_message, committed_at FROM hub_log WHERE op_id = ?1";
    auto &st = m_db->prepare(sql);
    st.bind(1, opId);
    return one<LogEntry>(st, sql, logFrom);
}

Result<QList<LogEntry>> SqliteHubStore::pull(const QString &officeId, qint64 since, int limit, const PullScope &scope)
{
    // hub_seq > since also skips rejected ops (their hub_seq is NULL).
    static const char *everything = "SELECT office_id, hub_seq, op_id, workstation_id, client_seq, user_id, name, version, args, hlc, "
                                    "created_at, result, status, error_code, error_message, committed_at FROM hub_log "
                                    "WHERE office_id = ?1 AND hub_seq > ?2 ORDER BY hub_seq LIMIT ?3";
    static const char *kiosk = "SELECT office_id, hub_seq, op_id, workstation_id, client_seq, user_id, name, version, args, hlc, "
                               "created_at, result, status, error_code, error_message, committed_at FROM hub_log "
                               "WHERE office_id = ?1 AND hub_seq > ?2 AND (workstation_id = ?4 OR substr(name, 1, 5) = 'user.' "
                               "OR substr(name, 1, 7) = 'office.' OR substr(name, 1, 8) = 'channel.' OR substr(name, 1, 8) = 'project.') "
                               "ORDER BY hub_seq LIMIT ?3";
    const char *sql = scope.kiosk ? kiosk : everything;
    auto &st = m_db->prepare(sql);
    st.bind(1, officeId).bind(2, since).bind(3, limit);
    if (scope.kiosk)
        st.bind(4, scope.workstationId);
    return all<LogEntry>(st, sql, logFrom);
}

Result<qint64> SqliteHubStore::logCount(const QString &officeId)
{
    static const char *sql = "SELECT count(*) FROM hub_log WHERE office_id = ?1";
    auto &st = m_db->prepare(sql);
    st.bind(1, officeId);
    return storage::readInt64(st, sql);
}

Result<qint64> SqliteHubStore::prunedThrough(const QString &officeId)
{
    return m_db->meta(QStringLiteral("pruned_through.") + officeId).toLongLong();
}

Result<qint64> SqliteHubStore::pruneLog(const QString &officeId, qint64 through, qint64 committedBefore)
{
    auto before = prunedThrough(officeId);
    if (!before)
        return before.error();
    static const char *cutSql =
        "SELECT coalesce(max(hub_seq), 0) FROM hub_log WHERE office_id = ?1 AND hub_seq <= ?2 AND committed_at < ?3";
    auto &cut = m_db->prepare(cutSql);
    cut.bind(1, officeId).bind(2, through).bind(3, committedBefore);
    auto last = storage::readInt64(cut, cutSql);
    if (!last)
        return last.error();
    if (*last <= *before)
        return *before;
    // What a kiosk pulls stays whole: its replica is the log in its scope (SqliteHubStore::pull).
    static const char *slimSql =
        "UPDATE hub_log SET args = '{}', result = NULL WHERE office_id = ?1 AND hub_seq > ?2 AND hub_seq <= ?3 "
        "AND NOT (substr(name, 1, 5) = 'user.' OR substr(name, 1, 7) = 'office.' OR substr(name, 1, 8) = 'channel.' "
        "OR substr(name, 1, 8) = 'project.') AND workstation_id NOT IN (SELECT id FROM workstation WHERE scope = 'kiosk')";
    if (auto r = beginWrite(); !r)
        return r.error();
    auto &slim = m_db->prepare(slimSql);
    slim.bind(1, officeId).bind(2, *before).bind(3, *last);
    if (!slim.exec()) {
        rollback();
        return makeError(QStringLiteral("hub.storage"), slim.lastError());
    }
    if (auto r = m_db->setMeta(QStringLiteral("pruned_through.") + officeId, QString::number(*last)); !r) {
        rollback();
        return r.error();
    }
    if (auto r = commit(); !r) {
        rollback();
        return r.error();
    }
    return *last;
}

Result<void> SqliteHubStore::backupTo(const QString &path)
{
    // VACUUM INTO reads one snapshot (the hub keeps serving meanwhile) and writes a compact
    // file without a WAL; into a temporary name first, so a failed copy leaves no half file.
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    const QByteArray sql = "VACUUM INTO '" + partial.toUtf8().replace('\'', "''") + "'";
    if (auto r = m_db->execute(sql.constData()); !r) {
        QFile::remove(partial);
        return makeError(QStringLiteral("hub.backup"), r.error().message);
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return makeError(QStringLiteral("hub.backup"),
                         QCoreApplication::translate("HubStore", "The copy could not be moved to %1.").arg(path));
    }
    return {};
}

} // namespace shoulou::hub
