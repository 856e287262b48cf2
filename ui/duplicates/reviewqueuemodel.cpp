#include "reviewqueuemodel.h"

#include "common/displayformat.h"

namespace shoulou::ui {

void ReviewQueueModel::setEntries(const QList<customer::ReviewEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int ReviewQueueModel::rowOf(const QString &reviewId) const
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).id == reviewId)
            return i;
    return -1;
}

int ReviewQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ReviewQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &e = m_entries.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Kind:
            return DisplayFormat::reviewKind(e.kind);
        case CustomerA:
            return e.nameA;
        case CustomerB:
            return e.nameB;
        case Raised:
            return DisplayFormat::dateTime(e.createdAt);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && (index.column() == CustomerA || index.column() == CustomerB))
        return tr("Double-click or press Enter to open this customer.");
    return {};
}

QVariant ReviewQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Kind:
        return tr("Why");
    case CustomerA:
        return tr("Customer A");
    case CustomerB:
        return tr("Customer B");
    case Raised:
        return tr("Found");
    default:
        return {};
    }
}

} // namespace shoulou::ui
