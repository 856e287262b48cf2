#include "customerlistmodel.h"

#include "common/officesession.h"
#include "customer/customersearch.h"

#include <QColor>
#include <QFont>

namespace shoulou::ui {

namespace {

struct PageResult {
    QList<customer::ListRow> rows;
    customer::ListCursor cursor;
    std::optional<Error> error;
};

struct SearchResult {
    QString query;
    std::optional<Error> error;
    QList<customer::ListRow> rows;
    QHash<QString, QString> matchedBy;
    qint64 hidden = -1; // hits the filters left out
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

void CustomerListModel::fail(const Error &error)
{
    m_readError = error.message;
    setLoading(false);
    emit readFailed(m_readError);
}

void CustomerListModel::reload()
{
    ++m_generation;
    m_readError.clear();
    m_cursor = {};
    m_total = -1;
    m_matchedBy.clear();
    m_hiddenByFilters = -1;
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
    return !parent.isValid() && m_generation > 0 && m_search.isEmpty() && !m_cursor.done && !m_loading && !isReversed();
}

void CustomerListModel::showEnd()
{
    if (!m_search.isEmpty())
        return;
    ++m_generation;
    m_cursor = {};
    m_cursor.reverse = true;
    setLoading(true);
    setRows({}, true);
    requestPage();
    if (m_total < 0)
        requestCount();
}

bool CustomerListModel::canFetchEarlier() const
{
    return m_generation > 0 && m_search.isEmpty() && isReversed() && !m_cursor.done && !m_loading;
}

void CustomerListModel::fetchEarlier()
{
    if (canFetchEarlier())
        requestPage();
}

QVariant CustomerListModel::data(const QModelIndex &index, int role) const
{
    // Search hits by a phone fragment say how they matched: the mask hides the middle digits,
    // so a number holding "2683" inside would otherwise look like no match at all.
    if (!m_matchedBy.isEmpty() && index.isValid() && index.column() == Phone) {
        const QString how = m_matchedBy.value(customerId(index.row()));
        if (how == QLatin1String("phone_fragment")) {
            if (role == Qt::ToolTipRole)
                return tr("The number holds %1 elsewhere, not as its last digits.").arg(m_search);
            if (role == Qt::ForegroundRole)
                return QColor(0x80, 0x80, 0x80);
            if (role == Qt::FontRole) {
                QFont f;
                f.setItalic(true);
                return f;
            }
        } else if (how == QLatin1String("phone_tail") && role == Qt::ToolTipRole) {
            return tr("The number ends in %1.").arg(m_search);
        }
    }
    return CustomerTableModel::data(index, role);
}

QString CustomerListModel::matchedBy(int row) const
{
    return m_matchedBy.value(customerId(row));
}

int CustomerListModel::countMatchedBy(const QString &how) const
{
    int n = 0;
    for (int r = 0; r < rowCount(); ++r)
        n += matchedBy(r) == how;
    return n;
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
            auto page = list.page(filter, sort, r.cursor, limit);
            if (page)
                r.rows = std::move(page).value();
            else
                r.error = page.error();
            return r;
        },
        [this, generation](PageResult r) {
            if (generation != m_generation)
                return;
            if (r.error) {
                m_cursor.done = true; // no endless retries from fetchMore; reload() starts over
                fail(*r.error);
                return;
            }
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
    m_session.background().run<Result<qint64>>(
        this, [filter](ReadContext &ctx) { return customer::CustomerList(ctx.db).count(filter); },
        [this, generation](Result<qint64> n) {
            if (generation != m_generation)
                return;
            if (!n) {
                fail(n.error());
                return;
            }
            m_total = *n;
            emit totalChanged(m_total);
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
            const auto hits = search.search(query, kSearchLimit);
            if (!hits) {
                r.error = hits.error();
                return r;
            }
            for (const customer::SearchHit &h : *hits) {
                ids << h.customerId;
                r.matchedBy.insert(h.customerId, h.matchedBy);
            }
            customer::CustomerList list(ctx.db);
            auto rows = list.rows(ids, filter);
            if (!rows) {
                r.error = rows.error();
                return r;
            }
            r.rows = std::move(rows).value();
            // With filters on (我的, a status…), say how many hits they hid, so a person owned
            // by someone else is not taken for a new customer.
            if (filter != customer::ListFilter()) {
                const auto all = list.rows(ids, {});
                if (!all) {
                    r.error = all.error();
                    return r;
                }
                r.hidden = all->size() - r.rows.size();
            }
            return r;
        },
        [this, generation](SearchResult r) {
            m_searchInFlight = QString();
            if (m_searchQueued || generation != m_generation) {
                if (!m_search.isEmpty())
                    requestSearch();
                return;
            }
            if (r.error) {
                m_matchedBy.clear();
                m_hiddenByFilters = -1;
                setRows({});
                m_total = -1;
                fail(*r.error);
                return;
            }
            m_readError.clear();
            m_matchedBy = r.matchedBy;
            m_hiddenByFilters = r.hidden;
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
