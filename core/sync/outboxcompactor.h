#pragma once

#include "util/result.h"

#include <QtGlobal>

namespace shoulou {
class Clock;
namespace storage {
class Database;
}
} // namespace shoulou

namespace shoulou::sync {

// Drops the outbox rows of an enrolled workstation that the hub's log holds for good: acked
// (or refused) at their place, no undo kept, older than the retention (meta
// sync.outbox_keep_days, 30 by default: what a person looking into "what did this desk send"
// needs). The office is the hub's log applied in order, so nothing else depends on them; a
// lead.ingest's sealed payload then lives only in its touch. The newest row always stays: the
// write path resumes client_seq and the clock from it. A standalone office keeps its whole
// outbox: it is the history it would bring to a hub at enrolment.
class OutboxCompactor final {
public:
    OutboxCompactor(storage::Database &db, const Clock &clock);

    // Rows dropped; `keepDays` < 0 reads the setting. Nothing on a standalone office.
    Result<qint64> compact(int keepDays = -1);
    // compact() at most once a day (meta sync.compacted_at): what the sync loop calls.
    Result<qint64> compactIfDue();

    static constexpr int kDefaultKeepDays = 30;

private:
    storage::Database &m_db;
    const Clock &m_clock;
};

} // namespace shoulou::sync
