#include "rejectedrowsmodel.h"

namespace shoulou::ui {

RejectedRowsModel::RejectedRowsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RejectedRowsModel::reset(const std::vector<io::ImportRowOutcome> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

bool RejectedRowsModel::isRejected(int row) const
{
    return row >= 0 && row < int(m_rows.size()) && m_rows[size_t(row)].status == io::ImportRowOutcome::Status::Rejected;
}

int RejectedRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RejectedRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RejectedRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const io::ImportRowOutcome &r = m_rows[size_t(index.row())];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Row:
            return r.row;
        case Outcome:
            return r.status == io::ImportRowOutcome::Status::Rejected ? tr("Not imported") : tr("Imported, with a warning");
        case Reason:
            return r.warning;
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Row)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant RejectedRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    if (section == Row)
        return tr("Row");
    if (section == Outcome)
        return tr("Outcome");
    if (section == Reason)
        return tr("Why");
    return {};
}

} // namespace shoulou::ui
