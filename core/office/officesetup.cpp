#include "officesetup.h"

#include "mutation/applier.h"
#include "office/officeinit.h"
#include "storage/database.h"

namespace shoulou::office {

Result<void> ensureOffice(mutation::Applier &applier, const QString &defaultName)
{
    if (applier.database().queryInt("SELECT count(*) FROM office") > 0)
        return {};
    auto r = applier.apply(OfficeInit{defaultName});
    if (!r)
        return r.error();
    return {};
}

} // namespace shoulou::office
