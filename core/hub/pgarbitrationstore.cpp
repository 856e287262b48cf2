#include "pgarbitrationstore.h"

#include "hub/pgconnection.h"

namespace shoulou::hub {

namespace {

using P = PgConnection;

#define ARBITRATION_COLUMNS                                                                                                                \
    "office_id, key, state, expires_at, round, holder_op_id, holder_user_id, holder_workstation_id, holder_hub_seq, changed_at"

ArbitrationRecord recordFrom(const P::Rows &rows, int i)
{
    ArbitrationRecord r;
    r.officeId = rows.text(i, 0);
    r.key = rows.text(i, 1);
    r.state = arbitrationStateFromCode(rows.text(i, 2)).value_or(ArbitrationRecord::State::Taken);
    r.expiresAt = rows.int64(i, 3);
    r.round = int(rows.int64(i, 4));
    r.holderOpId = rows.text(i, 5);
    r.holderUserId = rows.text(i, 6);
    r.holderWorkstationId = rows.text(i, 7);
    r.holderHubSeq = rows.int64(i, 8);
    r.changedAt = rows.int64(i, 9);
    return r;
}

} // namespace

Result<std::optional<ArbitrationRecord>> PgArbitrationStore::find(const QString &officeId, const QString &key)
{
    auto rows = m_pg.exec("SELECT " ARBITRATION_COLUMNS " FROM hub_arbitration WHERE office_id = $1 AND key = $2",
                          {P::text(officeId), P::text(key)});
    if (!rows)
        return rows.error();
    if (rows->size() == 0)
        return std::optional<ArbitrationRecord>();
    return std::optional<ArbitrationRecord>(recordFrom(*rows, 0));
}

Result<void> PgArbitrationStore::put(const ArbitrationRecord &r)
{
    return m_pg.run("INSERT INTO hub_arbitration(" ARBITRATION_COLUMNS ") VALUES($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) "
                    "ON CONFLICT(office_id, key) DO UPDATE SET state = excluded.state, expires_at = excluded.expires_at, "
                    "round = excluded.round, holder_op_id = excluded.holder_op_id, holder_user_id = excluded.holder_user_id, "
                    "holder_workstation_id = excluded.holder_workstation_id, holder_hub_seq = excluded.holder_hub_seq, "
                    "changed_at = excluded.changed_at",
                    {P::text(r.officeId), P::text(r.key), P::text(toCode(r.state)), P::number(r.expiresAt), P::number(r.round),
                     P::optionalText(r.holderOpId), P::optionalText(r.holderUserId), P::optionalText(r.holderWorkstationId),
                     P::number(r.holderHubSeq), P::number(r.changedAt)});
}

Result<QList<ArbitrationRecord>> PgArbitrationStore::overdue(const QString &officeId, qint64 nowMs)
{
    auto rows = m_pg.exec("SELECT " ARBITRATION_COLUMNS " FROM hub_arbitration "
                          "WHERE office_id = $1 AND state = 'open' AND expires_at <= $2 ORDER BY expires_at, key",
                          {P::text(officeId), P::number(nowMs)});
    if (!rows)
        return rows.error();
    QList<ArbitrationRecord> out;
    for (int i = 0; i < rows->size(); ++i)
        out.append(recordFrom(*rows, i));
    return out;
}

Result<std::optional<qint64>> PgArbitrationStore::databaseNowMs()
{
    // clock_timestamp(), not now(): now() is the transaction's start, and a push transaction can
    // wait for the office lock longer than a grab-pool offer lives.
    auto rows = m_pg.exec("SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint");
    if (!rows)
        return rows.error();
    return std::optional<qint64>(rows->int64(0, 0));
}

} // namespace shoulou::hub
