#include "commands.h"

#include "auth/permissions.h"

#include <QTextStream>

namespace shoulou::cli {

// Prints the table of who may do what as docs/roles.md holds it (tst_permissions compares
// the two): `shoulou-cli roles` regenerates the doc's table after a change.
int rolesCommand(const QStringList &)
{
    QTextStream(stdout) << auth::Permissions::markdown();
    return Ok;
}

} // namespace shoulou::cli
