#include "rolecheck.h"

#include <QCoreApplication>

namespace shoulou::hub {

RoleDecision mayApply(const QString &role, const QString &mutationName)
{
    static const QStringList known{QStringLiteral("kiosk"), QStringLiteral("consultant"), QStringLiteral("manager"),
                                   QStringLiteral("channel"), QStringLiteral("admin")};
    if (!known.contains(role))
        return {false, QCoreApplication::translate("RoleCheck", "The user has no known role.")};
    // The reception kiosk registers visits (a walk-in's lead.ingest) and nothing else.
    if (role == QLatin1String("kiosk") && mutationName != QLatin1String("lead.ingest"))
        return {false,
                QCoreApplication::translate("RoleCheck", "The reception kiosk may only register visits (not %1).").arg(mutationName)};
    return {true, {}};
}

} // namespace shoulou::hub
