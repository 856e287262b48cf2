#include "officesetup.h"

#include "mutation/applier.h"
#include "storage/database.h"

#include <QJsonObject>

namespace shoulou::office {

Result<void> ensureOffice(mutation::Applier &applier, const QString &defaultName)
{
    if (applier.database().queryInt("SELECT count(*) FROM office") > 0)
        return {};
    auto r = applier.apply(QStringLiteral("office.init"), 1, QJsonObject{{QStringLiteral("name"), defaultName}});
    if (!r)
        return r.error();
    return {};
}

} // namespace shoulou::office
