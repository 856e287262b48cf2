#pragma once

#include "customer/reviewqueue.h"

#include <QAbstractTableModel>
#include <QList>

namespace shoulou::ui {

// The open review items, newest first: what kind of doubt, which two customers, since when.
class ReviewQueueModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Kind, CustomerA, CustomerB, Raised, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(const QList<customer::ReviewEntry> &entries);
    const customer::ReviewEntry &entry(int row) const { return m_entries.at(row); }
    int rowOf(const QString &reviewId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<customer::ReviewEntry> m_entries;
};

} // namespace shoulou::ui
