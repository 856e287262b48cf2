#include "previewrowsmodel.h"

#include "importing/leadfieldchoices.h"

#include <QBrush>
#include <QPalette>

namespace shoulou::ui {

PreviewRowsModel::PreviewRowsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PreviewRowsModel::reset(const QStringList &header, const QList<QStringList> &rows, const QList<QString> &rowErrors)
{
    beginResetModel();
    m_header = header;
    m_rows = rows;
    m_rowErrors = rowErrors;
    m_fields = QList<io::ColumnMapping>(header.size());
    endResetModel();
}

void PreviewRowsModel::setMapping(const io::FieldMapping &mapping)
{
    m_fields = QList<io::ColumnMapping>(m_header.size());
    for (const io::ColumnMapping &c : mapping.columns())
        if (c.column >= 0 && c.column < m_fields.size())
            m_fields[c.column] = c;
    if (m_header.isEmpty())
        return;
    emit headerDataChanged(Qt::Horizontal, 0, int(m_header.size()) - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int PreviewRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PreviewRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_header.size());
}

QVariant PreviewRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QStringList &row = m_rows.at(index.row());
    const QString cell = index.column() < row.size() ? row.at(index.column()) : QString();
    const io::ColumnMapping &field = m_fields.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return LeadFieldChoices::masked(cell, field.field);
    case Qt::ToolTipRole:
        return m_rowErrors.value(index.row()).isEmpty() ? QVariant() : QVariant(m_rowErrors.at(index.row()));
    case Qt::ForegroundRole:
        // A column that is not imported is shown, but greyed: the user sees what is left out.
        if (field.field == io::LeadField::Ignore)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    default:
        return {};
    }
}

QVariant PreviewRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    if (section < 0 || section >= m_header.size())
        return {};
    const io::ColumnMapping &field = m_fields.at(section);
    return tr("%1\n→ %2").arg(m_header.at(section), LeadFieldChoices::label(field.field, field.platform));
}

} // namespace shoulou::ui
