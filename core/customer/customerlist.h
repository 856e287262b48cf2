#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace shoulou::storage {
class Database;
class Statement;
} // namespace shoulou::storage

namespace shoulou::customer {

// What the customer list can be narrowed to. Empty text means "any".
struct ListFilter final {
    static inline const QString kUnowned = QStringLiteral("-"); // ownerId: customers nobody owns
    QString ownerId;
    QString status;
    QString grade;
    QString channelId;        // first channel
    bool overdueOnly = false; // next follow-up before nowMs
    qint64 nowMs = 0;

    bool operator==(const ListFilter &) const = default;
};

enum class ListColumn { Name, Phone, Grade, Status, Owner, FirstChannel, LastFollowUp, NextFollowUp, Registered };

struct ListSort final {
    ListColumn column = ListColumn::Registered; // newest first by default
    bool descending = true;
};

// One live customer as the list shows it. Owner and channel stay ids: the desk maps the few
// distinct ones to names, which keeps a million loaded rows small.
struct ListRow final {
    QString id;
    QString name;
    QString maskedPhone;
    QString grade;
    QString status;
    QString ownerId;
    QString firstChannelId;
    qint64 lastFollowUpAt = 0; // 0: none
    qint64 nextFollowUpAt = 0;
    qint64 createdAt = 0;
};

// Where the previous page ended. Default-constructed = the first page.
struct ListCursor final {
    int segment = 0;
    QVariant value; // the sort value of the last row (range segments)
    QString id;     // the id of the last row; empty at the start of a segment
    bool done = false;
    int plan = 0; // range segments under a filter: 0 undecided, 1 walk the sort index, 2 filter first
    // Walk the list from its last row towards its first (a reverse keyset): set it on a fresh
    // cursor to show the end of the list (Ctrl+End) without reading everything before it.
    bool reverse = false;
};

// Keyset paging over all live customers (DESIGN.md §3: views page by keyset, never OFFSET).
// A sort is a sequence of segments, each read through one index:
//  - columns with few values (grade, status, owner, channel) run one segment per value in the
//    order a person expects (A→D, new→contracted, owners and channels by name), then "none";
//  - other columns are one range over (column, id), then the customers without a value.
// Every page costs an index range scan, wherever in the million rows it starts.
class CustomerList final {
public:
    explicit CustomerList(storage::Database &db);
    ~CustomerList();

    // Up to `limit` rows after `cursor`, which is advanced; cursor.done when nothing is left.
    QList<ListRow> page(const ListFilter &filter, const ListSort &sort, ListCursor &cursor, int limit);
    qint64 count(const ListFilter &filter);
    // The rows of these customers (redirects followed), in this order, filtered.
    QList<ListRow> rows(const QStringList &customerIds, const ListFilter &filter);
    // The rows of those of these customers that are live (merged ones are left out), with no
    // filter and no redirect: what a change set's customers look like now.
    QList<ListRow> liveRows(const QStringList &customerIds);
    static bool matches(const ListRow &row, const ListFilter &filter);

    // The desk's Today: follow-ups due before `beforeMs` (overdue first), and customers that
    // became `ownerId`'s since `sinceMs` (newest first). An empty ownerId means the whole office.
    QList<ListRow> dueFollowUps(const QString &ownerId, qint64 beforeMs, int limit);
    QList<ListRow> recentlyAssigned(const QString &ownerId, qint64 sinceMs, int limit);
    // How many follow-ups are due before `beforeMs` in all (the lists above stop at `limit`).
    qint64 countDue(const QString &ownerId, qint64 beforeMs);

    // Prepared statements kept by this list (tests: the cache must not grow with page sizes).
    int cachedStatements() const { return int(m_statements.size()); }

private:
    struct Segment {
        QString column;     // SQL column
        bool range = false; // true: ORDER BY column; false: column = value (or IS NULL)
        QVariant value;     // equality segments; null QVariant = IS NULL
    };
    QList<Segment> segments(const ListSort &sort);
    QList<ListRow> readSegment(const Segment &seg, const ListFilter &filter, bool descending, ListCursor &cursor, int limit);
    storage::Statement &statement(const QByteArray &sql);
    int choosePlan(const Segment &seg, const ListFilter &filter);
    QList<ListRow> ownedRows(const QByteArray &where, const QByteArray &order, qint64 at, const QString &ownerId, int limit);

    storage::Database &m_db;
    QHash<QByteArray, std::shared_ptr<storage::Statement>> m_statements;
};

} // namespace shoulou::customer
