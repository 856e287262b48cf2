#pragma once

#include "customer/mergehistory.h"

#include <QAbstractTableModel>
#include <QList>

namespace shoulou::ui {

// Merges, newest first; an undone merge stays listed (greyed) with the time it was undone.
class MergeHistoryModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Survivor, Merged, Reason, When, State, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setRecords(const QList<customer::MergeRecord> &records);
    const customer::MergeRecord &record(int row) const { return m_records.at(row); }
    int rowOf(const QString &eventId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString withPhone(const QString &name, const QString &maskedPhone) const;

    QList<customer::MergeRecord> m_records;
};

} // namespace shoulou::ui
