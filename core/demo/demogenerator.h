#pragma once

#include "util/batchqueue.h"
#include "util/result.h"

#include <QString>

#include <functional>

namespace shoulou {
class Clock;
namespace security {
class OfficeKey;
}
namespace mutation {
class Applier;
}
} // namespace shoulou

namespace shoulou::storage {
class BackgroundCheckpointer;
}

namespace shoulou::demo {

struct DemoCustomer;

struct DemoOptions final {
    qint64 customers = 1000; // distinct persons
    quint32 seed = 1;
    double repeatShare = 0.30; // persons who reach the office through more than one lead
    std::function<void(qint64 done, qint64 total)> progress;
};

struct DemoSummary final {
    qint64 customers = 0, leads = 0, followUps = 0, units = 0, consultants = 0;
    qint64 elapsedMs = 0;
};

// Fills an empty office database with a realistic office: two projects with buildings, layouts
// and units; consultants; channels; customers whose leads arrive over six months from Douyin,
// Xiaohongshu, Anjuke, the mini-program, agencies, walk-ins and referrals, ~30 % of them more
// than once (same phone, same resident id or same platform id), a few with a mistyped phone
// (soft matches for the review queue); follow-ups by their consultants. Everything is written
// through the mutation path, like real input.
class DemoGenerator final {
public:
    DemoGenerator(mutation::Applier &applier, const security::OfficeKey &key, const Clock &clock);
    Result<DemoSummary> run(const DemoOptions &options);

private:
    // One planned customer's mutations, inside the open batch.
    Result<void> applyCustomer(const DemoCustomer &customer, qint64 index, DemoSummary &summary);
    Result<void> writeCustomers(BatchQueue<DemoCustomer> &queue, const DemoOptions &options, DemoSummary &summary,
                                storage::BackgroundCheckpointer &checkpointer);

    mutation::Applier &m_applier;
    const security::OfficeKey &m_key;
    const Clock &m_clock;
};

} // namespace shoulou::demo
