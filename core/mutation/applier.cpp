#include "applier.h"

#include "auth/permissions.h"
#include "mutation/changerecorder.h"
#include "mutation/context.h"
#include "mutation/registry.h"
#include "mutation/undocapture.h"
#include "storage/database.h"
#include "util/clock.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <optional>
#include <sqlite3.h>

namespace shoulou::mutation {

Applier::Applier(storage::Database &db, const Clock &clock, const security::OfficeKey *key, QString userId, const Registry *registry)
    : m_db(db)
    , m_clock(clock)
    , m_key(key)
    , m_userId(std::move(userId))
    , m_registry(registry ? *registry : Registry::standard())
    , m_uuid(clock)
    , m_hlc(clock)
{}

Applier::~Applier() = default;

Result<void> Applier::recordChanges()
{
    if (m_recorder)
        return {};
    auto recorder = std::make_unique<ChangeRecorder>(m_db);
    if (auto r = recorder->install(); !r)
        return r;
    m_recorder = std::move(recorder);
    return {};
}

void Applier::setUserId(QString userId)
{
    m_userId = std::move(userId);
    m_actor.reset();
}

Result<auth::Actor> Applier::actor()
{
    if (m_actor)
        return *m_actor;
    Result<auth::Actor> found = auth::Actor::localAdministrator();
    if (!m_userId.isEmpty()) {
        auto &st = m_db.prepare("SELECT role, active FROM app_user WHERE id = ?1");
        st.bind(1, m_userId);
        if (st.step()) {
            const auto role = fromCode<office::Role>(st.text(0));
            if (st.int64(1) == 0)
                found = makeError(QStringLiteral("auth.revoked"),
                                  QCoreApplication::translate("Applier", "Permission denied: this user has been revoked."));
            else
                found = auth::Actor::user(m_userId, role.value_or(office::Role::Kiosk)); // an unknown role: the least
        } else if (st.lastCode() != SQLITE_DONE) {
            found = makeError(QStringLiteral("storage.sql"), st.lastError());
        }
        st.reset();
    }
    // Kept for the open transaction only (commitBatch and rollbackBatch forget it): a user
    // revoked by another connection meanwhile is refused from the next transaction on.
    if (m_db.inTransaction())
        m_actor = found;
    return found;
}

Result<void> Applier::authorize(const QString &name, const QJsonObject &args)
{
    auto who = actor();
    if (!who)
        return who.error();
    const auth::Verdict verdict = auth::mayApply(*who, name, args);
    if (!verdict) {
        qCInfo(lcMutation) << "refused" << name << "for role" << toCode(who->role);
        return makeError(QStringLiteral("auth.forbidden"), verdict.reason);
    }
    return {};
}

Result<void> Applier::authorizeJson(const QString &name, const QByteArray &argsJson)
{
    auto who = actor();
    if (!who)
        return who.error();
    if (who->local || !auth::Permissions::needsArguments(who->role, name))
        return authorize(name);
    return authorize(name, QJsonDocument::fromJson(argsJson).object());
}

Result<void> Applier::loadState()
{
    // The workstation id is born once and never changes (SYNC.md §2.2).
    m_workstationId = m_db.meta(QStringLiteral("workstation_id"));
    if (m_workstationId.isEmpty()) {
        m_workstationId = m_uuid.next();
        if (auto r = m_db.setMeta(QStringLiteral("workstation_id"), m_workstationId); !r)
            return r;
    }
    // Resume the HLC from the last one written, so it stays monotonic across restarts.
    const quint64 last = quint64(m_db.queryInt("SELECT coalesce(max(hlc), 0) FROM outbox"));
    m_hlc.restore(last);
    // An office enrolled with a hub keeps every op's undo until the hub's order confirms it.
    m_captureUndo = m_captureUndo || m_db.meta(QStringLiteral("sync.enrolled")) == QLatin1String("1");
    m_stateLoaded = true;
    return {};
}

Result<QJsonObject> Applier::apply(const QString &name, int version, const QJsonObject &args)
{
    // Refused before a transaction is even opened (an unknown mutation is told as such below).
    if (m_registry.find(name, version))
        if (auto r = authorize(name, args); !r)
            return r.error();
    if (auto r = beginBatch(); !r)
        return r.error();
    auto result = applyOne(name, version, args);
    if (!result) {
        rollbackBatch();
        return result;
    }
    if (auto r = commitBatch(); !r)
        return r.error();
    return result;
}

Result<void> Applier::beginBatch(Isolation isolation)
{
    m_isolation = isolation;
    m_poisoned = false;
    m_actor.reset();
    m_lastChanges = ChangeSet();
    if (!m_stateLoaded) {
        if (auto r = loadState(); !r)
            return r;
    }
    if (auto r = m_db.begin(); !r)
        return r;
    // Deferred FK checks need no statement journal per write; they still run at COMMIT (a
    // violation then fails the commit, and the caller redoes the batch PerMutation, where
    // checks are immediate and name the failing mutation).
    if (auto r = m_db.execute(isolation == Isolation::Whole ? "PRAGMA defer_foreign_keys = ON" : "PRAGMA defer_foreign_keys = OFF"); !r) {
        m_db.rollback();
        return r;
    }
    // Read inside the write transaction: another process may have appended since.
    m_nextSeq = m_db.queryInt("SELECT coalesce(max(client_seq), 0) FROM outbox") + 1;
    return {};
}

Result<QJsonObject> Applier::applyInBatch(const QString &name, int version, const QJsonObject &args)
{
    // A refusal writes nothing, so it does not poison a Whole batch: the batch goes on.
    if (m_registry.find(name, version))
        if (auto r = authorize(name, args); !r)
            return r.error();
    QJsonObject result;
    auto r = isolated([&]() -> Result<void> {
        auto out = applyOne(name, version, args);
        if (!out)
            return out.error();
        result = *out;
        return {};
    });
    if (!r)
        return r.error();
    return result;
}

Result<void> Applier::isolated(const std::function<Result<void>()> &body)
{
    if (m_isolation == Isolation::Whole) {
        auto result = body();
        m_poisoned = m_poisoned || !result;
        return result;
    }
    auto &save = m_db.prepare("SAVEPOINT mutation");
    if (!save.exec())
        return makeError(QStringLiteral("storage.sql"), save.lastError());
    auto result = body();
    if (!result)
        m_db.prepare("ROLLBACK TO mutation").exec();
    m_db.prepare("RELEASE mutation").exec();
    return result;
}

Result<void> Applier::commitBatch()
{
    if (m_poisoned) {
        m_db.rollback();
        return makeError(QStringLiteral("mutation.batch_poisoned"),
                         QCoreApplication::translate("Applier", "A mutation of the batch failed; the batch was rolled "
                                                                "back and must be redone one mutation at a time."));
    }
    for (const auto &hook : m_registry.precommits()) {
        if (auto r = hook(m_db); !r) {
            m_db.rollback();
            return r;
        }
    }
    // Read inside the transaction: the log's rows are part of it (and go with a rollback).
    ChangeSet changes = m_recorder ? m_recorder->take() : ChangeSet();
    auto r = m_db.commit();
    m_actor.reset();
    if (r)
        m_lastChanges = std::move(changes);
    if (!r) {
        m_db.rollback(); // a failed COMMIT (deferred FK) leaves the transaction open
        m_poisoned = m_isolation == Isolation::Whole;
    }
    return r;
}

void Applier::rollbackBatch()
{
    m_db.rollback();
    m_actor.reset();
}

Result<void> Applier::applyTypedInBatch(const QString &name, int version, const QByteArray &argsJson,
                                        const std::function<Result<void>(Context &)> &run)
{
    if (auto r = authorizeJson(name, argsJson); !r)
        return r;
    return isolated([&] { return runOne(name, version, argsJson, run); });
}

Result<QJsonObject> Applier::applyOne(const QString &name, int version, const QJsonObject &args)
{
    const Handler *handler = m_registry.find(name, version);
    if (!handler)
        return makeError(QStringLiteral("mutation.unknown"),
                         QCoreApplication::translate("Applier", "Unknown mutation %1@%2").arg(name).arg(version));
    QJsonObject result;
    QByteArray resultJson;
    auto r = runOne(
        name, version, QJsonDocument(args).toJson(QJsonDocument::Compact),
        [&](Context &ctx) -> Result<void> {
            auto out = (*handler)(ctx, args);
            if (!out)
                return out.error();
            result = *out;
            resultJson = QJsonDocument(result).toJson(QJsonDocument::Compact);
            return {};
        },
        &resultJson);
    if (!r)
        return r.error();
    return result;
}

Result<QJsonObject> Applier::replayInBatch(const RecordedOp &op, QByteArray *changeset)
{
    const Handler *handler = m_registry.find(op.name, op.version);
    if (!handler)
        return makeError(QStringLiteral("mutation.unknown"),
                         QCoreApplication::translate("Applier", "Unknown mutation %1@%2").arg(op.name).arg(op.version));
    m_hlc.receive(op.hlc); // what this workstation does next comes after what it has seen
    QJsonObject result;
    auto r = isolated([&]() -> Result<void> {
        std::optional<UndoCapture> capture;
        if (changeset)
            capture.emplace(m_db.handle());
        Context ctx(m_db, m_key, op.opId, op.hlc, op.createdAtMs, op.userId);
        auto out = (*handler)(ctx, op.args);
        if (!out)
            return out.error();
        result = *out;
        if (capture) {
            auto effect = capture->changeset();
            if (!effect)
                return effect.error();
            *changeset = *effect;
        }
        return {};
    });
    if (!r)
        return r.error();
    return result;
}

Result<void> Applier::runOne(const QString &name, int version, const QByteArray &argsJson,
                             const std::function<Result<void>(Context &)> &run, const QByteArray *result)
{
    const QString opId = m_uuid.next();
    const quint64 hlc = m_hlc.tick();
    const qint64 now = m_clock.nowMs();
    Context ctx(m_db, m_key, opId, hlc, now, m_userId);
    QByteArray undo;
    {
        std::optional<UndoCapture> capture;
        if (m_captureUndo)
            capture.emplace(m_db.handle());
        if (auto r = run(ctx); !r)
            return r;
        if (capture) {
            auto effect = capture->changeset();
            if (!effect)
                return effect.error();
            undo = *effect;
        }
    }

    auto &out = m_db.prepare("INSERT INTO outbox(client_seq, op_id, name, version, args, hlc, user_id, "
                             "workstation_id, created_at, result, undo) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    out.bind(1, m_nextSeq)
        .bind(2, opId)
        .bind(3, name)
        .bind(4, version)
        .bindText(5, argsJson)
        .bind(6, qint64(hlc))
        .bindOptional(7, m_userId)
        .bind(8, m_workstationId)
        .bind(9, now);
    if (result && !result->isEmpty())
        out.bindText(10, *result);
    else
        out.bindNull(10);
    // An op with no effect still needs a (empty) undo while unconfirmed: NULL means confirmed.
    if (m_captureUndo)
        out.bindBlob(11, undo);
    else
        out.bindNull(11);
    if (!out.exec())
        return makeError(QStringLiteral("storage.sql"), out.lastError());
    ++m_nextSeq;
    qCDebug(lcMutation) << "applied" << name << version << opId;
    return {};
}

} // namespace shoulou::mutation
