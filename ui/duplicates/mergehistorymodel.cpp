#include "mergehistorymodel.h"

#include "common/displayformat.h"

#include <QBrush>
#include <QPalette>

namespace shoulou::ui {

void MergeHistoryModel::setRecords(const QList<customer::MergeRecord> &records)
{
    beginResetModel();
    m_records = records;
    endResetModel();
}

QString MergeHistoryModel::withPhone(const QString &name, const QString &maskedPhone) const
{
    return maskedPhone.isEmpty() ? name : tr("%1 (%2)").arg(name, maskedPhone);
}

int MergeHistoryModel::rowOf(const QString &eventId) const
{
    for (int i = 0; i < m_records.size(); ++i)
        if (m_records.at(i).id == eventId)
            return i;
    return -1;
}

int MergeHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int MergeHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MergeHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &r = m_records.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Survivor:
            return withPhone(r.survivorName, r.survivorPhone);
        case Merged:
            return withPhone(r.mergedName, r.mergedPhone);
        case Reason:
            return DisplayFormat::mergeReason(r.reason);
        case When:
            return DisplayFormat::dateTime(r.mergedAt);
        case State:
            return r.undone() ? tr("Undone %1").arg(DisplayFormat::dateTime(r.unmergedAt)) : tr("Merged");
        default:
            return {};
        }
    }
    // An undone merge no longer describes anyone: shown, but greyed out.
    if (role == Qt::ForegroundRole && r.undone())
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    if (role == Qt::ToolTipRole && (index.column() == Survivor || index.column() == Merged))
        return tr("Double-click or press Enter to open this customer.");
    return {};
}

QVariant MergeHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Survivor:
        return tr("Kept customer");
    case Merged:
        return tr("Merged into it");
    case Reason:
        return tr("Why");
    case When:
        return tr("Merged at");
    case State:
        return tr("State");
    default:
        return {};
    }
}

} // namespace shoulou::ui
