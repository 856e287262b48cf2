#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace shoulou::mutation {

// What one committed transaction changed: for every row written, its table, its id (the
// primary key; columns of a composite key joined by '|') and whether it was inserted, updated
// or deleted, plus the customer the row belongs to (the customer's own id for the customer
// table, `customer_id` for the tables that have one). Views update just the rows it names.
// Bulk writers (import, demo) publish `everything()` instead: a coarse "many rows changed".
class ChangeSet final {
public:
    enum class Op { Inserted, Updated, Deleted };
    struct Change {
        QString table;
        QString id;
        Op op = Op::Updated;
        QString customerId; // empty for rows that belong to no customer

        bool operator==(const Change &) const = default;
    };

    static ChangeSet everything();

    // True for a coarse set: anything may have changed, reload what is shown.
    bool isEverything() const { return m_everything; }
    bool isEmpty() const { return !m_everything && m_changes.isEmpty(); }
    const QList<Change> &changes() const { return m_changes; }
    // Adds a row change, merging it with an earlier change of the same row (an insert then an
    // update is an insert; an insert then a delete is nothing).
    void add(const QString &table, const QString &id, Op op, const QString &customerId = {});

    // Whether rows of `table` changed (always true for everything()).
    bool touches(const QString &table) const;
    // The ids of `table`'s rows changed by `op`.
    QStringList ids(const QString &table, Op op) const;
    // Customers whose row or whose dependent rows (phones, follow-ups, touches…) changed.
    QSet<QString> customerIds() const;

private:
    bool m_everything = false;
    QList<Change> m_changes;
    QHash<QString, qsizetype> m_index; // table + '\x1f' + id → position in m_changes
};

} // namespace shoulou::mutation
