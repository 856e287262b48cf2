#include "customerlistmodel.h"

#include "common/officesession.h"
#include "customer/customersearch.h"

namespace shoulou::ui {

namespace {

struct PageResult {
    QList<customer::ListRow> rows;
    customer::ListCursor cursor;
};

struct SearchResult {
    QString query;
    QList<customer::ListRow> rows;
};

constexpr int kSearchLimit = 200;

} // namespace

// Loads nothing until reload(): the view starts it when first shown, so an office opened on
// another screen does not queue a page before that screen's own reads.
CustomerListModel::CustomerListModel(OfficeSession &session, QObject *parent)
    : CustomerTableModel(session, parent)
{}

void CustomerListModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

void CustomerListModel::reload()
{
    ++m_generation;
    m_cursor = {};
    m_total = -1;
    // Loading before the reset: a view reacting to the reset must not ask for a page of its
    // own (canFetchMore is false while loading), or the first page would arrive twice.
    setLoading(true);
    setRows({});
    if (m_search.isEmpty()) {
        requestPage();
        requestCount();
    } else {
        requestSearch();
    }
}

bool CustomerListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_generation > 0 && m_search.isEmpty() && !m_cursor.done && !m_loading;
}

void CustomerListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage();
}

void CustomerListModel::requestPage()
{
    setLoading(true);
    const quint64 generation = m_generation;
    const customer::ListFilter filter = m_filter;
    const customer::ListSort sort = m_sort;
    customer::ListCursor cursor = m_cursor;
    const int limit = m_rows.size() == 0 ? kFirstPage : kPage;
    m_session.reader().run<PageResult>(
        this,
        [filter, sort, cursor, limit](ReadContext &ctx) {
            PageResult r;
            r.cursor = cursor;
            customer::CustomerList list(ctx.db);
            r.rows = list.page(filter, sort, r.cursor, limit);
            return r;
        },
        [this, generation](PageResult r) {
            if (generation != m_generation)
                return;
            m_cursor = r.cursor;
            appendRows(r.rows);
            setLoading(false);
            emit resultsShown(QString());
        });
}

void CustomerListModel::requestCount()
{
    const quint64 generation = m_generation;
    const customer::ListFilter filter = m_filter;
    m_session.background().run<qint64>(
        this, [filter](ReadContext &ctx) { return customer::CustomerList(ctx.db).count(filter); },
        [this, generation](qint64 n) {
            if (generation != m_generation)
                return;
            m_total = n;
            emit totalChanged(n);
        });
}

void CustomerListModel::requestSearch()
{
    // One search in flight at a time: keystrokes typed meanwhile collapse into the latest text,
    // run as soon as the current one is back. The reader never queues stale searches.
    if (!m_searchInFlight.isNull()) {
        m_searchQueued = true;
        return;
    }
    m_searchQueued = false;
    m_searchInFlight = m_search;
    setLoading(true);
    const quint64 generation = m_generation;
    const QString query = m_search;
    const customer::ListFilter filter = m_filter;
    m_session.reader().run<SearchResult>(
        this,
        [query, filter](ReadContext &ctx) {
            SearchResult r;
            r.query = query;
            customer::CustomerSearch search(ctx.db, &ctx.key);
            QStringList ids;
            for (const customer::SearchHit &h : search.search(query, kSearchLimit))
                ids << h.customerId;
            r.rows = customer::CustomerList(ctx.db).rows(ids, filter);
            return r;
        },
        [this, generation](SearchResult r) {
            m_searchInFlight = QString();
            if (m_searchQueued || generation != m_generation) {
                if (!m_search.isEmpty())
                    requestSearch();
                return;
            }
            setRows(r.rows);
            m_total = r.rows.size();
            emit totalChanged(m_total);
            setLoading(false);
            emit resultsShown(r.query);
        });
}

void CustomerListModel::sort(int column, Qt::SortOrder order)
{
    m_sort.column = listColumn(column);
    m_sort.descending = order == Qt::DescendingOrder;
    if (m_search.isEmpty()) {
        reload();
        return;
    }
    // Search hits are few: order them here, by the column's raw value.
    auto key = [column](const customer::ListRow &r) -> QVariant {
        switch (column) {
        case LastFollowUp:
            return r.lastFollowUpAt;
        case NextFollowUp:
            return r.nextFollowUpAt;
        case Grade:
            return r.grade;
        case Status:
            return r.status;
        default:
            return r.name;
        }
    };
    QList<customer::ListRow> rows = this->rows();
    std::stable_sort(rows.begin(), rows.end(), [&](const customer::ListRow &a, const customer::ListRow &b) {
        const QPartialOrdering c = QVariant::compare(key(a), key(b));
        return order == Qt::AscendingOrder ? c == QPartialOrdering::Less : c == QPartialOrdering::Greater;
    });
    setRows(rows);
}

void CustomerListModel::setFilter(const customer::ListFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void CustomerListModel::setSearch(const QString &text)
{
    const QString t = text.trimmed();
    if (t == m_search)
        return;
    const bool wasSearching = !m_search.isEmpty();
    m_search = t;
    if (t.isEmpty()) {
        reload();
        return;
    }
    if (!wasSearching) // leaving browse mode: drop pages in flight
        ++m_generation;
    requestSearch();
}

} // namespace shoulou::ui
