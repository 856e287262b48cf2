#include "outboxcompactor.h"

#include "storage/database.h"
#include "sync/syncstate.h"
#include "util/clock.h"
#include "util/logging.h"

#include <sqlite3.h>

namespace shoulou::sync {

namespace {

constexpr qint64 kDayMs = 86'400'000;
const QString kKeepDays = QStringLiteral("sync.outbox_keep_days");
const QString kCompactedAt = QStringLiteral("sync.compacted_at");

} // namespace

OutboxCompactor::OutboxCompactor(storage::Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<qint64> OutboxCompactor::compact(int keepDays)
{
    if (!SyncState::load(m_db).enrolled)
        return 0;
    if (keepDays < 0) {
        bool ok = false;
        keepDays = m_db.meta(kKeepDays).toInt(&ok);
        if (!ok || keepDays < 0)
            keepDays = kDefaultKeepDays;
    }
    const qint64 now = m_clock.nowMs();
    if (auto r = m_db.begin(); !r)
        return r.error();
    auto &st = m_db.prepare("DELETE FROM outbox WHERE (state = 'acked' OR state = 'rejected') AND undo IS NULL "
                            "AND created_at < ?1 AND client_seq < (SELECT max(client_seq) FROM outbox)");
    st.bind(1, now - qint64(keepDays) * kDayMs);
    if (!st.exec()) {
        const QString why = st.lastError();
        m_db.rollback();
        return makeError(QStringLiteral("storage.sql"), why);
    }
    const qint64 dropped = sqlite3_changes64(m_db.handle());
    if (auto r = m_db.setMeta(kCompactedAt, QString::number(now)); !r) {
        m_db.rollback();
        return r.error();
    }
    if (auto r = m_db.commit(); !r)
        return r.error();
    if (dropped > 0)
        qCInfo(lcSync) << "outbox compacted:" << dropped << "rows the hub holds dropped";
    return dropped;
}

Result<qint64> OutboxCompactor::compactIfDue()
{
    const qint64 last = m_db.meta(kCompactedAt).toLongLong();
    if (last > 0 && m_clock.nowMs() - last < kDayMs)
        return 0;
    return compact();
}

} // namespace shoulou::sync
