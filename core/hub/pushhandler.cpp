#include "pushhandler.h"

#include "hub/framereader.h"
#include "hub/hublogging.h"
#include "hub/hubreply.h"
#include "hub/hubstore.h"
#include "hub/rolecheck.h"
#include "hub/roster.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <limits>

namespace shoulou::hub {

namespace {

constexpr qint64 kMaxInt = std::numeric_limits<qint64>::max();

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// A failure of the hub's own storage: nothing was kept, the desk tries again later.
QJsonObject unavailable(qint64 id, const Error &e)
{
    qCWarning(lcHub).noquote() << "push failed in the store:" << e.code << e.message;
    return reply::error(id, QStringLiteral("hub_unavailable"),
                        QCoreApplication::translate("HubService", "The hub could not write its database; nothing was kept. Try again."));
}

} // namespace

PushHandler::PushHandler(HubStore &store, Roster &roster, const HubKeys &keys, const Clock &clock, int maxOps)
    : m_store(store)
    , m_roster(roster)
    , m_visits(keys)
    , m_clock(clock)
    , m_arbiter(store, clock)
    , m_maxOps(maxOps)
{}

QJsonObject PushHandler::ackOf(const LogEntry &e)
{
    QJsonObject ack{{QStringLiteral("client_seq"), e.clientSeq}, {QStringLiteral("op_id"), e.opId}, {QStringLiteral("status"), e.status}};
    if (e.applied())
        ack.insert(QStringLiteral("hub_seq"), e.hubSeq);
    else
        ack.insert(QStringLiteral("error"),
                   QJsonObject{{QStringLiteral("code"), e.errorCode}, {QStringLiteral("message"), e.errorMessage}});
    return ack;
}

PushHandler::Verdict PushHandler::authorize(const Incoming &op, const Caller &caller, const WorkstationRecord &ws,
                                            const OfficeRecord &office, Error *storeError)
{
    // A standalone office's history is the office's past: it was applied under its own rules
    // (ops without a user are its local administrator's) and is taken as it is.
    if (ws.history && ws.historyThrough && op.clientSeq <= *ws.historyThrough)
        return {true, {}, {}};
    if (op.userId.isEmpty())
        return {false, QStringLiteral("AUTHZ_UNKNOWN_USER"),
                QCoreApplication::translate("HubService", "The change names no user; only a signed-in user's changes are accepted.")};
    // A batch is mostly one user's: look each up once (the cache is emptied when the roster changes).
    auto cached = m_users.find(op.userId);
    if (cached == m_users.end()) {
        auto user = m_store.userById(caller.office.id, op.userId);
        if (!user) {
            *storeError = user.error();
            return {};
        }
        cached = m_users.insert(op.userId, *user);
    }
    if (!cached->has_value())
        return {false, QStringLiteral("AUTHZ_UNKNOWN_USER"),
                QCoreApplication::translate("HubService", "The change was made by someone who is not a user of this office.")};
    const UserRecord &u = **cached;
    if (!u.active)
        return {false, QStringLiteral("AUTHZ_REVOKED"),
                QCoreApplication::translate("HubService", "The change was made by %1, whose account has been revoked.").arg(u.login)};
    const RoleDecision role = mayApply(u.role, op.userId, op.name, op.args);
    if (!role.allowed)
        return {false, QStringLiteral("AUTHZ_ROLE"), role.reason};
    if (op.name == QLatin1String("visit.register"))
        if (const auto why = m_visits.refusal(office, op.args))
            return {false, QStringLiteral("VISIT_SEALED_INVALID"), *why};
    return {true, {}, {}};
}

QJsonObject PushHandler::handle(qint64 id, FrameReader &r, const Caller &caller, qint64 &appendedThrough)
{
    appendedThrough = 0;
    // Everything is read and checked before the transaction: a malformed op changes nothing.
    const QJsonArray list = r.array("mutations", m_maxOps);
    QList<Incoming> ops;
    for (int i = 0; r.ok() && i < list.size(); ++i) {
        FrameReader m = r.element(list, "mutations", i);
        Incoming op;
        op.opId = m.uuid("op_id");
        op.clientSeq = m.integer("client_seq", 1, kMaxInt);
        op.name = m.text("name", 128);
        op.version = int(m.integer("version", 1, 1000000));
        op.args = compact(m.object("args"));
        // The HLC is 64 bits (ms << 16): it travels as decimal text, beyond a JSON number's 53.
        {
            bool ok = false;
            const QString hlc = m.text("hlc", 20);
            op.hlc = hlc.toLongLong(&ok);
            if (m.ok() && (!ok || op.hlc < 0))
                m.fail("hlc", QCoreApplication::translate("HubService", "must be the clock as a decimal text"));
        }
        op.userId = m.optionalText("user_id", 64).value_or(QString());
        op.createdAt = m.integer("created_at", 0, kMaxInt);
        op.result = compact(m.optionalObject("result").value_or(QJsonObject()));
        if (m.ok() && i > 0 && op.clientSeq != ops.last().clientSeq + 1)
            m.fail("client_seq", QCoreApplication::translate("HubService", "must follow the one before (client_seq is contiguous)"));
        r.absorb(m);
        ops.append(op);
    }
    if (!r.ok())
        return reply::error(id, r.error());

    m_users.clear();
    struct Forget {
        VisitCheck &check;
        ~Forget() { check.forget(); } // the office's key pair is held only while a push is handled
    } forget{m_visits};
    if (auto b = m_store.beginWrite(); !b)
        return unavailable(id, b.error());
    auto fail = [&](const QJsonObject &frame) {
        m_store.rollback();
        return frame;
    };
    // The office's lock first (PostgreSQL: its row, to COMMIT): every push of the office waits
    // here, so what is read next is current — a revocation or another push of this desk
    // through another hub process included.
    auto locked = m_store.lockOffice(caller.office.id);
    if (!locked)
        return fail(unavailable(id, locked.error()));
    qint64 next = *locked;
    const qint64 firstSeq = next;
    auto wsRead = m_store.workstation(caller.workstation.id);
    if (!wsRead || !wsRead->has_value())
        return fail(
            unavailable(id, wsRead ? makeError(QStringLiteral("hub.storage"), QStringLiteral("workstation vanished")) : wsRead.error()));
    const WorkstationRecord ws = **wsRead;
    if (ws.revoked)
        return fail(reply::error(id, QStringLiteral("workstation_revoked"),
                                 QCoreApplication::translate("HubService", "This workstation has been revoked at the hub.")));
    auto officeRead = m_store.office(caller.office.id);
    if (!officeRead || !officeRead->has_value())
        return fail(
            unavailable(id, officeRead ? makeError(QStringLiteral("hub.storage"), QStringLiteral("office vanished")) : officeRead.error()));
    const OfficeRecord office = **officeRead;

    qint64 lastAcked = ws.lastAckedClientSeq;
    const qint64 now = m_clock.nowMs();
    QJsonArray acks;
    int applied = 0, rejected = 0, duplicates = 0;
    for (const Incoming &op : std::as_const(ops)) {
        if (op.clientSeq <= lastAcked) {
            auto stored = m_store.logEntry(ws.id, op.clientSeq);
            if (!stored)
                return fail(unavailable(id, stored.error()));
            if (stored->has_value()) {
                const LogEntry &e = **stored;
                if (e.opId != op.opId || e.name != op.name || e.version != op.version)
                    return fail(reply::error(
                        id, QStringLiteral("idempotency_mismatch"),
                        QCoreApplication::translate("HubService", "client_seq %1 was acknowledged for another change (op_id %2).")
                            .arg(op.clientSeq)
                            .arg(e.opId),
                        {{QStringLiteral("client_seq"), op.clientSeq}}));
                QJsonObject ack = ackOf(e);
                ack.insert(QStringLiteral("duplicate"), true);
                acks.append(ack);
            } else {
                // Acknowledged once but no longer in the log (compacted): the high-water mark
                // alone says it is a duplicate (SYNC.md §2.9).
                acks.append(QJsonObject{{QStringLiteral("client_seq"), op.clientSeq},
                                        {QStringLiteral("op_id"), op.opId},
                                        {QStringLiteral("status"), QStringLiteral("applied")},
                                        {QStringLiteral("duplicate"), true}});
            }
            ++duplicates;
            continue;
        }
        if (op.clientSeq != lastAcked + 1)
            return fail(reply::error(
                id, QStringLiteral("client_seq_gap"),
                QCoreApplication::translate("HubService", "The hub expected client_seq %1, not %2.").arg(lastAcked + 1).arg(op.clientSeq),
                {{QStringLiteral("expected_client_seq"), lastAcked + 1}}));
        Error storeError;
        Verdict verdict = authorize(op, caller, ws, office, &storeError);
        if (!storeError.code.isEmpty())
            return fail(unavailable(id, storeError));
        // Each op in its own savepoint: what the roster or the arbiter learns from it goes with
        // it or not at all. The op itself must be kept — if storing it fails, the whole push
        // fails (and is retried), never half of it.
        if (auto s = m_store.savepoint(); !s)
            return fail(unavailable(id, s.error()));
        QJsonObject winner; // who holds what a class-A op asked for
        if (verdict.applied) {
            auto decided = m_arbiter.decide(office.id, op.name, op.args, Claimant{op.opId, op.userId, ws.id, next});
            if (!decided)
                return fail(unavailable(id, decided.error()));
            const bool history = ws.history && ws.historyThrough && op.clientSeq <= *ws.historyThrough;
            if (!decided->applied && !history) // a standalone office's past was decided there
            {
                verdict = {false, decided->code, decided->message};
                winner = decided->winner;
            }
        }
        LogEntry e;
        e.officeId = office.id;
        e.hubSeq = verdict.applied ? next : 0;
        e.opId = op.opId;
        e.workstationId = ws.id;
        e.clientSeq = op.clientSeq;
        e.userId = op.userId;
        e.name = op.name;
        e.version = op.version;
        e.args = op.args;
        e.hlc = op.hlc;
        e.createdAt = op.createdAt;
        e.result = op.result;
        e.status = verdict.applied ? QStringLiteral("applied") : QStringLiteral("rejected");
        e.errorCode = verdict.code;
        e.errorMessage = verdict.message;
        e.committedAt = now;
        if (auto a = m_store.appendLog(e); !a) {
            if (a.error().code == QLatin1String("hub.op_id_taken"))
                return fail(reply::error(
                    id, QStringLiteral("idempotency_mismatch"),
                    QCoreApplication::translate("HubService", "op_id %1 was already received under another client_seq.").arg(op.opId),
                    {{QStringLiteral("client_seq"), op.clientSeq}}));
            return fail(unavailable(id, a.error()));
        }
        if (verdict.applied && e.name.startsWith(QLatin1String("user."))) {
            m_users.clear();
            if (auto l = m_roster.learn(office.id, e); !l) {
                qCWarning(lcHub).noquote() << "roster not updated from" << e.name << e.opId << ":" << l.error().message;
                if (auto rb = m_store.rollbackToSavepoint(); !rb)
                    return fail(unavailable(id, rb.error()));
                if (auto s = m_store.savepoint(); !s)
                    return fail(unavailable(id, s.error()));
                if (auto a = m_store.appendLog(e); !a)
                    return fail(unavailable(id, a.error()));
            }
        }
        if (auto rel = m_store.releaseSavepoint(); !rel)
            return fail(unavailable(id, rel.error()));
        if (verdict.applied) {
            ++next;
            ++applied;
        } else {
            ++rejected;
            qCInfo(lcHub).noquote() << "rejected" << e.name << "client_seq" << e.clientSeq << "of workstation" << ws.id << ":"
                                    << e.errorCode;
        }
        lastAcked = op.clientSeq;
        QJsonObject ack = ackOf(e);
        if (!winner.isEmpty()) {
            QJsonObject err = ack.value(QLatin1String("error")).toObject();
            err.insert(QStringLiteral("winner"), winner);
            ack.insert(QStringLiteral("error"), err);
        }
        acks.append(ack);
    }

    if (lastAcked != ws.lastAckedClientSeq) {
        if (auto a = m_store.setWorkstationAcked(ws.id, lastAcked); !a)
            return fail(unavailable(id, a.error()));
    }
    // Users added at the hub wait while the office has no log or its history is coming in.
    if (next > 1 && (firstSeq == 1 || !office.historyWorkstationId.isEmpty())) {
        // The history being brought in is complete once its last op is acked.
        bool historyDone = office.historyWorkstationId.isEmpty();
        if (!historyDone && office.historyWorkstationId == ws.id && office.historyThrough && lastAcked >= *office.historyThrough) {
            historyDone = true;
            if (auto h = m_store.setOfficeHistory(office.id, {}, std::nullopt); !h)
                return fail(unavailable(id, h.error()));
        }
        if (historyDone) {
            auto pending = m_roster.hasPending(office.id);
            if (!pending)
                return fail(unavailable(id, pending.error()));
            if (*pending) {
                auto flushed = m_roster.flushPending(office.id, next);
                if (!flushed)
                    return fail(unavailable(id, flushed.error()));
            }
        }
    }
    if (next != firstSeq) {
        if (auto s = m_store.setNextHubSeq(office.id, next); !s)
            return fail(unavailable(id, s.error()));
        if (auto a = m_store.announce(office.id, next - 1); !a)
            return fail(unavailable(id, a.error()));
    }
    if (auto c = m_store.commit(); !c)
        return fail(unavailable(id, c.error()));
    if (next != firstSeq)
        appendedThrough = next - 1;
    qCDebug(lcHub) << "push from" << ws.id << ":" << applied << "applied," << rejected << "rejected," << duplicates << "duplicates";
    return reply::ok(QStringLiteral("push"), id,
                     {{QStringLiteral("acks"), acks},
                      {QStringLiteral("last_acked_client_seq"), lastAcked},
                      {QStringLiteral("latest_hub_seq"), next - 1}});
}

} // namespace shoulou::hub
