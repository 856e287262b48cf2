#include "columnmappingmodel.h"

#include "importing/leadfieldchoices.h"

namespace shoulou::ui {

ColumnMappingModel::ColumnMappingModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ColumnMappingModel::reset(const QStringList &header, const QList<QStringList> &rows, const io::FieldMapping &mapping)
{
    beginResetModel();
    m_header = header;
    m_examples = QStringList(header.size(), QString());
    for (int c = 0; c < header.size(); ++c)
        for (const QStringList &row : rows)
            if (c < row.size() && !row.at(c).trimmed().isEmpty()) {
                m_examples[c] = row.at(c);
                break;
            }
    m_mapping = mapping;
    endResetModel();
    emit mappingChanged();
}

void ColumnMappingModel::setMapping(const io::FieldMapping &mapping)
{
    m_mapping = mapping;
    if (!m_header.isEmpty())
        emit dataChanged(index(0, Example), index(rowCount() - 1, Field));
    emit mappingChanged();
}

io::LeadField ColumnMappingModel::fieldOf(int column) const
{
    for (const io::ColumnMapping &c : m_mapping.columns())
        if (c.column == column)
            return c.field;
    return io::LeadField::Ignore;
}

int ColumnMappingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_header.size());
}

int ColumnMappingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ColumnMappingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int c = index.row();
    QString platform;
    io::LeadField field = io::LeadField::Ignore;
    for (const io::ColumnMapping &m : m_mapping.columns())
        if (m.column == c) {
            field = m.field;
            platform = m.platform;
        }
    switch (index.column()) {
    case SourceColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return m_header.at(c).isEmpty() ? tr("(column %1, no name)").arg(c + 1) : m_header.at(c);
        break;
    case Example:
        if (role == Qt::DisplayRole)
            return LeadFieldChoices::masked(m_examples.at(c), field);
        break;
    case Field:
        if (role == Qt::DisplayRole)
            return LeadFieldChoices::label(field, platform);
        if (role == Qt::EditRole)
            return LeadFieldChoices::key(field, platform);
        break;
    default:
        break;
    }
    return {};
}

QVariant ColumnMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case SourceColumn:
        return tr("Column in the file");
    case Example:
        return tr("Example");
    case Field:
        return tr("Imported as");
    default:
        return {};
    }
}

Qt::ItemFlags ColumnMappingModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Field)
        f |= Qt::ItemIsEditable;
    return f;
}

bool ColumnMappingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() != Field)
        return false;
    io::LeadField field = io::LeadField::Ignore;
    QString platform;
    if (!LeadFieldChoices::parse(value.toString(), &field, &platform))
        return false;
    if (data(index, Qt::EditRole).toString() == LeadFieldChoices::key(field, platform))
        return true;
    m_mapping.set(index.row(), field, platform);
    emit dataChanged(this->index(index.row(), Example), this->index(index.row(), Field));
    emit mappingChanged();
    return true;
}

} // namespace shoulou::ui
