#pragma once

#include <QAbstractTableModel>
#include <QList>

#include <functional>

namespace shoulou::ui {

// A read-only table over a list of rows that a view replaces as a whole (a reload): the row
// bookkeeping written once. A model says how many columns it has, their headers, and what a
// row shows in a column for a role; its Column/Role enums stay its own.
template <typename Row>
class ListTableModel : public QAbstractTableModel {
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setRows(QList<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    const Row &row(int i) const { return m_rows.at(i); }
    const QList<Row> &rows() const { return m_rows; }
    // The first row `matches` accepts, or -1.
    int findRow(const std::function<bool(const Row &)> &matches) const
    {
        for (int i = 0; i < m_rows.size(); ++i)
            if (matches(m_rows.at(i)))
                return i;
        return -1;
    }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : columns(); }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        return cell(m_rows.at(index.row()), index.column(), role);
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columns())
            return QAbstractTableModel::headerData(section, orientation, role);
        return header(section);
    }

protected:
    virtual int columns() const = 0;
    virtual QString header(int column) const = 0;
    virtual QVariant cell(const Row &row, int column, int role) const = 0;

private:
    QList<Row> m_rows;
};

} // namespace shoulou::ui
