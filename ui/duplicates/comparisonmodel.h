#pragma once

#include "customer/reviewqueue.h"

#include <QAbstractTableModel>

namespace shoulou::ui {

// Two customers side by side, one field a row; rows where the two differ are highlighted,
// because the differences are what a person decides on.
class ComparisonModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Field, SideA, SideB, ColumnCount };
    enum Row { Name, Phones, ResidentIds, Channels, Owner, Status, Grade, Touches, FollowUps, FirstSeen, RowCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setPair(const customer::ReviewPair &pair);
    void clear();
    bool hasPair() const { return m_loaded; }
    const customer::ReviewPair &pair() const { return m_pair; }
    bool differs(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString fieldName(int row) const;
    QString value(const customer::ReviewSide &side, int row) const;

    customer::ReviewPair m_pair;
    bool m_loaded = false;
};

} // namespace shoulou::ui
