#pragma once

#include "common/listtablemodel.h"
#include "customer/reviewqueue.h"

namespace shoulou::ui {

// The open review items, newest first: what kind of doubt, which two customers, since when.
class ReviewQueueModel final : public ListTableModel<customer::ReviewEntry> {
    Q_OBJECT
public:
    enum Column { Kind, CustomerA, CustomerB, Raised, ColumnCount };

    using ListTableModel::ListTableModel;

    void setEntries(const QList<customer::ReviewEntry> &entries) { setRows(entries); }
    const customer::ReviewEntry &entry(int row) const { return this->row(row); }
    int rowOf(const QString &reviewId) const
    {
        return findRow([&](const customer::ReviewEntry &e) { return e.id == reviewId; });
    }

protected:
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant cell(const customer::ReviewEntry &e, int column, int role) const override;
};

} // namespace shoulou::ui
