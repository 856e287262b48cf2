#include "arbitration.h"

namespace shoulou::hub {

using State = ArbitrationRecord::State;
using Kind = sync::ArbitrationKind;

QString toCode(State state)
{
    switch (state) {
    case State::Open:
        return QStringLiteral("open");
    case State::Taken:
        return QStringLiteral("taken");
    case State::Expired:
        return QStringLiteral("expired");
    case State::Released:
        return QStringLiteral("released");
    }
    return {};
}

std::optional<State> arbitrationStateFromCode(const QString &code)
{
    for (State s : {State::Open, State::Taken, State::Expired, State::Released})
        if (toCode(s) == code)
            return s;
    return std::nullopt;
}

namespace {

// A hold with an end that has passed is free again, though nobody rewrote the row: the
// condition is the clock's, so no sweeper has to run for it to be exact.
bool heldAt(const ArbitrationRecord &r, qint64 now)
{
    return r.state == State::Taken && (r.expiresAt == 0 || now < r.expiresAt);
}

ArbitrationRecord takenBy(const std::optional<ArbitrationRecord> &current, const QString &officeId, const QString &key, const Claimant &who,
                          qint64 expiresAt, qint64 now)
{
    ArbitrationRecord r = current.value_or(ArbitrationRecord{});
    r.officeId = officeId;
    r.key = key;
    r.state = State::Taken;
    r.expiresAt = expiresAt;
    r.holderOpId = who.opId;
    r.holderUserId = who.userId;
    r.holderWorkstationId = who.workstationId;
    r.holderHubSeq = who.hubSeq;
    r.changedAt = now;
    return r;
}

QString holderText(const ArbitrationRecord &r)
{
    return QStringLiteral("held by %1 since hub_seq %2").arg(r.holderUserId).arg(r.holderHubSeq);
}

ArbitrationDecision refused(QString code, const ArbitrationRecord &holder, QString trace)
{
    ArbitrationDecision d;
    d.code = std::move(code);
    d.holder = holder;
    d.trace = std::move(trace);
    return d;
}

ArbitrationDecision granted(ArbitrationRecord write, QString trace)
{
    ArbitrationDecision d;
    d.granted = true;
    d.write = std::move(write);
    d.trace = std::move(trace);
    return d;
}

ArbitrationDecision take(const std::optional<ArbitrationRecord> &current, const sync::ArbitrationRequest &q, const Claimant &who,
                         const QString &officeId, qint64 now)
{
    const qint64 until = q.holdMs > 0 ? now + q.holdMs : 0;
    if (current && heldAt(*current, now)) {
        if (current->holderUserId == who.userId) // taking what one holds already: granted, nothing changes
            return {true, {}, std::nullopt, std::nullopt, QStringLiteral("already held by the same user")};
        return refused(q.takenCode, *current, holderText(*current));
    }
    if (current && current->state == State::Open) {
        // An offer's key is claimed, never taken past its deadline.
        if (now >= current->expiresAt)
            return refused(QStringLiteral("CLAIM_EXPIRED"), *current,
                           QStringLiteral("open until %1, now %2").arg(current->expiresAt).arg(now));
        return granted(takenBy(current, officeId, q.key, who, until, now), QStringLiteral("first before the deadline"));
    }
    return granted(takenBy(current, officeId, q.key, who, until, now),
                   current ? QStringLiteral("free again (%1)").arg(toCode(current->state)) : QStringLiteral("first to take it"));
}

ArbitrationDecision claim(const std::optional<ArbitrationRecord> &current, const sync::ArbitrationRequest &q, const Claimant &who,
                          const QString &officeId, qint64 now)
{
    if (!current || current->state == State::Released)
        return {false, QStringLiteral("CLAIM_NOT_OPEN"), std::nullopt, std::nullopt, QStringLiteral("the hub has not opened the key")};
    if (current->state == State::Taken)
        return refused(q.takenCode, *current, holderText(*current));
    if (current->state == State::Expired || now >= current->expiresAt) {
        ArbitrationDecision d = refused(
            QStringLiteral("CLAIM_EXPIRED"), *current,
            QStringLiteral("round %1 closed at %2, claim at %3").arg(current->round).arg(current->expiresAt).arg(now));
        d.holder.reset();
        return d;
    }
    return granted(takenBy(current, officeId, q.key, who, 0, now),
                   QStringLiteral("first claim of round %1, %2 ms before the deadline").arg(current->round).arg(current->expiresAt - now));
}

ArbitrationDecision release(const std::optional<ArbitrationRecord> &current, const sync::ArbitrationRequest &q, const Claimant &who,
                            qint64 now)
{
    if (!current || !heldAt(*current, now))
        return {true, {}, std::nullopt, std::nullopt, QStringLiteral("not held: nothing to release")};
    if (current->holderUserId != who.userId)
        return refused(q.takenCode, *current, holderText(*current));
    ArbitrationRecord r = *current;
    r.state = State::Released;
    r.expiresAt = 0;
    r.changedAt = now;
    return granted(r, QStringLiteral("released by its holder"));
}

ArbitrationDecision assign(const std::optional<ArbitrationRecord> &current, const sync::ArbitrationRequest &q, const Claimant &who,
                           const QString &officeId, qint64 now)
{
    if (q.assignTo.isEmpty()) {
        if (!current || current->state != State::Taken)
            return {true, {}, std::nullopt, std::nullopt, QStringLiteral("assigned to nobody; was not held")};
        ArbitrationRecord r = *current;
        r.state = State::Released;
        r.expiresAt = 0;
        r.changedAt = now;
        return granted(r, QStringLiteral("assigned to nobody"));
    }
    Claimant to = who;
    to.userId = q.assignTo;
    return granted(takenBy(current, officeId, q.key, to, 0, now), QStringLiteral("assigned to %1 by %2").arg(q.assignTo, who.userId));
}

} // namespace

ArbitrationDecision arbitrate(const std::optional<ArbitrationRecord> &current, const sync::ArbitrationRequest &request, const Claimant &who,
                              const QString &officeId, qint64 nowMs)
{
    switch (request.kind) {
    case Kind::Take:
        return take(current, request, who, officeId, nowMs);
    case Kind::Claim:
        return claim(current, request, who, officeId, nowMs);
    case Kind::Release:
        return release(current, request, who, nowMs);
    case Kind::Assign:
        return assign(current, request, who, officeId, nowMs);
    }
    return {};
}

std::optional<ArbitrationRecord> openForClaims(const std::optional<ArbitrationRecord> &current, const QString &officeId, const QString &key,
                                               qint64 ttlMs, qint64 nowMs)
{
    if (current && (heldAt(*current, nowMs) || (current->state == State::Open && nowMs < current->expiresAt)))
        return std::nullopt;
    ArbitrationRecord r;
    r.officeId = officeId;
    r.key = key;
    r.state = State::Open;
    r.expiresAt = nowMs + ttlMs;
    r.round = current ? current->round + 1 : 1;
    r.changedAt = nowMs;
    return r;
}

} // namespace shoulou::hub
