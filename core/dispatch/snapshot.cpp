#include "snapshot.h"

#include <algorithm>

namespace shoulou::dispatch {

const Consultant *Snapshot::find(const QString &id) const
{
    for (const Consultant &c : roster)
        if (c.id == id)
            return &c;
    return nullptr;
}

QStringList Snapshot::rotationOrder() const
{
    QStringList order;
    for (const QString &id : rotation)
        if (!order.contains(id))
            order << id;
    QStringList late;
    for (const Consultant &c : roster)
        if (c.onDuty && !order.contains(c.id))
            late << c.id;
    std::sort(late.begin(), late.end());
    return order + late;
}

} // namespace shoulou::dispatch
