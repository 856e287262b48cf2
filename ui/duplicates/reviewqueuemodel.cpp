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
            // A person's group of look-alikes is one row: the first, and how many more.
            return e.lookAlikes.size() > 1 ? tr("%1 and %n more look-alike(s)", nullptr, int(e.lookAlikes.size() - 1)).arg(e.nameB)
                                           : e.nameB;
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
