#pragma once

#include "auth/actor.h"
#include "mutation/changeset.h"
#include "util/hlc.h"
#include "util/result.h"
#include "util/uuid.h"

#include <QJsonObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace shoulou {
class Clock;
namespace storage {
class Database;
}
namespace security {
class OfficeKey;
}
} // namespace shoulou

namespace shoulou::mutation {

class Registry;
class Context;
class ChangeRecorder;

// The only write path (DESIGN.md §3). apply() runs a named mutation inside one transaction
// and appends its outbox row (contiguous client_seq, UUIDv7 op_id, HLC, user, workstation)
// in the same transaction: either both land or neither does.
//
// Who may apply what is enforced here, before anything is written (issue #11): `userId` is
// the acting user, and a mutation their role may not apply (auth::Permissions, the one table)
// is refused with the reason ("权限不足：…", code auth.forbidden), as is every mutation of a
// revoked user (auth.revoked). Here and not in the desk's OfficeSession or the CLI's session,
// because this is the one door every writer goes through — the desk's writer, the importer
// and the demo on their own connections, the CLI — so no caller can forget it, and a refusal
// costs no transaction. A user id that names no user of this office (no id at all, the CLI's
// $USER, a test's label) is the local administrator of a standalone office, who may do
// everything: holding the file and its key is the credential there. The hub does not apply
// through here; it checks the same table at push time.
class Applier final {
public:
    Applier(storage::Database &db, const Clock &clock, const security::OfficeKey *key, QString userId = {},
            const Registry *registry = nullptr);
    ~Applier();

    // One mutation, one transaction.
    Result<QJsonObject> apply(const QString &name, int version, const QJsonObject &args);
    // The same for a mutation struct (kName, kVersion, toJson(), an Outcome with fromJson):
    // the outbox gets its toJson(), the registered handler parses that back (so a typed
    // caller is checked exactly like a replay), and the outcome comes back typed.
    // `version` is for the structs that stand for more than one version (customer.update).
    template <class M>
    Result<typename M::Outcome> apply(const M &mutation, int version = M::kVersion)
    {
        return outcomeOf<M>(apply(QString::fromLatin1(M::kName), version, mutation.toJson()));
    }

    // Many mutations in one transaction (imports), durable once commitBatch() returns.
    //  - PerMutation: each mutation is all-or-nothing on its own (a savepoint); a failed one
    //    leaves no trace and the batch goes on.
    //  - Whole: no savepoints (SQLite copies every page a savepoint touches, which made bulk
    //    work several times slower). A failed mutation poisons the batch: commitBatch()
    //    refuses and rolls everything back, and the caller redoes the batch PerMutation.
    // Foreign keys are checked at commit inside a batch (deferred), still enforced.
    enum class Isolation { PerMutation, Whole };
    Result<void> beginBatch(Isolation isolation = Isolation::PerMutation);
    // True when a Whole batch must be redone PerMutation: a mutation failed, or the commit did.
    bool batchPoisoned() const { return m_poisoned; }
    Result<QJsonObject> applyInBatch(const QString &name, int version, const QJsonObject &args);
    template <class M>
    Result<typename M::Outcome> applyInBatch(const M &mutation, int version = M::kVersion)
    {
        return outcomeOf<M>(applyInBatch(QString::fromLatin1(M::kName), version, mutation.toJson()));
    }
    // The same, for a hot path that already holds typed arguments: `argsJson` is what the
    // outbox records (and what the registered handler of name@version receives on replay);
    // `run` must do exactly what that handler does. tst_replay checks the equivalence.
    Result<void> applyTypedInBatch(const QString &name, int version, const QByteArray &argsJson,
                                   const std::function<Result<void>(Context &)> &run);
    Result<void> commitBatch();
    void rollbackBatch();

    // From now on, each committed transaction's ChangeSet is kept for takeChanges() (TEMP
    // triggers on this connection; see ChangeRecorder). Off by default: bulk writers pay nothing.
    Result<void> recordChanges();
    bool recordsChanges() const { return m_recorder != nullptr; }
    // What the last committed transaction changed (empty if not recording, or after a rollback),
    // and forgets it.
    ChangeSet takeChanges() { return std::exchange(m_lastChanges, ChangeSet()); }

    // A synced workstation keeps each mutation's effect (UndoCapture) with its outbox row until
    // the op is confirmed at its place in the hub's order. Off for standalone offices.
    void setCaptureUndo(bool capture) { m_captureUndo = capture; }
    bool capturesUndo() const { return m_captureUndo; }

    // An op as another workstation (or this one, before) applied it: its own id, clock, time
    // and user, so the handler does what it did there. Inside an open batch, in a savepoint
    // (a failing op leaves nothing); no outbox row. `changeset`, when given, receives the
    // op's effect (a redone own op keeps its undo).
    struct RecordedOp {
        QString opId;
        QString name;
        int version = 0;
        QJsonObject args;
        quint64 hlc = 0;
        qint64 createdAtMs = 0;
        QString userId;
    };
    Result<QJsonObject> replayInBatch(const RecordedOp &op, QByteArray *changeset = nullptr);

    // Who applies from now on (the signed-in user's id; empty: the local administrator).
    void setUserId(QString userId);
    const QString &userId() const { return m_userId; }
    // The acting user as the permission table sees them: their role read from app_user (at
    // most once per transaction), the local administrator when the id names nobody, or
    // auth.revoked for a revoked user.
    Result<auth::Actor> actor();
    // May the acting user apply `name` (a mutation, or an operation made of mutations such as
    // "import") with `args`? auth.forbidden with the reason, or auth.revoked, when not.
    Result<void> authorize(const QString &name, const QJsonObject &args = {});

    const QString &workstationId() const { return m_workstationId; }
    storage::Database &database() const { return m_db; }

private:
    template <class M>
    static Result<typename M::Outcome> outcomeOf(const Result<QJsonObject> &result)
    {
        if (!result)
            return result.error();
        return M::Outcome::fromJson(*result);
    }
    // Runs `body` as one mutation of the open batch: in a savepoint (PerMutation), or marking
    // the batch poisoned on failure (Whole).
    Result<void> isolated(const std::function<Result<void>()> &body);
    Result<QJsonObject> applyOne(const QString &name, int version, const QJsonObject &args);
    // `result` (may be null) is filled by `run` before the outbox row is written.
    Result<void> runOne(const QString &name, int version, const QByteArray &argsJson, const std::function<Result<void>(Context &)> &run,
                        const QByteArray *result = nullptr);
    Result<void> loadState();
    // authorize() for the hot path, whose arguments are JSON text: parsed only when the
    // actor's access is limited and the arguments decide.
    Result<void> authorizeJson(const QString &name, const QByteArray &argsJson);

    storage::Database &m_db;
    const Clock &m_clock;
    const security::OfficeKey *m_key;
    QString m_userId;
    std::optional<Result<auth::Actor>> m_actor; // read once per transaction
    const Registry &m_registry;
    UuidV7 m_uuid;
    Hlc m_hlc;
    QString m_workstationId;
    qint64 m_nextSeq = 0; // valid only inside a transaction
    bool m_stateLoaded = false;
    Isolation m_isolation = Isolation::PerMutation;
    bool m_poisoned = false;
    bool m_captureUndo = false;
    std::unique_ptr<ChangeRecorder> m_recorder;
    ChangeSet m_lastChanges;
};

} // namespace shoulou::mutation
