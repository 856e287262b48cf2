#include "syncengine.h"

#include "mutation/applier.h"
#include "storage/database.h"
#include "sync/outboxcompactor.h"
#include "sync/rebootstrap.h"
#include "sync/snapshotbootstrap.h"
#include "sync/syncstate.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace shoulou::sync {

namespace {

// One report spans several transactions (a page each); the Applier keeps only the last set.
void gather(mutation::ChangeSet &into, const mutation::ChangeSet &page)
{
    if (into.isEverything())
        return;
    if (page.isEverything()) {
        into = mutation::ChangeSet::everything();
        return;
    }
    for (const auto &c : page.changes())
        into.add(c.table, c.id, c.op, c.customerId);
}

} // namespace

SyncEngine::SyncEngine(mutation::Applier &applier, Transport &transport, const Clock &clock)
    : m_applier(applier)
    , m_transport(transport)
    , m_clock(clock)
    , m_rebaser(applier)
{}

Result<QJsonObject> SyncEngine::call(QJsonObject frame)
{
    frame.insert(QStringLiteral("id"), m_nextId++);
    frame.insert(QStringLiteral("token"), SyncState::load(m_applier.database()).token);
    return m_transport.call(frame);
}

Result<void> SyncEngine::greeted(const QJsonObject &hello, const SyncState &state, Report &report)
{
    storage::Database &db = m_applier.database();
    if (hello.value(QLatin1String("action")).toString() == QLatin1String("reset_required")) {
        // Restored hub (new epoch) or a cursor beyond its log: the office is set up again
        // from the hub's log and what the hub no longer has of ours is sent again.
        qCInfo(lcSync).noquote() << "hub asks for a reset:"
                                 << hello.value(QLatin1String("reasons")).toVariant().toStringList().join(QStringLiteral(", "));
        if (auto r = Rebootstrap::start(m_applier, qint64(hello.value(QLatin1String("last_acked_client_seq")).toDouble()),
                                        hello.value(QLatin1String("hub_epoch")).toString());
            !r)
            return r;
        report.rebootstrapped = true;
        report.changes = mutation::ChangeSet::everything(); // every open view reloads
    } else if (state.hubEpoch.isEmpty()) {
        SyncState s = state;
        s.hubEpoch = hello.value(QLatin1String("hub_epoch")).toString();
        if (auto r = s.save(db); !r)
            return r;
    }
    return {};
}

Result<SyncEngine::Report> SyncEngine::syncOnce()
{
    auto r = round();
    // The hub slimmed the log below our cursor between hello and pull (retention): one more
    // round, whose hello asks for the reset from the snapshot.
    if (!r && r.error().code == QLatin1String("reset_required")) {
        m_helloConnection = 0; // that round's hello must be said again
        return round();
    }
    return r;
}

Result<SyncEngine::Report> SyncEngine::round()
{
    storage::Database &db = m_applier.database();
    // The workstation id exists from the first mutation on; a new replica may have none yet.
    if (auto r = m_applier.beginBatch(); !r)
        return r.error();
    m_applier.rollbackBatch();
    const SyncState state = SyncState::load(db);
    Report report;
    // Hello once per connection: a poke's round on an open connection is then one pull.
    if (m_transport.connection() == 0 || m_transport.connection() != m_helloConnection) {
        auto hello = call({{QStringLiteral("t"), QStringLiteral("hello")},
                           {QStringLiteral("protocol_version"), 1},
                           {QStringLiteral("workstation_id"), m_applier.workstationId()},
                           {QStringLiteral("hub_epoch"), state.hubEpoch},
                           {QStringLiteral("cursor"), double(state.cursor)}});
        if (!hello)
            return hello.error();
        m_helloConnection = m_transport.connection();
        if (auto r = greeted(*hello, state, report); !r)
            return r.error();
    }
    // A new replica starts from the hub's snapshot when it has one, not from the whole log.
    auto fromSnapshot = [&]() -> Result<void> {
        auto loaded = SnapshotBootstrap::load(m_applier, [this](QJsonObject f) { return call(std::move(f)); });
        if (!loaded)
            return loaded.error();
        if (*loaded)
            report.changes = mutation::ChangeSet::everything();
        return {};
    };
    if (!Rebootstrap::mark(m_applier) && SnapshotBootstrap::isEmptyReplica(db))
        if (auto r = fromSnapshot(); !r)
            return r.error();
    // A re-bootstrap (begun now or interrupted before) pulls the whole log first (from the
    // hub's snapshot on, when there is one), then does our own later ops again on top; only
    // then is anything pushed.
    if (Rebootstrap::mark(m_applier)) {
        report.rebootstrapped = true;
        report.changes = mutation::ChangeSet::everything();
        if (SyncState::load(db).cursor == 0)
            if (auto r = fromSnapshot(); !r)
                return r.error();
        if (auto r = pull(report); !r)
            return r.error();
        if (auto r = Rebootstrap::finish(m_applier, m_rebaser); !r)
            return r.error();
    }
    if (auto r = push(report); !r)
        return r.error();
    if (auto r = pull(report); !r)
        return r.error();
    // Once a day, what the hub holds for good leaves the outbox (the office file does not
    // grow with its history); a failure here is no sync failure.
    if (auto c = OutboxCompactor(db, m_clock).compactIfDue(); !c)
        qCWarning(lcSync) << "outbox compaction failed:" << c.error().message;
    report.pending = db.queryInt("SELECT count(*) FROM outbox WHERE state = 'pending' OR state = 'sent'");
    report.hubSeq = SyncState::load(db).cursor;
    return report;
}

Result<void> SyncEngine::push(Report &report)
{
    storage::Database &db = m_applier.database();
    for (;;) {
        QJsonArray batch;
        {
            auto &st = db.prepare("SELECT client_seq, op_id, workstation_id, name, version, args, hlc, coalesce(user_id, ''), "
                                  "created_at, coalesce(result, '') FROM outbox WHERE state = 'pending' OR state = 'sent' "
                                  "ORDER BY client_seq LIMIT ?1");
            st.bind(1, qint64(kPushBatch));
            while (st.step()) {
                SyncOp op;
                op.clientSeq = st.int64(0);
                op.opId = st.text(1);
                op.workstationId = st.text(2);
                op.name = st.text(3);
                op.version = int(st.int64(4));
                op.args = QJsonDocument::fromJson(st.text(5).toUtf8()).object();
                op.hlc = quint64(st.int64(6));
                op.userId = st.text(7);
                op.createdAtMs = st.int64(8);
                op.result = QJsonDocument::fromJson(st.text(9).toUtf8()).object();
                batch.append(op.toJson());
            }
            st.reset();
        }
        if (batch.isEmpty())
            return {};
        auto reply = call({{QStringLiteral("t"), QStringLiteral("push")}, {QStringLiteral("mutations"), batch}});
        if (!reply) {
            if (reply.error().code != QLatin1String("client_seq_gap"))
                return reply.error();
            // The hub has fewer of ours than we thought acked (restored hub): nothing to do
            // here but send from where it asks — our rows are all still pending or sent.
            return reply.error();
        }
        if (auto r = db.begin(); !r)
            return r;
        int handled = 0;
        for (const QJsonValue &v : reply->value(QLatin1String("acks")).toArray()) {
            const QJsonObject ack = v.toObject();
            const QString status = ack.value(QLatin1String("status")).toString();
            const qint64 seq = qint64(ack.value(QLatin1String("client_seq")).toDouble());
            if (status == QLatin1String("applied")) {
                auto &st = db.prepare("UPDATE outbox SET state = 'acked', hub_seq = ?2 WHERE client_seq = ?1 AND state <> 'acked'");
                st.bind(1, seq).bind(2, qint64(ack.value(QLatin1String("hub_seq")).toDouble()));
                if (!st.exec()) {
                    db.rollback();
                    return makeError(QStringLiteral("storage.sql"), st.lastError());
                }
                ++report.pushed;
            } else {
                const QJsonObject error = ack.value(QLatin1String("error")).toObject();
                const QString code = error.value(QLatin1String("code")).toString();
                const QString message = error.value(QLatin1String("message")).toString();
                auto &st = db.prepare("UPDATE outbox SET state = 'rejected', error = ?2 WHERE client_seq = ?1");
                st.bind(1, seq).bind(2, message);
                auto &issue = db.prepare("INSERT OR REPLACE INTO sync_issue(op_id, client_seq, name, code, message, created_at) "
                                         "SELECT op_id, client_seq, name || '@' || version, ?2, ?3, created_at FROM outbox "
                                         "WHERE client_seq = ?1");
                issue.bind(1, seq).bind(2, code).bind(3, message);
                if (!st.exec() || !issue.exec()) {
                    db.rollback();
                    return makeError(QStringLiteral("storage.sql"), st.lastError());
                }
                ++report.rejected;
                report.reasons << QStringLiteral("#%1 %2").arg(seq).arg(message.isEmpty() ? code : message);
            }
            ++handled;
        }
        if (auto r = db.commit(); !r)
            return r;
        if (handled == 0)
            return makeError(QStringLiteral("sync.protocol"), QStringLiteral("the hub acknowledged nothing of a push"));
    }
}

Result<void> SyncEngine::pull(Report &report)
{
    storage::Database &db = m_applier.database();
    bool first = true;
    for (;;) {
        const qint64 since = SyncState::load(db).cursor;
        auto reply = call({{QStringLiteral("t"), QStringLiteral("pull")},
                           {QStringLiteral("since"), double(since)},
                           {QStringLiteral("limit"), m_pullPage}});
        if (!reply)
            return reply.error();
        QList<SyncOp> ops;
        for (const QJsonValue &v : reply->value(QLatin1String("ops")).toArray()) {
            auto op = SyncOp::fromJson(v.toObject());
            if (!op)
                return op.error();
            ops << *op;
        }
        const qint64 to = qint64(reply->value(QLatin1String("to")).toDouble());
        // More pages to come: own ops still unconfirmed are set aside once, not undone and
        // redone around every page (a week offline would make that quadratic).
        if (reply->value(QLatin1String("has_more")).toBool())
            if (auto r = Rebootstrap::setAside(m_applier, m_rebaser); !r)
                return r.error();
        const bool rejectedPending = db.queryInt("SELECT count(*) FROM outbox WHERE state = 'rejected' AND undo IS NOT NULL") > 0;
        if (!ops.isEmpty() || to > since || (first && rejectedPending)) {
            auto done = m_rebaser.integrate(ops, std::max(to, since));
            if (!done)
                return done.error();
            report.pulled += done->applied;
            gather(report.changes, m_applier.takeChanges());
        }
        first = false;
        if (!reply->value(QLatin1String("has_more")).toBool())
            break;
    }
    if (Rebootstrap::mark(m_applier)) {
        if (auto r = Rebootstrap::finish(m_applier, m_rebaser); !r)
            return r.error();
        gather(report.changes, m_applier.takeChanges());
    }
    return {};
}

} // namespace shoulou::sync
