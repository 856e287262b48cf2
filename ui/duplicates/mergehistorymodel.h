#pragma once

#include "common/listtablemodel.h"
#include "customer/mergehistory.h"

namespace shoulou::ui {

// Merges, newest first; an undone merge stays listed (greyed) with the time it was undone.
class MergeHistoryModel final : public ListTableModel<customer::MergeRecord> {
    Q_OBJECT
public:
    enum Column { Survivor, Merged, Reason, When, By, State, ColumnCount };

    using ListTableModel::ListTableModel;

    void setRecords(const QList<customer::MergeRecord> &records) { setRows(records); }
    const customer::MergeRecord &record(int row) const { return this->row(row); }
    int rowOf(const QString &eventId) const
    {
        return findRow([&](const customer::MergeRecord &r) { return r.id == eventId; });
    }

protected:
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant cell(const customer::MergeRecord &r, int column, int role) const override;

private:
    QString withPhone(const QString &name, const QString &maskedPhone) const;
};

} // namespace shoulou::ui
