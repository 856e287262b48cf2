#pragma once

#include "util/hlc.h"
#include "util/result.h"
#include "util/uuid.h"

#include <QJsonObject>
#include <QString>

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

// The only write path (DESIGN.md §3). apply() runs a named mutation inside one transaction
// and appends its outbox row (contiguous client_seq, UUIDv7 op_id, HLC, user, workstation)
// in the same transaction: either both land or neither does.
class Applier final {
public:
    Applier(storage::Database &db, const Clock &clock, const security::OfficeKey *key, QString userId = {},
            const Registry *registry = nullptr);

    // One mutation, one transaction.
    Result<QJsonObject> apply(const QString &name, int version, const QJsonObject &args);

    // Many mutations in one transaction (imports): each one is all-or-nothing on its own
    // (a savepoint), and the batch is durable once commitBatch() returns.
    Result<void> beginBatch();
    Result<QJsonObject> applyInBatch(const QString &name, int version, const QJsonObject &args);
    Result<void> commitBatch();
    void rollbackBatch();

    const QString &workstationId() const { return m_workstationId; }
    storage::Database &database() const { return m_db; }

private:
    Result<QJsonObject> applyOne(const QString &name, int version, const QJsonObject &args);
    Result<void> loadState();

    storage::Database &m_db;
    const Clock &m_clock;
    const security::OfficeKey *m_key;
    QString m_userId;
    const Registry &m_registry;
    UuidV7 m_uuid;
    Hlc m_hlc;
    QString m_workstationId;
    qint64 m_nextSeq = 0; // valid only inside a transaction
    bool m_stateLoaded = false;
};

} // namespace shoulou::mutation
