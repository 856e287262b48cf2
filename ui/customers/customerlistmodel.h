#pragma once

#include "customers/customertablemodel.h"

#include <QSet>

namespace shoulou::mutation {
class ChangeSet;
}

namespace shoulou::ui {

// The whole office's customers, paged in by keyset from the reader thread as the view
// scrolls (canFetchMore/fetchMore), or the hits of a search. Sorting and filtering start over
// from the first page; results of a superseded request are dropped, so a fast typist never
// sees an old query's hits.
class CustomerListModel final : public CustomerTableModel {
    Q_OBJECT
public:
    explicit CustomerListModel(OfficeSession &session, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const customer::ListFilter &filter);
    const customer::ListFilter &filter() const { return m_filter; }
    // Empty text: browse the office; otherwise the search box's hits (filters still apply).
    void setSearch(const QString &text);
    const QString &search() const { return m_search; }
    customer::ListSort listSort() const { return m_sort; }

    // Starts over (after data changed elsewhere).
    void reload();
    // Updates just the rows a committed transaction names: changed rows in place, rows that
    // left the list (merged, no longer matching) removed, new customers inserted where the
    // list's order puts them among the loaded rows. No reset: the view keeps its scroll
    // position and selection, and the count is adjusted rather than re-run. A coarse set
    // (ChangeSet::everything(), an import) reloads.
    void applyChanges(const mutation::ChangeSet &changes);

    // The end of the list (Ctrl+End): drops the loaded rows and reads the last page by a
    // reverse keyset; scrolling up reads earlier pages (fetchEarlier). Memory stays bounded
    // by what was scrolled through, never the whole office. reload() returns to the top.
    void showEnd();
    bool showingEnd() const { return isReversed(); }
    bool canFetchEarlier() const;
    void fetchEarlier();
    // Whether the loaded rows reach the list's end (the first row, when showing the end).
    bool complete() const { return m_cursor.done; }

    // Search mode: how row `row` matched ("phone_tail", "phone_fragment", "name"…), and how
    // many hits the filters hid (-1: not counted, the filters are off).
    QString matchedBy(int row) const;
    int countMatchedBy(const QString &how) const; // rows shown that matched so
    qint64 hiddenByFilters() const { return m_hiddenByFilters; }
    bool isLoading() const { return m_loading; }
    // Live customers matching the filter (-1 until counted); hits in search mode.
    qint64 total() const { return m_total; }
    // Why the last read failed ("" when it did not): shown instead of an empty list, which
    // would look like "no customers". storage::readError has logged it with the SQL.
    const QString &readError() const { return m_readError; }

    static constexpr int kFirstPage = 100;
    static constexpr int kPage = 1000;

signals:
    void loadingChanged(bool loading);
    void totalChanged(qint64 total);
    // A page or search result was shown: `query` is the search text it answered ("" browsing).
    void resultsShown(const QString &query);
    // A change set was applied to the loaded rows.
    void changesApplied();
    // A page, count, search or change read failed: `message` says so for the person at the desk.
    void readFailed(const QString &message);

private:
    void requestPage();
    void requestSearch();
    void requestCount();
    void setLoading(bool loading);
    void fail(const Error &error);

    customer::ListFilter m_filter;
    customer::ListSort m_sort;
    customer::ListCursor m_cursor;
    QString m_search;
    QString m_searchInFlight;
    bool m_searchQueued = false;
    bool m_loading = false;
    quint64 m_generation = 0;
    qint64 m_total = -1;
    QString m_readError;
    QHash<QString, QString> m_matchedBy; // search mode: customer id → how it matched
    qint64 m_hiddenByFilters = -1;
};

} // namespace shoulou::ui
