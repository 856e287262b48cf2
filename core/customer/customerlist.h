#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include "storage/statementcache.h"
#include "util/result.h"

#include <memory>
#include <optional>

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
// A read that fails (a prepare or a step) is an error naming the failure, never an empty list
// (storage::readError logs the SQL text, not the bound values).
class CustomerList final {
public:
    explicit CustomerList(storage::Database &db);
    ~CustomerList();

    // Up to `limit` rows after `cursor`, which is advanced; cursor.done when nothing is left.
    Result<QList<ListRow>> page(const ListFilter &filter, const ListSort &sort, ListCursor &cursor, int limit);
    Result<qint64> count(const ListFilter &filter);
    // The rows of these customers (redirects followed), in this order, filtered.
    Result<QList<ListRow>> rows(const QStringList &customerIds, const ListFilter &filter);
    // The rows of those of these customers that are live (merged ones are left out), with no
    // filter and no redirect: what a change set's customers look like now.
    Result<QList<ListRow>> liveRows(const QStringList &customerIds);
    static bool matches(const ListRow &row, const ListFilter &filter);
    // The id of the row just before live customer `id` in the list's order under `filter`
    // ("" when it comes first, or when it is not in the office): where a new customer goes
    // among the rows already shown.
    Result<QString> previousId(const ListFilter &filter, const ListSort &sort, const QString &id);

    // Prepared statements kept by this list (tests: the cache must not grow with page sizes).
    int cachedStatements() const { return m_statements.size(); }

private:
    struct Segment {
        QString column;     // SQL column
        bool range = false; // true: ORDER BY column; false: column = value (or IS NULL)
        QVariant value;     // equality segments; null QVariant = IS NULL
    };
    std::optional<Error> segments(const ListSort &sort, QList<Segment> &out);
    // Appends up to `limit` rows to `out`; returns how many it appended, or the failure.
    Result<int> readSegment(const Segment &seg, const ListFilter &filter, bool descending, ListCursor &cursor, int limit,
                            QList<ListRow> &out);
    Result<int> choosePlan(const Segment &seg, const ListFilter &filter);
    storage::Database &m_db;
    storage::StatementCache m_statements;
};

} // namespace shoulou::customer
