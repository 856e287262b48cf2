#pragma once

#include "customers/customertablemodel.h"

namespace shoulou::ui {

// The whole office's customers, paged in by keyset from the reader thread as the view
// scrolls (canFetchMore/fetchMore), or the hits of a search. Sorting and filtering start over
// from the first page; results of a superseded request are dropped, so a fast typist never
// sees an old query's hits.
class CustomerListModel final : public CustomerTableModel {
    Q_OBJECT
public:
    explicit CustomerListModel(OfficeSession &session, QObject *parent = nullptr);

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
    bool isLoading() const { return m_loading; }
    // Live customers matching the filter (-1 until counted); hits in search mode.
    qint64 total() const { return m_total; }

    static constexpr int kFirstPage = 100;
    static constexpr int kPage = 1000;

signals:
    void loadingChanged(bool loading);
    void totalChanged(qint64 total);
    // A page or search result was shown: `query` is the search text it answered ("" browsing).
    void resultsShown(const QString &query);

private:
    void requestPage();
    void requestSearch();
    void requestCount();
    void setLoading(bool loading);

    customer::ListFilter m_filter;
    customer::ListSort m_sort;
    customer::ListCursor m_cursor;
    QString m_search;
    QString m_searchInFlight;
    bool m_searchQueued = false;
    bool m_loading = false;
    quint64 m_generation = 0;
    qint64 m_total = -1;
};

} // namespace shoulou::ui
