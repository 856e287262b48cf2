#pragma once

// An in-process stand-in for the office hub's ordering (wire protocol v1's hello, push and
// pull): one office log in commit order, idempotent on (workstation, client_seq), gaps refused,
// one rule refused (a merge by the workstation marked `noMerges`, as the role table will). The
// simulation drives the real SyncEngine against it through a FaultyTransport.
#include "sync/syncop.h"
#include "sync/transport.h"

#include <QHash>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>

namespace shoulou::test {

class FakeHub final {
public:
    QList<sync::SyncOp> log;
    QSet<QString> noMerges; // workstations whose user may not merge
    QHash<QString, qint64> lastAcked;
    QHash<QPair<QString, qint64>, QJsonObject> acks;
    int duplicates = 0;
    QString epoch = QStringLiteral("epoch-1");

    // A backup, and a restore from it: what was committed since is gone, and the new epoch
    // tells every workstation to set itself up again (SYNC.md §2.11).
    struct Backup {
        QList<sync::SyncOp> log;
        QHash<QString, qint64> lastAcked;
        QHash<QPair<QString, qint64>, QJsonObject> acks;
    };
    Backup backup() const { return {log, lastAcked, acks}; }
    void restore(const Backup &b)
    {
        log = b.log;
        lastAcked = b.lastAcked;
        acks = b.acks;
        epoch = QStringLiteral("epoch-%1").arg(++m_restores + 1);
    }

    QJsonObject handle(const QJsonObject &frame)
    {
        const QString t = frame.value(QLatin1String("t")).toString();
        if (t == QLatin1String("hello")) {
            const QString theirs = frame.value(QLatin1String("hub_epoch")).toString();
            const bool reset = (!theirs.isEmpty() && theirs != epoch) || frame.value(QLatin1String("cursor")).toDouble() > log.size();
            return {{"ok", true},
                    {"hub_epoch", epoch},
                    {"latest_hub_seq", double(log.size())},
                    {"last_acked_client_seq", double(lastAcked.value(frame.value(QLatin1String("workstation_id")).toString()))},
                    {"action", reset ? "reset_required" : "ok"}};
        }
        if (t == QLatin1String("push"))
            return push(frame.value(QLatin1String("mutations")).toArray());
        if (t == QLatin1String("pull")) {
            const qint64 since = qint64(frame.value(QLatin1String("since")).toDouble());
            const int limit = frame.value(QLatin1String("limit")).toInt();
            QJsonArray ops;
            qint64 to = since;
            for (qint64 i = since; i < log.size() && ops.size() < limit; ++i) {
                ops.append(log[i].toJson());
                to = i + 1;
            }
            return {{"ok", true},
                    {"from", double(since)},
                    {"to", double(to)},
                    {"has_more", to < log.size()},
                    {"latest_hub_seq", double(log.size())},
                    {"ops", ops}};
        }
        return error("bad_frame", "unknown frame");
    }

private:
    int m_restores = 0;

    static QJsonObject error(const char *code, const char *message)
    {
        return {{"ok", false}, {"error", QJsonObject{{"code", code}, {"message", message}}}};
    }

    QJsonObject push(const QJsonArray &mutations)
    {
        QJsonArray out;
        for (const QJsonValue &v : mutations) {
            auto op = sync::SyncOp::fromJson(v.toObject());
            if (!op)
                return error("bad_frame", "bad op");
            const auto key = qMakePair(op->workstationId, op->clientSeq);
            const qint64 last = lastAcked.value(op->workstationId);
            if (op->clientSeq <= last) {
                QJsonObject ack = acks.value(key);
                if (ack.value(QLatin1String("op_id")).toString() != op->opId)
                    return error("idempotency_mismatch", "another op under this client_seq");
                ack.insert(QStringLiteral("duplicate"), true);
                ++duplicates;
                out.append(ack);
                continue;
            }
            if (op->clientSeq != last + 1) {
                QJsonObject e = error("client_seq_gap", "gap");
                e.insert(QStringLiteral("expected_client_seq"), double(last + 1));
                return e;
            }
            QJsonObject ack{{"client_seq", double(op->clientSeq)}, {"op_id", op->opId}};
            if (op->name == QLatin1String("customer.merge") && noMerges.contains(op->workstationId)) {
                ack.insert(QStringLiteral("status"), QStringLiteral("rejected"));
                ack.insert(QStringLiteral("error"), QJsonObject{{"code", "AUTHZ"}, {"message", "只有经理可以合并客户"}});
            } else {
                op->hubSeq = log.size() + 1;
                op->result = {};
                log << *op;
                ack.insert(QStringLiteral("status"), QStringLiteral("applied"));
                ack.insert(QStringLiteral("hub_seq"), double(op->hubSeq));
            }
            lastAcked[op->workstationId] = op->clientSeq;
            acks.insert(key, ack);
            out.append(ack);
        }
        return {{"ok", true}, {"acks", out}, {"latest_hub_seq", double(log.size())}};
    }
};

// The network between one workstation and the hub: a request may be lost before the hub sees
// it, or its answer lost after the hub committed it (the lost-ack case), or it may arrive twice.
class FaultyTransport final : public sync::Transport {
public:
    FaultyTransport(FakeHub &hub, QRandomGenerator &rng)
        : m_hub(hub)
        , m_rng(rng)
    {}
    bool faults = true;

    Result<QJsonObject> call(const QJsonObject &frame) override
    {
        const int dice = faults ? int(m_rng.bounded(100)) : 99;
        if (dice < 8)
            return makeError(sync::kUnreachable, QStringLiteral("request lost"));
        QJsonObject reply = m_hub.handle(frame);
        if (dice < 16)
            return makeError(sync::kUnreachable, QStringLiteral("answer lost"));
        if (dice < 22)
            reply = m_hub.handle(frame); // delivered twice
        if (!reply.value(QLatin1String("ok")).toBool(true) && reply.contains(QLatin1String("error"))) {
            const QJsonObject e = reply.value(QLatin1String("error")).toObject();
            return makeError(e.value(QLatin1String("code")).toString(), e.value(QLatin1String("message")).toString());
        }
        return reply;
    }

private:
    FakeHub &m_hub;
    QRandomGenerator &m_rng;
};

} // namespace shoulou::test
