#include "sqlitearbitrationstore.h"

#include "storage/database.h"
#include "storage/readerror.h"

namespace shoulou::hub {

namespace {

#define ARBITRATION_COLUMNS                                                                                                                \
    "office_id, key, state, expires_at, round, holder_op_id, holder_user_id, holder_workstation_id, holder_hub_seq, changed_at"

ArbitrationRecord recordFrom(const storage::Statement &st)
{
    ArbitrationRecord r;
    r.officeId = st.text(0);
    r.key = st.text(1);
    r.state = arbitrationStateFromCode(st.text(2)).value_or(ArbitrationRecord::State::Taken);
    r.expiresAt = st.int64(3);
    r.round = int(st.int64(4));
    r.holderOpId = st.text(5);
    r.holderUserId = st.text(6);
    r.holderWorkstationId = st.text(7);
    r.holderHubSeq = st.int64(8);
    r.changedAt = st.int64(9);
    return r;
}

} // namespace

Result<std::optional<ArbitrationRecord>> SqliteArbitrationStore::find(const QString &officeId, const QString &key)
{
    static const char *sql = "SELECT " ARBITRATION_COLUMNS " FROM hub_arbitration WHERE office_id = ?1 AND key = ?2";
    auto &st = m_db.prepare(sql);
    st.bind(1, officeId).bind(2, key);
    std::optional<ArbitrationRecord> out;
    if (st.step())
        out = recordFrom(st);
    if (auto err = storage::readError(st, sql))
        return *err;
    st.reset();
    return out;
}

Result<void> SqliteArbitrationStore::put(const ArbitrationRecord &r)
{
    auto &st = m_db.prepare("INSERT INTO hub_arbitration(" ARBITRATION_COLUMNS ") VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) "
                            "ON CONFLICT(office_id, key) DO UPDATE SET state = excluded.state, expires_at = excluded.expires_at, "
                            "round = excluded.round, holder_op_id = excluded.holder_op_id, holder_user_id = excluded.holder_user_id, "
                            "holder_workstation_id = excluded.holder_workstation_id, holder_hub_seq = excluded.holder_hub_seq, "
                            "changed_at = excluded.changed_at");
    st.bind(1, r.officeId)
        .bind(2, r.key)
        .bind(3, toCode(r.state))
        .bind(4, r.expiresAt)
        .bind(5, qint64(r.round))
        .bindOptional(6, r.holderOpId)
        .bindOptional(7, r.holderUserId)
        .bindOptional(8, r.holderWorkstationId)
        .bind(9, r.holderHubSeq)
        .bind(10, r.changedAt);
    if (!st.exec())
        return makeError(QStringLiteral("hub.storage"), st.lastError());
    return {};
}

Result<QList<ArbitrationRecord>> SqliteArbitrationStore::overdue(const QString &officeId, qint64 nowMs)
{
    static const char *sql = "SELECT " ARBITRATION_COLUMNS " FROM hub_arbitration "
                             "WHERE office_id = ?1 AND state = 'open' AND expires_at <= ?2 ORDER BY expires_at, key";
    auto &st = m_db.prepare(sql);
    st.bind(1, officeId).bind(2, nowMs);
    QList<ArbitrationRecord> out;
    while (st.step())
        out.append(recordFrom(st));
    if (auto err = storage::readError(st, sql))
        return *err;
    st.reset();
    return out;
}

} // namespace shoulou::hub
