#include "customerlist.h"

#include "customer/customerstatus.h"
#include "customer/grade.h"
#include "customer/listrowreader.h"
#include "storage/database.h"
#include "storage/readerror.h"
#include "storage/statement.h"

namespace shoulou::customer {

namespace {

// The order a sales office reads statuses in: the funnel, then the way out.
// Both from the code tables (their order is the funnel's).
const QStringList kStatusOrder = allCodes<CustomerStatus>();
const QStringList kGradeOrder = allCodes<Grade>();

struct Where {
    QByteArray sql;
    QVariantList args;
    void add(const QByteArray &condition) { sql += " AND " + condition; }
    QByteArray param(const QVariant &v)
    {
        args << v;
        return "?" + QByteArray::number(args.size());
    }
};

bool hasFilter(const ListFilter &f)
{
    return !f.ownerId.isEmpty() || !f.status.isEmpty() || !f.grade.isEmpty() || !f.channelId.isEmpty() || f.overdueOnly;
}

// `unindexed`: prefix each term with unary +, which keeps SQLite from using the filter's own
// index, so it walks the sort column's index instead (see choosePlan).
void filterClauses(const ListFilter &f, Where &w, bool unindexed = false)
{
    const QByteArray c = unindexed ? "+c." : "c.";
    if (f.ownerId == ListFilter::kUnowned)
        w.add(c + "owner_id IS NULL");
    else if (!f.ownerId.isEmpty())
        w.add(c + "owner_id = " + w.param(f.ownerId));
    if (!f.status.isEmpty())
        w.add(c + "status = " + w.param(f.status));
    if (!f.grade.isEmpty())
        w.add(c + "grade = " + w.param(f.grade));
    if (!f.channelId.isEmpty())
        w.add(c + "first_channel_id = " + w.param(f.channelId));
    if (f.overdueOnly)
        w.add(c + "next_follow_up_at < " + w.param(f.nowMs));
}

const char *sortIndex(const QString &column)
{
    if (column == QLatin1String("pinyin"))
        return "customer_pinyin";
    if (column == QLatin1String("last_follow_up_at"))
        return "customer_list_last";
    return "customer_list_next";
}

void bindAll(storage::Statement &st, const QVariantList &args)
{
    for (int i = 0; i < args.size(); ++i) {
        const QVariant &v = args.at(i);
        if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
            st.bind(i + 1, v.toLongLong());
        else
            st.bind(i + 1, v.toString());
    }
}

} // namespace

bool CustomerList::matches(const ListRow &r, const ListFilter &f)
{
    if (f.ownerId == ListFilter::kUnowned ? !r.ownerId.isEmpty() : (!f.ownerId.isEmpty() && r.ownerId != f.ownerId))
        return false;
    if (!f.status.isEmpty() && r.status != f.status)
        return false;
    if (!f.grade.isEmpty() && r.grade != f.grade)
        return false;
    if (!f.channelId.isEmpty() && r.firstChannelId != f.channelId)
        return false;
    return !f.overdueOnly || (r.nextFollowUpAt != 0 && r.nextFollowUpAt < f.nowMs);
}

CustomerList::CustomerList(storage::Database &db)
    : m_db(db)
    , m_statements(db.handle())
{}
CustomerList::~CustomerList() = default;

std::optional<Error> CustomerList::segments(const ListSort &sort, QList<Segment> &out)
{
    std::optional<Error> error;
    auto values = [&](const QString &column, const QVariantList &ordered) {
        QVariantList v = ordered;
        if (sort.descending)
            std::reverse(v.begin(), v.end());
        for (const QVariant &x : v)
            out << Segment{column, false, x};
        out << Segment{column, false, QVariant()}; // no value: always last
    };
    auto fromQuery = [&](const char *sql) {
        QVariantList v;
        auto &st = m_db.prepare(sql);
        while (st.step())
            v << st.text(0);
        error = storage::readError(st, sql);
        st.reset();
        return v;
    };
    switch (sort.column) {
    case ListColumn::Grade:
        values(QStringLiteral("grade"), QVariantList(kGradeOrder.begin(), kGradeOrder.end()));
        break;
    case ListColumn::Status: {
        QVariantList v(kStatusOrder.begin(), kStatusOrder.end());
        if (sort.descending)
            std::reverse(v.begin(), v.end());
        for (const QVariant &x : v)
            out << Segment{QStringLiteral("status"), false, x};
        break;
    }
    case ListColumn::Owner:
        values(QStringLiteral("owner_id"), fromQuery("SELECT id FROM app_user ORDER BY display_name, id"));
        break;
    case ListColumn::FirstChannel:
        values(QStringLiteral("first_channel_id"), fromQuery("SELECT id FROM channel ORDER BY created_at, id"));
        break;
    case ListColumn::Name:
        out << Segment{QStringLiteral("pinyin"), true, {}};
        break;
    case ListColumn::LastFollowUp:
        out << Segment{QStringLiteral("last_follow_up_at"), true, {}};
        out << Segment{QStringLiteral("last_follow_up_at"), false, QVariant()};
        break;
    case ListColumn::NextFollowUp:
        out << Segment{QStringLiteral("next_follow_up_at"), true, {}};
        out << Segment{QStringLiteral("next_follow_up_at"), false, QVariant()};
        break;
    case ListColumn::Phone: // masked phones sort meaninglessly; registration order instead
    case ListColumn::Registered:
        out << Segment{QStringLiteral("id"), false, QStringLiteral("*")};
        break;
    }
    return error;
}

Result<int> CustomerList::readSegment(const Segment &seg, const ListFilter &filter, bool descending, ListCursor &cursor, int limit,
                                      QList<ListRow> &rows)
{
    // A range segment under a filter: walk the sort index and test each row (good when many
    // rows match), or take the filter's rows and sort them (good when few do). Decided once
    // per listing by a probe, remembered in the cursor.
    if (seg.range && hasFilter(filter) && cursor.plan == 0) {
        auto plan = choosePlan(seg, filter);
        if (!plan)
            return plan.error();
        cursor.plan = *plan;
    }
    Where w;
    w.sql = "WHERE c.merged_into IS NULL";
    filterClauses(filter, w, seg.range && cursor.plan == 1);
    const QByteArray col = "c." + seg.column.toLatin1();
    const QByteArray cmp = descending ? "<" : ">";
    const QByteArray dir = descending ? " DESC" : "";
    QByteArray order;
    const bool wholeTable = seg.value.toString() == QLatin1String("*");
    if (seg.range) {
        w.add(col + " IS NOT NULL");
        if (!cursor.id.isEmpty()) {
            const QByteArray v = w.param(cursor.value);
            const QByteArray i = w.param(cursor.id);
            w.add("(" + col + ", c.id) " + cmp + " (" + v + ", " + i + ")");
        }
        order = " ORDER BY " + col + dir + ", c.id" + dir;
    } else {
        if (!wholeTable)
            w.add(seg.value.isNull() ? col + " IS NULL" : col + " = " + w.param(seg.value));
        if (!cursor.id.isEmpty())
            w.add("c.id " + cmp + " " + w.param(cursor.id));
        order = " ORDER BY c.id" + dir;
    }
    // The limit is a parameter, not text: the statement cache is keyed by the SQL, and a
    // literal limit made one cached statement per page size (100 first, 1 000 after, the
    // remainder of a page continuing in the next segment…).
    const QByteArray sql = QByteArray(kListRowSelect) + w.sql + order + " LIMIT " + w.param(qint64(limit));
    auto &st = m_statements.get(sql);
    bindAll(st, w.args);
    const qsizetype before = rows.size();
    QVariant lastValue;
    while (st.step()) {
        rows << readListRow(st);
        if (seg.range)
            lastValue = seg.column == QLatin1String("pinyin")
                            ? QVariant(st.text(10))
                            : QVariant(st.int64(seg.column == QLatin1String("last_follow_up_at") ? 7 : 8));
    }
    auto error = storage::readError(st, sql.constData());
    st.reset();
    if (error)
        return *error;
    const int got = int(rows.size() - before);
    if (got > 0) {
        cursor.id = rows.last().id;
        cursor.value = lastValue;
    }
    return got;
}

Result<int> CustomerList::choosePlan(const Segment &seg, const ListFilter &filter)
{
    // What share of the first kProbe rows in sort order pass the filter? At 2 % or more, a page
    // of 1 000 costs at most ~50 000 index steps; below, the filtered set is small enough to sort.
    constexpr int kProbe = 2000;
    Where w;
    w.sql = "c.merged_into IS NULL";
    filterClauses(filter, w);
    const QByteArray col = seg.column.toLatin1();
    const QByteArray sql = "SELECT count(*), coalesce(sum(" + w.sql +
                           "), 0) FROM (SELECT owner_id, status, grade, "
                           "first_channel_id, next_follow_up_at, merged_into FROM customer INDEXED BY " +
                           QByteArray(sortIndex(seg.column)) + " WHERE merged_into IS NULL AND " + col + " IS NOT NULL ORDER BY " + col +
                           " LIMIT " + QByteArray::number(kProbe) + ") c";
    auto &st = m_statements.get(sql);
    bindAll(st, w.args);
    qint64 probed = 0, matching = 0;
    if (st.step()) {
        probed = st.int64(0);
        matching = st.int64(1);
    }
    auto error = storage::readError(st, sql.constData());
    st.reset();
    if (error)
        return *error;
    return matching * 50 >= probed && matching > 0 ? 1 : 2;
}

Result<QList<ListRow>> CustomerList::page(const ListFilter &filter, const ListSort &sort, ListCursor &cursor, int limit)
{
    QList<ListRow> out;
    QList<Segment> segs;
    if (auto error = segments(sort, segs))
        return *error;
    // Backwards: the segments in the opposite order, each read in the opposite direction.
    if (cursor.reverse)
        std::reverse(segs.begin(), segs.end());
    const bool descending = sort.descending != cursor.reverse;
    while (!cursor.done && out.size() < limit) {
        if (cursor.segment >= segs.size()) {
            cursor.done = true;
            break;
        }
        const int want = limit - out.size();
        auto got = readSegment(segs[cursor.segment], filter, descending, cursor, want, out);
        if (!got)
            return got.error();
        if (*got < want) { // this segment is exhausted: the next one starts from its beginning
            ++cursor.segment;
            cursor.id.clear();
            cursor.value.clear();
            cursor.plan = 0;
        }
    }
    return out;
}

Result<qint64> CustomerList::count(const ListFilter &filter)
{
    Where w;
    w.sql = "WHERE c.merged_into IS NULL";
    filterClauses(filter, w);
    const QByteArray sql = "SELECT count(*) FROM customer c " + w.sql;
    auto &st = m_statements.get(sql);
    bindAll(st, w.args);
    return storage::readInt64(st, sql.constData());
}

Result<QString> CustomerList::previousId(const ListFilter &filter, const ListSort &sort, const QString &id)
{
    // The row's own place: its segment and sort value; then one step of a reverse walk.
    static const char *const kSql = "SELECT grade, status, owner_id, first_channel_id, pinyin, last_follow_up_at, next_follow_up_at "
                                    "FROM customer WHERE id = ?1";
    auto &st = m_db.prepare(kSql);
    st.bind(1, id);
    if (!st.step()) {
        auto error = storage::readError(st, kSql);
        st.reset();
        if (error)
            return *error;
        return QString(); // no such customer (any more): nothing comes before it
    }
    const QHash<QString, QVariant> values{
        {QStringLiteral("grade"), st.isNull(0) ? QVariant() : QVariant(st.text(0))},
        {QStringLiteral("status"), st.text(1)},
        {QStringLiteral("owner_id"), st.isNull(2) ? QVariant() : QVariant(st.text(2))},
        {QStringLiteral("first_channel_id"), st.isNull(3) ? QVariant() : QVariant(st.text(3))},
        {QStringLiteral("pinyin"), st.text(4)},
        {QStringLiteral("last_follow_up_at"), st.isNull(5) ? QVariant() : QVariant(st.int64(5))},
        {QStringLiteral("next_follow_up_at"), st.isNull(6) ? QVariant() : QVariant(st.int64(6))},
    };
    st.reset();
    QList<Segment> segs;
    if (auto error = segments(sort, segs))
        return *error;
    int at = -1;
    for (int i = 0; i < segs.size() && at < 0; ++i) {
        const Segment &seg = segs[i];
        const QVariant v = values.value(seg.column);
        if (seg.value.toString() == QLatin1String("*") || (seg.range ? !v.isNull() : (seg.value.isNull() ? v.isNull() : v == seg.value)))
            at = i;
    }
    if (at < 0)
        return QString();
    ListCursor cursor;
    cursor.reverse = true;
    cursor.segment = int(segs.size()) - 1 - at;
    cursor.id = id;
    cursor.value = values.value(segs[at].column);
    auto before = page(filter, sort, cursor, 1);
    if (!before)
        return before.error();
    return before->isEmpty() ? QString() : before->first().id;
}

Result<QList<ListRow>> CustomerList::liveRows(const QStringList &customerIds)
{
    QList<ListRow> out;
    out.reserve(customerIds.size());
    const QByteArray sql = QByteArray(kListRowSelect) + "WHERE c.id = ?1 AND c.merged_into IS NULL";
    auto &st = m_statements.get(sql);
    for (const QString &id : customerIds) {
        st.bind(1, id);
        if (st.step())
            out << readListRow(st);
        auto error = storage::readError(st, sql.constData());
        st.reset();
        if (error)
            return *error;
    }
    return out;
}

Result<QList<ListRow>> CustomerList::rows(const QStringList &customerIds, const ListFilter &filter)
{
    QList<ListRow> out;
    const QByteArray sql = QByteArray(kListRowSelect) + "JOIN customer x ON x.root_id = c.id WHERE x.id = ?1";
    auto &st = m_statements.get(sql);
    for (const QString &id : customerIds) {
        st.bind(1, id);
        if (st.step()) {
            ListRow r = readListRow(st);
            if (matches(r, filter))
                out << std::move(r);
        }
        auto error = storage::readError(st, sql.constData());
        st.reset();
        if (error)
            return *error;
    }
    return out;
}

} // namespace shoulou::customer
