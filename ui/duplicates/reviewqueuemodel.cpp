#include "reviewqueuemodel.h"

#include "common/displayformat.h"

namespace shoulou::ui {

QVariant ReviewQueueModel::cell(const customer::ReviewEntry &e, int column, int role) const
{
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Kind:
            return DisplayFormat::reviewKind(e.kind);
        case CustomerA:
            return e.nameA;
        case CustomerB:
            return e.nameB;
        case Raised:
            return DisplayFormat::dateTime(e.createdAt);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && (column == CustomerA || column == CustomerB))
        return tr("Double-click or press Enter to open this customer.");
    return {};
}

QString ReviewQueueModel::header(int column) const
{
    switch (column) {
    case Kind:
        return tr("Why");
    case CustomerA:
        return tr("Customer A");
    case CustomerB:
        return tr("Customer B");
    case Raised:
        return tr("Found");
    default:
        return {};
    }
}

} // namespace shoulou::ui
