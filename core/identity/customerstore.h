#pragma once

#include "identity/leadinput.h"
#include "util/result.h"

#include <QString>
#include <QStringList>

namespace shoulou::storage {
class Database;
}

namespace shoulou::identity {

// The SQL of identity resolution, in one place. Used only from inside mutation handlers.
class CustomerStore final {
public:
    explicit CustomerStore(storage::Database &db)
        : m_db(db)
    {}

    // Live root of the customer owning a key, or empty.
    QString rootOfPhone(const QString &matchKey);
    QString rootOfResidentId(const QByteArray &blindIndex);
    QString rootOfDevice(const QString &matchKey);
    QString rootOf(const QString &customerId);
    QString customerOfLead(const QByteArray &dedupKey);

    // Blind indexes of every resident id in a root's tree.
    QList<QByteArray> residentIdsOfTree(const QString &rootId);
    QString rankOf(const QString &rootId); // seniority of the customer (its first touch)
    bool separated(const QString &rootA, const QString &rootB);

    Result<void> insertCustomer(const QString &id, const LeadInput &lead, qint64 now);
    Result<void> addPhone(const QString &customerId, const LeadPhone &phone, const QString &nameKey, qint64 now);
    Result<void> addResidentId(const QString &customerId, const LeadResidentId &rid, qint64 now);
    Result<void> addDevice(const QString &customerId, const LeadDevice &device, qint64 now);
    // The lead as a touch of its customer, with its payload and dedup key.
    Result<void> insertLeadTouch(const QString &id, const QString &customerId, const LeadInput &lead, qint64 now);
    // Lowers the customer's first-seen to the lead's when the lead is older, and takes the
    // lead's name when the lead is more senior than where the current name came from.
    Result<void> absorbSeniority(const QString &customerId, const LeadInput &lead, qint64 now);

    Result<void> addReview(const QString &id, const QString &kind, const QString &a, const QString &b, const QString &detail, qint64 now);
    // Phones of other live customers with the same name key and exactly one digit different.
    QStringList softMatches(const QString &customerId, const LeadPhone &phone, const QString &nameKey);

    Result<void> fail(const char *what) const;

private:
    storage::Database &m_db;
};

} // namespace shoulou::identity
