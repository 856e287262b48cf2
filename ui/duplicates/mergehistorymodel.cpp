#include "mergehistorymodel.h"

#include "common/displayformat.h"

#include <QBrush>
#include <QPalette>

namespace shoulou::ui {

QString MergeHistoryModel::withPhone(const QString &name, const QString &maskedPhone) const
{
    return maskedPhone.isEmpty() ? name : tr("%1 (%2)").arg(name, maskedPhone);
}

QVariant MergeHistoryModel::cell(const customer::MergeRecord &r, int column, int role) const
{
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Survivor:
            return withPhone(r.survivorName, r.survivorPhone);
        case Merged:
            return withPhone(r.mergedName, r.mergedPhone);
        case Reason:
            return DisplayFormat::mergeReason(r.reason);
        case When:
            return DisplayFormat::dateTime(r.mergedAt);
        case By:
            return r.mergedBy;
        case State:
            if (!r.undone())
                return tr("Merged");
            return r.unmergedBy.isEmpty() ? tr("Undone %1").arg(DisplayFormat::dateTime(r.unmergedAt))
                                          : tr("Undone %1 by %2").arg(DisplayFormat::dateTime(r.unmergedAt), r.unmergedBy);
        default:
            return {};
        }
    }
    // An undone merge no longer describes anyone: shown, but greyed out.
    if (role == Qt::ForegroundRole && r.undone())
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    if (role == Qt::ToolTipRole && (column == Survivor || column == Merged))
        return tr("Double-click or press Enter to open this customer.");
    return {};
}

QString MergeHistoryModel::header(int column) const
{
    switch (column) {
    case Survivor:
        return tr("Kept customer");
    case Merged:
        return tr("Merged into it");
    case Reason:
        return tr("Why");
    case When:
        return tr("Merged at");
    case By:
        return tr("Merged by");
    case State:
        return tr("State");
    default:
        return {};
    }
}

} // namespace shoulou::ui
