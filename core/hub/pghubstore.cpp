#include "pghubstore.h"

#include "hub/hublogging.h"
#include "hub/pgarbitrationstore.h"
#include "hub/pgconnection.h"

#include <QCoreApplication>

namespace shoulou::hub {

namespace {

using P = PgConnection;

// The same tables as hub.db (hubschema.cpp), in PostgreSQL's types. Steps are appended, never
// edited; hub_schema.version says how far a database is.
const char *const kPgV1 = R"SQL(
CREATE TABLE meta (
  key   text PRIMARY KEY,
  value text NOT NULL
);
CREATE TABLE office (
  id                        text PRIMARY KEY,
  code                      text NOT NULL UNIQUE,
  name                      text NOT NULL,
  next_hub_seq              bigint NOT NULL DEFAULT 1 CHECK (next_hub_seq >= 1),
  office_key_sealed_for_hub bytea,
  history_workstation_id    text,
  history_through           bigint,
  created_at                bigint NOT NULL
);
CREATE TABLE hub_user (
  key           bigserial PRIMARY KEY,
  office_id     text NOT NULL REFERENCES office(id),
  id            text NOT NULL,
  login         text NOT NULL,
  display_name  text NOT NULL,
  role          text NOT NULL CHECK (role IN ('kiosk', 'consultant', 'manager', 'channel', 'admin')),
  verifier      text,
  active        integer NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  pending_op_id text,
  created_at    bigint NOT NULL,
  UNIQUE (office_id, login),
  UNIQUE (office_id, id)
);
CREATE TABLE workstation (
  id                    text PRIMARY KEY,
  office_id             text NOT NULL REFERENCES office(id),
  enrolled_by           bigint NOT NULL REFERENCES hub_user(key),
  public_key            bytea NOT NULL,
  kind                  text NOT NULL CHECK (kind IN ('kiosk', 'desk')),
  scope                 text NOT NULL CHECK (scope IN ('kiosk', 'office')),
  revoked               integer NOT NULL DEFAULT 0 CHECK (revoked IN (0, 1)),
  last_acked_client_seq bigint NOT NULL DEFAULT 0,
  last_pulled_hub_seq   bigint NOT NULL DEFAULT 0,
  history               integer NOT NULL DEFAULT 0 CHECK (history IN (0, 1)),
  history_through       bigint,
  protocol_version      integer,
  enrolled_at           bigint NOT NULL,
  last_seen_at          bigint
);
CREATE INDEX workstation_office ON workstation(office_id);
CREATE TABLE session (
  token_hash     bytea PRIMARY KEY,
  workstation_id text NOT NULL REFERENCES workstation(id),
  user_key       bigint NOT NULL REFERENCES hub_user(key),
  created_at     bigint NOT NULL,
  expires_at     bigint NOT NULL
);
CREATE INDEX session_expiry ON session(expires_at);
CREATE INDEX session_workstation ON session(workstation_id);
CREATE TABLE hub_log (
  row_id         bigserial PRIMARY KEY,
  office_id      text NOT NULL,
  hub_seq        bigint,
  op_id          text NOT NULL UNIQUE,
  workstation_id text NOT NULL,
  client_seq     bigint NOT NULL,
  user_id        text,
  name           text NOT NULL,
  version        integer NOT NULL,
  args           text NOT NULL,
  hlc            bigint NOT NULL,
  created_at     bigint NOT NULL,
  result         text,
  status         text NOT NULL CHECK (status IN ('applied', 'rejected')),
  error_code     text,
  error_message  text,
  committed_at   bigint NOT NULL,
  UNIQUE (workstation_id, client_seq),
  CHECK ((status = 'applied') = (hub_seq IS NOT NULL))
);
CREATE UNIQUE INDEX hub_log_order ON hub_log(office_id, hub_seq);
)SQL";

// Class-A arbitration (hubschema.cpp v2).
const char *const kPgV2 = R"SQL(
CREATE TABLE hub_arbitration (
  office_id             text NOT NULL REFERENCES office(id),
  key                   text NOT NULL,
  state                 text NOT NULL CHECK (state IN ('open', 'taken', 'expired', 'released')),
  expires_at            bigint NOT NULL DEFAULT 0,
  round                 integer NOT NULL DEFAULT 0,
  holder_op_id          text,
  holder_user_id        text,
  holder_workstation_id text,
  holder_hub_seq        bigint NOT NULL DEFAULT 0,
  changed_at            bigint NOT NULL,
  PRIMARY KEY (office_id, key)
);
CREATE INDEX hub_arbitration_open ON hub_arbitration(office_id, expires_at) WHERE state = 'open';
)SQL";

const char *const kSteps[] = {kPgV1, kPgV2};

Error noOffice()
{
    return makeError(QStringLiteral("office_not_found"), QCoreApplication::translate("HubStore", "The office does not exist."));
}

std::optional<qint64> optionalInt(const P::Rows &r, int row, int column)
{
    if (r.isNull(row, column))
        return std::nullopt;
    return r.int64(row, column);
}

#define OFFICE_COLUMNS "id, code, name, next_hub_seq, office_key_sealed_for_hub, history_workstation_id, history_through, created_at"
#define USER_COLUMNS "key, office_id, id, login, display_name, role, verifier, active, pending_op_id, created_at"
#define WORKSTATION_COLUMNS                                                                                                                \
    "id, office_id, enrolled_by, public_key, kind, scope, revoked, last_acked_client_seq, last_pulled_hub_seq, history, history_through, " \
    "protocol_version, enrolled_at, last_seen_at"
#define LOG_COLUMNS                                                                                                                        \
    "office_id, hub_seq, op_id, workstation_id, client_seq, user_id, name, version, args, hlc, created_at, result, status, error_code, "   \
    "error_message, committed_at"

OfficeRecord officeFrom(const P::Rows &r, int i)
{
    OfficeRecord o;
    o.id = r.text(i, 0);
    o.code = r.text(i, 1);
    o.name = r.text(i, 2);
    o.nextHubSeq = r.int64(i, 3);
    o.keySealedForHub = r.blob(i, 4);
    o.historyWorkstationId = r.text(i, 5);
    o.historyThrough = optionalInt(r, i, 6);
    o.createdAt = r.int64(i, 7);
    return o;
}

UserRecord userFrom(const P::Rows &r, int i)
{
    UserRecord u;
    u.key = r.int64(i, 0);
    u.officeId = r.text(i, 1);
    u.id = r.text(i, 2);
    u.login = r.text(i, 3);
    u.displayName = r.text(i, 4);
    u.role = r.text(i, 5);
    u.verifier = r.text(i, 6);
    u.active = r.int64(i, 7) != 0;
    u.pendingOpId = r.text(i, 8);
    u.createdAt = r.int64(i, 9);
    return u;
}

WorkstationRecord workstationFrom(const P::Rows &r, int i)
{
    WorkstationRecord w;
    w.id = r.text(i, 0);
    w.officeId = r.text(i, 1);
    w.enrolledBy = r.int64(i, 2);
    w.publicKey = r.blob(i, 3);
    w.kind = r.text(i, 4);
    w.scope = r.text(i, 5);
    w.revoked = r.int64(i, 6) != 0;
    w.lastAckedClientSeq = r.int64(i, 7);
    w.lastPulledHubSeq = r.int64(i, 8);
    w.history = r.int64(i, 9) != 0;
    w.historyThrough = optionalInt(r, i, 10);
    w.protocolVersion = int(r.int64(i, 11));
    w.enrolledAt = r.int64(i, 12);
    w.lastSeenAt = r.int64(i, 13);
    return w;
}

LogEntry logFrom(const P::Rows &r, int i)
{
    LogEntry e;
    e.officeId = r.text(i, 0);
    e.hubSeq = r.int64(i, 1);
    e.opId = r.text(i, 2);
    e.workstationId = r.text(i, 3);
    e.clientSeq = r.int64(i, 4);
    e.userId = r.text(i, 5);
    e.name = r.text(i, 6);
    e.version = int(r.int64(i, 7));
    e.args = r.text(i, 8).toUtf8();
    e.hlc = r.int64(i, 9);
    e.createdAt = r.int64(i, 10);
    e.result = r.text(i, 11).toUtf8();
    e.status = r.text(i, 12);
    e.errorCode = r.text(i, 13);
    e.errorMessage = r.text(i, 14);
    e.committedAt = r.int64(i, 15);
    return e;
}

template <class T, class Make>
Result<std::optional<T>> one(Result<P::Rows> rows, Make make)
{
    if (!rows)
        return rows.error();
    if (rows->size() == 0)
        return std::optional<T>();
    return std::optional<T>(make(*rows, 0));
}

template <class T, class Make>
Result<QList<T>> all(Result<P::Rows> rows, Make make)
{
    if (!rows)
        return rows.error();
    QList<T> out;
    out.reserve(rows->size());
    for (int i = 0; i < rows->size(); ++i)
        out.append(make(*rows, i));
    return out;
}

} // namespace

Result<std::unique_ptr<PgHubStore>> PgHubStore::open(const QString &url)
{
    auto pg = PgConnection::open(url);
    if (!pg)
        return pg.error();
    std::unique_ptr<PgHubStore> store(new PgHubStore(std::move(pg).value()));
    if (auto m = store->migrate(); !m)
        return m.error();
    return store;
}

PgHubStore::PgHubStore(std::unique_ptr<PgConnection> pg)
    : m_pg(std::move(pg))
    , m_arbitrations(std::make_unique<PgArbitrationStore>(*m_pg))
{}

PgHubStore::~PgHubStore() = default;

Result<void> PgHubStore::migrate()
{
    // One process at a time: 'SHLH' as the advisory lock's key.
    if (auto r = m_pg->run("BEGIN"); !r)
        return r;
    auto fail = [&](const Error &e) -> Result<void> {
        (void)m_pg->run("ROLLBACK");
        return makeError(QStringLiteral("hub.pg_schema"),
                         QCoreApplication::translate("PgHubStore", "The hub's tables could not be created or upgraded in PostgreSQL: %1")
                             .arg(e.message));
    };
    for (const char *sql :
         {"SELECT pg_advisory_xact_lock(1397246024)", "CREATE TABLE IF NOT EXISTS hub_schema (version integer NOT NULL)"}) {
        if (auto r = m_pg->run(sql); !r)
            return fail(r.error());
    }
    auto v = m_pg->exec("SELECT version FROM hub_schema");
    if (!v)
        return fail(v.error());
    const int current = v->size() > 0 ? int(v->int64(0, 0)) : 0;
    const int latest = int(sizeof kSteps / sizeof kSteps[0]);
    if (current > latest) {
        (void)m_pg->run("ROLLBACK");
        return makeError(QStringLiteral("storage.too_new"),
                         QCoreApplication::translate("PgHubStore", "The PostgreSQL database holds a newer hub (schema %1); install a newer "
                                                                   "shoulou-hub. Nothing was changed.")
                             .arg(current));
    }
    for (int step = current; step < latest; ++step) {
        if (auto r = m_pg->runScript(kSteps[step]); !r)
            return fail(r.error());
    }
    if (current < latest) {
        auto r = current == 0 ? m_pg->run("INSERT INTO hub_schema(version) VALUES($1)", {P::number(latest)})
                              : m_pg->run("UPDATE hub_schema SET version = $1", {P::number(latest)});
        if (!r)
            return fail(r.error());
        qCInfo(lcHub) << "PostgreSQL schema brought from" << current << "to" << latest;
    }
    return m_pg->run("COMMIT");
}

Result<void> PgHubStore::beginWrite()
{
    return m_pg->run("BEGIN");
}

Result<void> PgHubStore::beginRead()
{
    // One snapshot for the page and the head it is measured against.
    return m_pg->run("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
}

ArbitrationStore &PgHubStore::arbitrations()
{
    return *m_arbitrations;
}

Result<void> PgHubStore::commit()
{
    return m_pg->run("COMMIT");
}

void PgHubStore::rollback()
{
    if (m_pg->inTransaction())
        (void)m_pg->run("ROLLBACK");
}

Result<void> PgHubStore::savepoint()
{
    return m_pg->run("SAVEPOINT op");
}

Result<void> PgHubStore::releaseSavepoint()
{
    return m_pg->run("RELEASE SAVEPOINT op");
}

Result<void> PgHubStore::rollbackToSavepoint()
{
    if (auto r = m_pg->run("ROLLBACK TO SAVEPOINT op"); !r)
        return r;
    return m_pg->run("RELEASE SAVEPOINT op");
}

Result<void> PgHubStore::announce(const QString &officeId, qint64 hubSeq)
{
    // Delivered at COMMIT, to every listening hub process: pokes never run ahead of the data.
    return m_pg->run("SELECT pg_notify($1, $2)",
                     {P::text(QLatin1String(kChannel)), P::text(officeId + QLatin1Char(':') + QString::number(hubSeq))});
}

Result<HubMeta> PgHubStore::meta()
{
    auto r = m_pg->exec("SELECT key, value FROM meta");
    if (!r)
        return r.error();
    HubMeta m;
    for (int i = 0; i < r->size(); ++i) {
        const QString key = r->text(i, 0), value = r->text(i, 1);
        if (key == QLatin1String("hub_id"))
            m.hubId = value;
        else if (key == QLatin1String("hub_epoch"))
            m.epoch = value;
        else if (key == QLatin1String("hub_public_key"))
            m.publicKey = QByteArray::fromBase64(value.toLatin1());
    }
    return m;
}

Result<void> PgHubStore::initialize(const HubMeta &meta)
{
    static const char *sql = "INSERT INTO meta(key, value) VALUES($1, $2) ON CONFLICT(key) DO UPDATE SET value = excluded.value";
    for (const auto &kv :
         {std::pair{"hub_id", meta.hubId}, std::pair{"hub_epoch", meta.epoch}, std::pair{"hub_client_seq", QStringLiteral("0")},
          std::pair{"hub_public_key", QString::fromLatin1(meta.publicKey.toBase64())}}) {
        if (auto r = m_pg->run(sql, {P::text(QLatin1String(kv.first)), P::text(kv.second)}); !r)
            return r;
    }
    return {};
}

Result<void> PgHubStore::setEpoch(const QString &epoch)
{
    return m_pg->run("UPDATE meta SET value = $1 WHERE key = 'hub_epoch'", {P::text(epoch)});
}

Result<qint64> PgHubStore::takeHubClientSeq()
{
    // The row stays locked to COMMIT: two processes never hand out the same number.
    auto r = m_pg->exec("UPDATE meta SET value = (value::bigint + 1)::text WHERE key = 'hub_client_seq' RETURNING value");
    if (!r)
        return r.error();
    if (r->size() != 1)
        return makeError(QStringLiteral("hub.storage"), QStringLiteral("meta.hub_client_seq is missing"));
    return r->int64(0, 0);
}

Result<void> PgHubStore::insertOffice(const OfficeRecord &o)
{
    return m_pg->run(
        "INSERT INTO office(id, code, name, next_hub_seq, office_key_sealed_for_hub, created_at) VALUES($1, $2, $3, $4, $5, $6)",
        {P::text(o.id), P::text(o.code), P::text(o.name), P::number(o.nextHubSeq), P::bytes(o.keySealedForHub), P::number(o.createdAt)});
}

Result<std::optional<OfficeRecord>> PgHubStore::office(const QString &id)
{
    return one<OfficeRecord>(m_pg->exec("SELECT " OFFICE_COLUMNS " FROM office WHERE id = $1", {P::text(id)}), officeFrom);
}

Result<std::optional<OfficeRecord>> PgHubStore::officeByCode(const QString &code)
{
    return one<OfficeRecord>(m_pg->exec("SELECT " OFFICE_COLUMNS " FROM office WHERE code = $1", {P::text(code)}), officeFrom);
}

Result<QList<OfficeRecord>> PgHubStore::offices()
{
    return all<OfficeRecord>(m_pg->exec("SELECT " OFFICE_COLUMNS " FROM office ORDER BY created_at, code"), officeFrom);
}

Result<qint64> PgHubStore::lockOffice(const QString &id)
{
    // The row lock every push of the office queues on, held to COMMIT (SYNC.md §2.4).
    auto r = m_pg->exec("SELECT next_hub_seq FROM office WHERE id = $1 FOR UPDATE", {P::text(id)});
    if (!r)
        return r.error();
    if (r->size() == 0)
        return noOffice();
    return r->int64(0, 0);
}

Result<void> PgHubStore::setNextHubSeq(const QString &id, qint64 next)
{
    return m_pg->run("UPDATE office SET next_hub_seq = $2 WHERE id = $1", {P::text(id), P::number(next)});
}

Result<void> PgHubStore::setOfficeKey(const QString &id, const QByteArray &sealedForHub)
{
    return m_pg->run("UPDATE office SET office_key_sealed_for_hub = $2 WHERE id = $1", {P::text(id), P::bytes(sealedForHub)});
}

Result<void> PgHubStore::setOfficeHistory(const QString &id, const QString &workstationId, std::optional<qint64> through)
{
    return m_pg->run("UPDATE office SET history_workstation_id = $2, history_through = $3 WHERE id = $1",
                     {P::text(id), P::optionalText(workstationId), P::optionalNumber(through)});
}

Result<qint64> PgHubStore::insertUser(const UserRecord &u)
{
    auto r = m_pg->exec("INSERT INTO hub_user(office_id, id, login, display_name, role, verifier, active, pending_op_id, created_at) "
                        "VALUES($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING key",
                        {P::text(u.officeId), P::text(u.id), P::text(u.login), P::text(u.displayName), P::text(u.role),
                         P::optionalText(u.verifier), P::number(u.active ? 1 : 0), P::optionalText(u.pendingOpId), P::number(u.createdAt)});
    if (!r)
        return r.error();
    return r->int64(0, 0);
}

Result<void> PgHubStore::updateUser(const UserRecord &u)
{
    return m_pg->run(
        "UPDATE hub_user SET id = $2, login = $3, display_name = $4, role = $5, verifier = $6, active = $7, pending_op_id = $8 "
        "WHERE key = $1",
        {P::number(u.key), P::text(u.id), P::text(u.login), P::text(u.displayName), P::text(u.role), P::optionalText(u.verifier),
         P::number(u.active ? 1 : 0), P::optionalText(u.pendingOpId)});
}

Result<std::optional<UserRecord>> PgHubStore::userByKey(qint64 key)
{
    return one<UserRecord>(m_pg->exec("SELECT " USER_COLUMNS " FROM hub_user WHERE key = $1", {P::number(key)}), userFrom);
}

Result<std::optional<UserRecord>> PgHubStore::userByLogin(const QString &officeId, const QString &login)
{
    return one<UserRecord>(
        m_pg->exec("SELECT " USER_COLUMNS " FROM hub_user WHERE office_id = $1 AND login = $2", {P::text(officeId), P::text(login)}),
        userFrom);
}

Result<std::optional<UserRecord>> PgHubStore::userById(const QString &officeId, const QString &id)
{
    return one<UserRecord>(
        m_pg->exec("SELECT " USER_COLUMNS " FROM hub_user WHERE office_id = $1 AND id = $2", {P::text(officeId), P::text(id)}), userFrom);
}

Result<QList<UserRecord>> PgHubStore::users(const QString &officeId)
{
    return all<UserRecord>(
        m_pg->exec("SELECT " USER_COLUMNS " FROM hub_user WHERE office_id = $1 ORDER BY login COLLATE \"C\"", {P::text(officeId)}),
        userFrom);
}

Result<void> PgHubStore::upsertWorkstation(const WorkstationRecord &w)
{
    return m_pg->run(
        "INSERT INTO workstation(" WORKSTATION_COLUMNS ") VALUES($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) "
        "ON CONFLICT(id) DO UPDATE SET office_id = excluded.office_id, enrolled_by = excluded.enrolled_by, public_key = "
        "excluded.public_key, "
        "kind = excluded.kind, scope = excluded.scope, revoked = excluded.revoked, last_acked_client_seq = excluded.last_acked_client_seq, "
        "last_pulled_hub_seq = excluded.last_pulled_hub_seq, history = excluded.history, history_through = excluded.history_through, "
        "protocol_version = excluded.protocol_version, enrolled_at = excluded.enrolled_at, last_seen_at = excluded.last_seen_at",
        {P::text(w.id), P::text(w.officeId), P::number(w.enrolledBy), P::bytes(w.publicKey), P::text(w.kind), P::text(w.scope),
         P::number(w.revoked ? 1 : 0), P::number(w.lastAckedClientSeq), P::number(w.lastPulledHubSeq), P::number(w.history ? 1 : 0),
         P::optionalNumber(w.historyThrough), P::number(w.protocolVersion), P::number(w.enrolledAt), P::number(w.lastSeenAt)});
}

Result<std::optional<WorkstationRecord>> PgHubStore::workstation(const QString &id)
{
    return one<WorkstationRecord>(m_pg->exec("SELECT " WORKSTATION_COLUMNS " FROM workstation WHERE id = $1", {P::text(id)}),
                                  workstationFrom);
}

Result<QList<WorkstationRecord>> PgHubStore::workstations(const QString &officeId)
{
    return all<WorkstationRecord>(
        m_pg->exec("SELECT " WORKSTATION_COLUMNS " FROM workstation WHERE office_id = $1 ORDER BY enrolled_at, id", {P::text(officeId)}),
        workstationFrom);
}

Result<void> PgHubStore::setWorkstationAcked(const QString &id, qint64 lastAckedClientSeq)
{
    return m_pg->run("UPDATE workstation SET last_acked_client_seq = $2 WHERE id = $1", {P::text(id), P::number(lastAckedClientSeq)});
}

Result<void> PgHubStore::setWorkstationPulled(const QString &id, qint64 lastPulledHubSeq)
{
    return m_pg->run("UPDATE workstation SET last_pulled_hub_seq = greatest(last_pulled_hub_seq, $2) WHERE id = $1",
                     {P::text(id), P::number(lastPulledHubSeq)});
}

Result<void> PgHubStore::touchWorkstation(const QString &id, qint64 seenAt, int protocolVersion)
{
    return m_pg->run("UPDATE workstation SET last_seen_at = $2, protocol_version = $3 WHERE id = $1",
                     {P::text(id), P::number(seenAt), P::number(protocolVersion)});
}

Result<void> PgHubStore::setWorkstationRevoked(const QString &id, bool revoked)
{
    return m_pg->run("UPDATE workstation SET revoked = $2 WHERE id = $1", {P::text(id), P::number(revoked ? 1 : 0)});
}

Result<void> PgHubStore::insertSession(const SessionRecord &s)
{
    return m_pg->run(
        "INSERT INTO session(token_hash, workstation_id, user_key, created_at, expires_at) VALUES($1, $2, $3, $4, $5)",
        {P::bytes(s.tokenHash), P::text(s.workstationId), P::number(s.userKey), P::number(s.createdAt), P::number(s.expiresAt)});
}

Result<std::optional<SessionRecord>> PgHubStore::session(const QByteArray &tokenHash)
{
    return one<SessionRecord>(
        m_pg->exec("SELECT token_hash, workstation_id, user_key, created_at, expires_at FROM session WHERE token_hash = $1",
                   {P::bytes(tokenHash)}),
        [](const P::Rows &r, int i) {
            return SessionRecord{r.blob(i, 0), r.text(i, 1), r.int64(i, 2), r.int64(i, 3), r.int64(i, 4)};
        });
}

Result<void> PgHubStore::renewSession(const QByteArray &tokenHash, qint64 expiresAt)
{
    return m_pg->run("UPDATE session SET expires_at = $2 WHERE token_hash = $1", {P::bytes(tokenHash), P::number(expiresAt)});
}

Result<void> PgHubStore::deleteSessionsOf(const QString &workstationId)
{
    return m_pg->run("DELETE FROM session WHERE workstation_id = $1", {P::text(workstationId)});
}

Result<void> PgHubStore::deleteExpiredSessions(qint64 nowMs)
{
    return m_pg->run("DELETE FROM session WHERE expires_at <= $1", {P::number(nowMs)});
}

Result<void> PgHubStore::appendLog(const LogEntry &e)
{
    auto r = m_pg->run("INSERT INTO hub_log(" LOG_COLUMNS ") VALUES($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)",
                       {P::text(e.officeId), e.hubSeq > 0 ? P::number(e.hubSeq) : P::Param(), P::text(e.opId), P::text(e.workstationId),
                        P::number(e.clientSeq), P::optionalText(e.userId), P::text(e.name), P::number(e.version), P::Param(e.args),
                        P::number(e.hlc), P::number(e.createdAt), e.result.isEmpty() ? P::Param() : P::Param(e.result), P::text(e.status),
                        P::optionalText(e.errorCode), P::optionalText(e.errorMessage), P::number(e.committedAt)});
    if (!r && r.error().code == QLatin1String("pg.23505") && r.error().message.contains(QLatin1String("op_id")))
        return makeError(QStringLiteral("hub.op_id_taken"), r.error().message);
    return r;
}

Result<std::optional<LogEntry>> PgHubStore::logEntry(const QString &workstationId, qint64 clientSeq)
{
    return one<LogEntry>(m_pg->exec("SELECT " LOG_COLUMNS " FROM hub_log WHERE workstation_id = $1 AND client_seq = $2",
                                    {P::text(workstationId), P::number(clientSeq)}),
                         logFrom);
}

Result<std::optional<LogEntry>> PgHubStore::logEntryByOpId(const QString &opId)
{
    return one<LogEntry>(m_pg->exec("SELECT " LOG_COLUMNS " FROM hub_log WHERE op_id = $1", {P::text(opId)}), logFrom);
}

Result<QList<LogEntry>> PgHubStore::pull(const QString &officeId, qint64 since, int limit, const PullScope &scope)
{
    if (!scope.kiosk)
        return all<LogEntry>(m_pg->exec("SELECT " LOG_COLUMNS
                                        " FROM hub_log WHERE office_id = $1 AND hub_seq > $2 ORDER BY hub_seq LIMIT $3",
                                        {P::text(officeId), P::number(since), P::number(limit)}),
                             logFrom);
    return all<LogEntry>(m_pg->exec("SELECT " LOG_COLUMNS " FROM hub_log WHERE office_id = $1 AND hub_seq > $2 AND (workstation_id = $4 "
                                    "OR name LIKE 'user.%' OR name LIKE 'office.%' OR name LIKE 'channel.%' OR name LIKE 'project.%') "
                                    "ORDER BY hub_seq LIMIT $3",
                                    {P::text(officeId), P::number(since), P::number(limit), P::text(scope.workstationId)}),
                         logFrom);
}

Result<qint64> PgHubStore::logCount(const QString &officeId)
{
    auto r = m_pg->exec("SELECT count(*) FROM hub_log WHERE office_id = $1", {P::text(officeId)});
    if (!r)
        return r.error();
    return r->int64(0, 0);
}

Result<void> PgHubStore::backupTo(const QString &path)
{
    Q_UNUSED(path)
    return makeError(QStringLiteral("hub.pg_backup"),
                     QCoreApplication::translate("PgHubStore", "A hub on PostgreSQL is backed up with PostgreSQL's "
                                                               "own tools (pg_dump, or a base backup)."));
}

} // namespace shoulou::hub
