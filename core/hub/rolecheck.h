#pragma once

#include <QByteArray>
#include <QString>

namespace shoulou::hub {

// May the user `userId` of `role` (kiosk | consultant | manager | channel | admin) have
// `mutationName` ("lead.ingest") with `argsJson` applied? The one place the hub asks; the answer
// is core/auth's permission table (auth::Permissions), the same the desk and the CLI check, so a
// limited role (the kiosk's visits, a consultant's customer edits without owner) is judged on
// the op's arguments as the desk judged them.
struct RoleDecision final {
    bool allowed = false;
    QString reason; // for a person, when not allowed
};

RoleDecision mayApply(const QString &role, const QString &userId, const QString &mutationName, const QByteArray &argsJson);

} // namespace shoulou::hub
