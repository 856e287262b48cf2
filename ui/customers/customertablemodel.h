#pragma once

#include "customer/customerlist.h"
#include "customers/compactrows.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace shoulou::ui {

class OfficeSession;

// Customers as table rows: name, masked phone, grade, status, owner, first channel, last and
// next follow-up. Holds the rows it is given; CustomerListModel pages them in.
class CustomerTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Phone, Grade, Status, Owner, FirstChannel, LastFollowUp, NextFollowUp, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, SortValueRole };

    explicit CustomerTableModel(OfficeSession &session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRows(const QList<customer::ListRow> &rows);
    QString customerId(int row) const;
    customer::ListRow row(int row) const { return m_rows.at(storageIndex(row)); }
    QList<customer::ListRow> rows() const; // all of them: for the few rows of a search

    // Row-level updates (change sets): the view keeps its scroll position and selection.
    int rowOf(const QString &customerId) const; // -1 when not loaded
    void updateRow(int row, const customer::ListRow &data);
    void removeRowAt(int row);
    void insertRowAt(int row, const customer::ListRow &data);

    static customer::ListColumn listColumn(int column);

protected:
    // Reversed: the rows were read from the end of the list backwards (Ctrl+End), so the
    // stored order is the opposite of the shown one, and appending shows rows at the top.
    void setRows(const QList<customer::ListRow> &rows, bool reversed);
    bool isReversed() const { return m_reversed; }
    qsizetype storageIndex(int row) const { return m_reversed ? m_rows.size() - 1 - row : row; }
    void appendRows(const QList<customer::ListRow> &rows);
    OfficeSession &m_session;
    CompactRows m_rows;

private:
    const customer::ListRow &cached(int row) const;
    // The row data() last unpacked: a view asks for one row's cells and roles in a burst.
    mutable int m_cachedRow = -1;
    mutable customer::ListRow m_cached;
    bool m_reversed = false;
};

} // namespace shoulou::ui
