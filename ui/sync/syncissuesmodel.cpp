#include "syncissuesmodel.h"

#include "common/displayformat.h"
#include "sync/synclabels.h"

namespace shoulou::ui {

QString SyncIssuesModel::header(int column) const
{
    switch (Column(column)) {
    case Time:
        return tr("When");
    case Change:
        return tr("Change");
    case Reason:
        return tr("Reason");
    case Code:
        return tr("Code");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SyncIssuesModel::cell(const sync::SyncIssue &issue, int column, int role) const
{
    if (role == Qt::ToolTipRole && column == Reason)
        return issue.message;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(column)) {
    case Time:
        return DisplayFormat::dateTime(issue.createdAtMs);
    case Change:
        return mutationLabel(issue.mutation);
    case Reason:
        return issue.message.isEmpty() ? issue.code : issue.message;
    case Code:
        return issue.code;
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace shoulou::ui
