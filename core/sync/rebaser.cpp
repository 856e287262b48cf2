#include "rebaser.h"

#include "mutation/applier.h"
#include "mutation/undocapture.h"
#include "storage/database.h"
#include "sync/syncstate.h"
#include "util/logging.h"

#include <QJsonDocument>
#include <QSet>

namespace shoulou::sync {

namespace {

struct TailRow {
    qint64 clientSeq = 0;
    QString opId;
    QString state;
};

// customer_phone rows feed the contentless phone_fragment index (rowid = the phone's rowid),
// which no changeset holds: an undone insert takes its fragments out, an undone delete puts
// the re-inserted row's fragments in.
Result<void> unindexPhone(storage::Database &db, const QString &matchKey, bool remove)
{
    auto &st = db.prepare("SELECT rowid, digits FROM customer_phone WHERE match_key = ?1");
    st.bind(1, matchKey);
    qint64 rowid = 0;
    QString digits;
    if (st.step()) {
        rowid = st.int64(0);
        digits = st.text(1);
    }
    st.reset();
    if (!rowid)
        return {};
    auto &fts = remove ? db.prepare("INSERT INTO phone_fragment(phone_fragment, rowid, digits) VALUES('delete', ?1, ?2)")
                       : db.prepare("INSERT INTO phone_fragment(rowid, digits) VALUES(?1, ?2)");
    fts.bind(1, rowid).bind(2, digits);
    if (!fts.exec())
        return makeError(QStringLiteral("storage.sql"), fts.lastError());
    return {};
}

} // namespace

Rebaser::Rebaser(mutation::Applier &applier)
    : m_applier(applier)
{}

Result<void> Rebaser::undoTail(const QList<qint64> &tail)
{
    storage::Database &db = m_applier.database();
    for (auto it = tail.crbegin(); it != tail.crend(); ++it) {
        auto &st = db.prepare("SELECT undo FROM outbox WHERE client_seq = ?1");
        st.bind(1, *it);
        QByteArray changeset;
        if (st.step())
            changeset = st.blob(0);
        st.reset();
        auto rows = mutation::UndoCapture::rows(changeset);
        if (!rows)
            return rows.error();
        for (const auto &row : std::as_const(*rows))
            if (row.table == QLatin1String("customer_phone") && row.op == mutation::UndoCapture::Row::Inserted)
                if (auto r = unindexPhone(db, row.key, true); !r)
                    return r;
        if (auto r = mutation::UndoCapture::undo(db.handle(), changeset); !r)
            return r;
        for (const auto &row : std::as_const(*rows))
            if (row.table == QLatin1String("customer_phone") && row.op == mutation::UndoCapture::Row::Deleted)
                if (auto r = unindexPhone(db, row.key, false); !r)
                    return r;
    }
    // Phones inserted from here on (replayed or redone) are new to the index.
    return db.setMeta(QStringLiteral("phone_fragment_rowid"),
                      QString::number(db.queryInt("SELECT coalesce(max(rowid), 0) FROM customer_phone")));
}

Result<void> Rebaser::recordIssue(const SyncOp &op, const Error &error)
{
    storage::Database &db = m_applier.database();
    auto &st = db.prepare("INSERT OR REPLACE INTO sync_issue(op_id, client_seq, name, code, message, created_at) "
                          "VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
    st.bind(1, op.opId)
        .bind(2, op.clientSeq)
        .bind(3, QStringLiteral("%1@%2").arg(op.name).arg(op.version))
        .bind(4, error.code)
        .bind(5, error.message)
        .bind(6, op.createdAtMs);
    if (!st.exec())
        return makeError(QStringLiteral("storage.sql"), st.lastError());
    return {};
}

Result<Rebaser::Outcome> Rebaser::integrate(const QList<SyncOp> &ops, qint64 cursor)
{
    storage::Database &db = m_applier.database();
    if (auto r = m_applier.beginBatch(); !r)
        return r.error();
    auto fail = [&](const Error &e) -> Result<Outcome> {
        m_applier.rollbackBatch();
        return e;
    };
    const QString me = m_applier.workstationId();
    QList<TailRow> tail;
    {
        auto &st = db.prepare("SELECT client_seq, op_id, state FROM outbox WHERE undo IS NOT NULL ORDER BY client_seq");
        while (st.step())
            tail << TailRow{st.int64(0), st.text(1), st.text(2)};
        st.reset();
    }
    // Undo is needed unless the page is exactly the first unconfirmed own ops, in order, and
    // nothing of ours was refused.
    // Own ops without an undo (not in the tail) were in this database before it kept undos: a
    // standalone office's history brought in at enrolment, or ops made before the writer knew
    // the office was enrolled. Their effect is in place below everything the tail holds, so
    // they are confirmed where they stand, never re-executed (that failed: office.exists, …).
    QSet<QString> inTail;
    for (const TailRow &row : std::as_const(tail))
        inTail.insert(row.opId);
    // Except while re-bootstrapping (Rebootstrap): the office was emptied, so own ops the hub
    // holds are re-executed at their place like everyone's.
    const bool rebuilding = !db.meta(QStringLiteral("sync.rebuild_mark")).isEmpty();
    auto inPlace = [&](const SyncOp &op) { return !rebuilding && op.workstationId == me && !inTail.contains(op.opId); };
    bool needUndo = false;
    {
        int next = 0;
        for (const SyncOp &op : ops) {
            if (op.workstationId != me) {
                needUndo = needUndo || !tail.isEmpty();
                continue;
            }
            if (inPlace(op))
                continue;
            if (next < tail.size() && tail[next].opId == op.opId)
                ++next;
            else
                needUndo = true;
        }
        for (const TailRow &row : std::as_const(tail))
            needUndo = needUndo || row.state == QLatin1String("rejected");
    }
    Outcome out;
    QSet<QString> confirmed;
    auto confirm = [&](const SyncOp &op, const QString &error) -> Result<void> {
        auto &st = db.prepare("UPDATE outbox SET hub_seq = ?2, state = 'acked', undo = NULL, error = ?3 WHERE op_id = ?1");
        st.bind(1, op.opId).bind(2, op.hubSeq).bindOptional(3, error);
        if (!st.exec())
            return makeError(QStringLiteral("storage.sql"), st.lastError());
        confirmed.insert(op.opId);
        ++out.confirmed;
        return {};
    };
    if (needUndo) {
        QList<qint64> seqs;
        for (const TailRow &row : std::as_const(tail))
            seqs << row.clientSeq;
        if (auto r = undoTail(seqs); !r)
            return fail(r.error());
    }
    for (const SyncOp &op : ops) {
        const bool own = op.workstationId == me;
        if (own && (!needUndo || inPlace(op))) { // its effect is already in place, at this very position
            if (auto r = confirm(op, {}); !r)
                return fail(r.error());
            continue;
        }
        auto applied = m_applier.replayInBatch({op.opId, op.name, op.version, op.args, op.hlc, op.createdAtMs, op.userId});
        if (!applied) {
            ++out.failed;
            qCInfo(lcSync) << "op" << op.name << op.version << "at hub_seq" << op.hubSeq << "is a no-op:" << applied.error().code;
            if (own)
                if (auto r = recordIssue(op, applied.error()); !r)
                    return fail(r.error());
        } else if (!own) {
            ++out.applied;
        }
        if (own)
            if (auto r = confirm(op, applied ? QString() : applied.error().message); !r)
                return fail(r.error());
    }
    if (needUndo) {
        for (const TailRow &row : std::as_const(tail)) {
            if (confirmed.contains(row.opId))
                continue;
            if (row.state == QLatin1String("rejected")) {
                auto &st = db.prepare("UPDATE outbox SET undo = NULL WHERE client_seq = ?1");
                st.bind(1, row.clientSeq);
                if (!st.exec())
                    return fail(makeError(QStringLiteral("storage.sql"), st.lastError()));
                continue;
            }
            if (auto r = redo(row.clientSeq); !r)
                return fail(r.error());
            ++out.redone;
        }
    }
    if (auto r = SyncState::setCursor(db, cursor); !r)
        return fail(r.error());
    if (auto r = m_applier.commitBatch(); !r)
        return r.error();
    return out;
}

Result<bool> Rebaser::redo(qint64 clientSeq)
{
    storage::Database &db = m_applier.database();
    auto &st = db.prepare("SELECT op_id, name, version, args, hlc, created_at, coalesce(user_id, '') FROM outbox WHERE client_seq = ?1");
    st.bind(1, clientSeq);
    mutation::Applier::RecordedOp op;
    if (st.step())
        op = {st.text(0),           st.text(1),  int(st.int64(2)), QJsonDocument::fromJson(st.text(3).toUtf8()).object(),
              quint64(st.int64(4)), st.int64(5), st.text(6)};
    st.reset();
    QByteArray undo;
    auto redone = m_applier.replayInBatch(op, &undo);
    auto &save = db.prepare("UPDATE outbox SET undo = ?2, error = ?3 WHERE client_seq = ?1");
    save.bind(1, clientSeq).bindBlob(2, undo).bindOptional(3, redone ? QString() : redone.error().message);
    if (!save.exec())
        return makeError(QStringLiteral("storage.sql"), save.lastError());
    return bool(redone);
}

Result<qint64> Rebaser::setAsideTail(const std::function<Result<void>(storage::Database &, qint64 mark)> &also)
{
    storage::Database &db = m_applier.database();
    QList<qint64> tail;
    {
        auto &st = db.prepare("SELECT client_seq FROM outbox WHERE undo IS NOT NULL ORDER BY client_seq");
        while (st.step())
            tail << st.int64(0);
        st.reset();
    }
    if (tail.isEmpty())
        return qint64(-1);
    if (auto r = m_applier.beginBatch(); !r)
        return r.error();
    auto fail = [&](const Error &e) -> Result<qint64> {
        m_applier.rollbackBatch();
        return e;
    };
    if (auto r = undoTail(tail); !r)
        return fail(r.error());
    auto &st = db.prepare("UPDATE outbox SET undo = NULL WHERE client_seq >= ?1");
    st.bind(1, tail.first());
    if (!st.exec())
        return fail(makeError(QStringLiteral("storage.sql"), st.lastError()));
    const qint64 mark = tail.first() - 1;
    if (auto r = also(db, mark); !r)
        return fail(r.error());
    if (auto r = m_applier.commitBatch(); !r)
        return r.error();
    return mark;
}

Result<int> Rebaser::redoFrom(qint64 afterClientSeq, const std::function<Result<void>(storage::Database &)> &also)
{
    storage::Database &db = m_applier.database();
    if (auto r = m_applier.beginBatch(); !r)
        return r.error();
    auto fail = [&](const Error &e) -> Result<int> {
        m_applier.rollbackBatch();
        return e;
    };
    QList<qint64> withUndo, all;
    {
        // Not those the pull already did again at their place in the hub's order (hub_seq at or
        // below the cursor).
        auto &st = db.prepare("SELECT client_seq, undo IS NOT NULL FROM outbox WHERE client_seq > ?1 AND state <> 'rejected' "
                              "AND (hub_seq IS NULL OR hub_seq > ?2) ORDER BY client_seq");
        st.bind(1, afterClientSeq).bind(2, SyncState::load(db).cursor);
        while (st.step()) {
            all << st.int64(0);
            if (st.int64(1))
                withUndo << st.int64(0);
        }
        st.reset();
    }
    if (auto r = undoTail(withUndo); !r)
        return fail(r.error());
    for (qint64 seq : std::as_const(all))
        if (auto r = redo(seq); !r)
            return fail(r.error());
    if (auto r = also(db); !r)
        return fail(r.error());
    if (auto r = m_applier.commitBatch(); !r)
        return r.error();
    return int(all.size());
}

} // namespace shoulou::sync
