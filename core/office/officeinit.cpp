#include "officeinit.h"

#include "mutation/args.h"

namespace shoulou::office {

// {"name"}
Result<OfficeInit> OfficeInit::fromJson(const QJsonObject &json, int version)
{
    mutation::Args a(mutation::mutationLabel(kName, version), json);
    OfficeInit o{a.text("name")};
    if (!a.ok())
        return a.error();
    return o;
}

Result<OfficeInit::Outcome> OfficeInit::Outcome::fromJson(const QJsonObject &json)
{
    mutation::Args a(QString::fromLatin1(kName), json);
    Outcome o{a.text("office_id")};
    if (!a.ok())
        return a.error();
    return o;
}

} // namespace shoulou::office
