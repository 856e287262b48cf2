#pragma once

#include "common/listtablemodel.h"
#include "sync/syncissues.h"

namespace shoulou::ui {

// The sync issues not yet marked seen: when, what (a human label for the mutation), why.
class SyncIssuesModel final : public ListTableModel<sync::SyncIssue> {
    Q_OBJECT
public:
    enum Column { Time, Change, Reason, Code, ColumnCount };
    using ListTableModel::ListTableModel;

protected:
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant cell(const sync::SyncIssue &issue, int column, int role) const override;
};

} // namespace shoulou::ui
