#pragma once

#include <QString>

namespace shoulou::hub {

// May a user of `role` (kiosk | consultant | manager | channel | admin) have `mutationName`
// ("lead.ingest") applied? The one place the hub asks. A stand-in with the obvious rules
// until core/auth's permission table (auth::mayApply, branch s) lands: the integrator switches
// this function's body to it and nothing else changes.
struct RoleDecision final {
    bool allowed = false;
    QString reason; // for a person, when not allowed
};

RoleDecision mayApply(const QString &role, const QString &mutationName);

} // namespace shoulou::hub
