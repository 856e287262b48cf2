#pragma once

#include "util/result.h"

#include <QList>
#include <QString>

namespace shoulou::storage {
class Database;
}

namespace shoulou::customer {

// One merge: `mergedId` became a redirect to `survivorId`. unmergedAt = 0 while it stands.
struct MergeRecord final {
    QString id;
    QString survivorId, survivorName;
    QString mergedId, mergedName; // the merged record keeps its own name
    // The first phone each record itself came with ("138****5678", or ""): merged customers
    // often share a name, and the phone tells them apart.
    QString survivorPhone, mergedPhone;
    QString reason; // phone, resident_id, device, manual, review
    qint64 mergedAt = 0;
    qint64 unmergedAt = 0;
    QString mergedBy, unmergedBy; // who did it (a user's name); "" before this was recorded
    // What an unmerge takes back out of the survivor (the merged record and what was merged
    // into it); 0 once undone.
    int movedPhones = 0, movedTouches = 0, movedFollowUps = 0;

    bool undone() const { return unmergedAt != 0; }
};

// The merge log, newest first — what a person scans to find a wrong merge and undo it
// (customer.unmerge with the merged record's id).
class MergeHistory final {
public:
    explicit MergeHistory(storage::Database &db)
        : m_db(db)
    {}

    // A failed statement is an error, never an empty history.
    Result<qint64> count();
    Result<QList<MergeRecord>> recent(int limit);

private:
    Result<QString> ownPhone(const QString &customerId);
    Result<void> countMoves(MergeRecord &record);

    storage::Database &m_db;
};

} // namespace shoulou::customer
