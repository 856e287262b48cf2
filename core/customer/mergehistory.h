#pragma once

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

    bool undone() const { return unmergedAt != 0; }
};

// The merge log, newest first — what a person scans to find a wrong merge and undo it
// (customer.unmerge with the merged record's id).
class MergeHistory final {
public:
    explicit MergeHistory(storage::Database &db)
        : m_db(db)
    {}

    qint64 count();
    QList<MergeRecord> recent(int limit);

private:
    QString ownPhone(const QString &customerId);

    storage::Database &m_db;
};

} // namespace shoulou::customer
