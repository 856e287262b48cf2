#include "customertablemodel.h"

#include "common/displayformat.h"
#include "common/officesession.h"
#include "customer/customercolumns.h"

#include "util/clock.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace shoulou::ui {

// The model's columns are the list's columns of the core table, in its order.
static_assert(CustomerTableModel::ColumnCount == int(customer::CustomerColumns::listed.size()));
static_assert(customer::CustomerColumns::listed[CustomerTableModel::Name] == customer::CustomerColumn::Name);
static_assert(customer::CustomerColumns::listed[CustomerTableModel::Owner] == customer::CustomerColumn::Owner);
static_assert(customer::CustomerColumns::listed[CustomerTableModel::NextFollowUp] == customer::CustomerColumn::NextFollowUp);

CustomerTableModel::CustomerTableModel(OfficeSession &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{}

int CustomerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}
int CustomerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const customer::ListRow &r = cached(index.row());
    const qint64 now = m_session.clock().nowMs();
    switch (role) {
    case IdRole:
        return r.id;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return r.name.isEmpty() ? tr("(no name)") : r.name;
        case Phone:
            return r.maskedPhone;
        case Grade:
            return r.grade.isEmpty() ? QString() : DisplayFormat::grade(r.grade);
        case Status:
            return DisplayFormat::status(r.status);
        case Owner:
            return r.ownerId.isEmpty() ? tr("Unassigned") : m_session.names().value(r.ownerId);
        case FirstChannel:
            return m_session.names().value(r.firstChannelId);
        case LastFollowUp:
            return DisplayFormat::relative(r.lastFollowUpAt, now);
        case NextFollowUp:
            return DisplayFormat::relative(r.nextFollowUpAt, now);
        }
        break;
    case SortValueRole:
        switch (index.column()) {
        case LastFollowUp:
            return r.lastFollowUpAt;
        case NextFollowUp:
            return r.nextFollowUpAt;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (index.column() == LastFollowUp)
            return DisplayFormat::dateTime(r.lastFollowUpAt);
        if (index.column() == NextFollowUp)
            return DisplayFormat::dateTime(r.nextFollowUpAt);
        break;
    case Qt::ForegroundRole:
        // An overdue follow-up is the one thing a consultant must not miss.
        if (index.column() == NextFollowUp && r.nextFollowUpAt && r.nextFollowUpAt < now)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (index.column() == Owner && r.ownerId.isEmpty())
            return QBrush(QColor(0x80, 0x80, 0x80));
        break;
    case Qt::FontRole:
        if (index.column() == Name) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    }
    return {};
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    // The same headers as the export's (one table in core).
    if (section < 0 || section >= ColumnCount)
        return {};
    return customer::CustomerColumns::header(customer::CustomerColumns::listed[std::size_t(section)]);
}

const customer::ListRow &CustomerTableModel::cached(int row) const
{
    if (row != m_cachedRow) {
        m_cached = m_rows.at(storageIndex(row));
        m_cachedRow = row;
    }
    return m_cached;
}

void CustomerTableModel::setRows(const QList<customer::ListRow> &rows)
{
    setRows(rows, false);
}

void CustomerTableModel::setRows(const QList<customer::ListRow> &rows, bool reversed)
{
    beginResetModel();
    m_reversed = reversed;
    m_cachedRow = -1;
    m_rows.clear();
    for (const customer::ListRow &r : rows)
        m_rows.append(r);
    endResetModel();
}

QList<customer::ListRow> CustomerTableModel::rows() const
{
    QList<customer::ListRow> out;
    out.reserve(m_rows.size());
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        out << m_rows.at(storageIndex(int(i)));
    return out;
}

int CustomerTableModel::rowOf(const QString &customerId) const
{
    const qsizetype at = m_rows.indexOf(customerId);
    return at < 0 ? -1 : int(m_reversed ? m_rows.size() - 1 - at : at);
}

void CustomerTableModel::updateRow(int row, const customer::ListRow &data)
{
    m_rows.replace(storageIndex(row), data);
    m_cachedRow = -1;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void CustomerTableModel::removeRowAt(int row)
{
    beginRemoveRows({}, row, row);
    m_rows.remove(storageIndex(row));
    m_rows.reindex();
    m_cachedRow = -1;
    endRemoveRows();
}

void CustomerTableModel::insertRowAt(int row, const customer::ListRow &data)
{
    beginInsertRows({}, row, row);
    // Reversed, shown row r is stored at size - r: the same slot counted from the other end.
    m_rows.insert(m_reversed ? m_rows.size() - row : row, data);
    m_cachedRow = -1;
    endInsertRows();
}

void CustomerTableModel::appendRows(const QList<customer::ListRow> &rows)
{
    if (rows.isEmpty())
        return;
    if (m_reversed)
        beginInsertRows({}, 0, int(rows.size() - 1));
    else
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    for (const customer::ListRow &r : rows)
        m_rows.append(r);
    m_cachedRow = -1;
    endInsertRows();
}

QString CustomerTableModel::customerId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.idAt(storageIndex(row)) : QString();
}

customer::ListColumn CustomerTableModel::listColumn(int column)
{
    switch (column) {
    case Name:
        return customer::ListColumn::Name;
    case Phone:
        return customer::ListColumn::Phone;
    case Grade:
        return customer::ListColumn::Grade;
    case Status:
        return customer::ListColumn::Status;
    case Owner:
        return customer::ListColumn::Owner;
    case FirstChannel:
        return customer::ListColumn::FirstChannel;
    case LastFollowUp:
        return customer::ListColumn::LastFollowUp;
    case NextFollowUp:
        return customer::ListColumn::NextFollowUp;
    }
    return customer::ListColumn::Registered;
}

} // namespace shoulou::ui
