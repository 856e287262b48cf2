#pragma once

#include <QString>
#include <QtGlobal>

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

// What a mutation handler may use. Handlers read and write only through `db`, inside the
// transaction the Applier opened, and take time and ids from here — never from the system —
// so the same mutation replayed elsewhere (the hub) produces the same rows.
class Context final {
public:
    Context(storage::Database &db, const security::OfficeKey *key, QString opId, quint64 hlc, qint64 nowMs, QString userId)
        : m_db(db)
        , m_key(key)
        , m_opId(std::move(opId))
        , m_hlc(hlc)
        , m_nowMs(nowMs)
        , m_userId(std::move(userId))
    {}

    storage::Database &db() const { return m_db; }
    const security::OfficeKey *officeKey() const { return m_key; }
    const QString &opId() const { return m_opId; }
    quint64 hlc() const { return m_hlc; }
    qint64 nowMs() const { return m_nowMs; }
    const QString &userId() const { return m_userId; }

    // A UUIDv7 derived from op_id and a counter: deterministic for replays, unique per row.
    QString newId();
    // What the n-th newId() (from 1) of the op `opId` returns: the hub knows the id a replayed
    // user.create gives without running the handler.
    static QString derivedId(const QString &opId, quint32 n);

private:
    static quint64 seedOf(const QString &opId);
    static QString idFrom(const QString &opId, quint64 seed, quint32 n);

    storage::Database &m_db;
    const security::OfficeKey *m_key;
    QString m_opId;
    quint64 m_hlc;
    qint64 m_nowMs;
    QString m_userId;
    quint32 m_counter = 0;
    quint64 m_seed = 0; // BLAKE2b of op_id, computed on first use
};

} // namespace shoulou::mutation
