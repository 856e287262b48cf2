#pragma once

#include "identity/leadinput.h"

#include <QString>
#include <QStringList>

namespace shoulou::storage {
class Database;
}

namespace shoulou::identity {

// The reads of identity resolution: which customer a key, a lead or a redirect leads to.
// Anyone may use them (the resolver, the review queue, the importer); the writes are
// CustomerWrites', reachable only from mutation handlers.
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

    // Phones of other live customers with the same name key and exactly one digit different.
    QStringList softMatches(const QString &customerId, const LeadPhone &phone, const QString &nameKey);

private:
    storage::Database &m_db;
};

} // namespace shoulou::identity
