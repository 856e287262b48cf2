#pragma once

#include "util/result.h"

#include <QJsonObject>
#include <QString>

namespace shoulou::sync {

// One mutation as it travels between a workstation and the hub (the wire form of an outbox
// row, and of a hub log entry once it has a hub_seq). The sequence numbers and times are JSON
// numbers (below 2^53); the HLC is 64 bits (milliseconds << 16) and travels as decimal text.
struct SyncOp final {
    qint64 hubSeq = 0; // 0: not in the hub's log (yet)
    QString opId;
    QString workstationId;
    qint64 clientSeq = 0;
    QString name;
    int version = 0;
    QJsonObject args;
    quint64 hlc = 0;
    QString userId;
    qint64 createdAtMs = 0;
    QJsonObject result; // the local outcome (push only)

    QJsonObject toJson() const;
    // Strict: every field of the wire form present and of its type, else an error naming it.
    static Result<SyncOp> fromJson(const QJsonObject &json);
};

} // namespace shoulou::sync
