#pragma once

// The hub's records as the wire shows them (docs/sync-protocol.md): the user and the office in
// the answers of enroll, signin and hello.
#include "hub/hubrecords.h"

#include <QJsonObject>

namespace shoulou::hub {

inline QJsonObject userJson(const UserRecord &u)
{
    return {{QStringLiteral("id"), u.id},
            {QStringLiteral("login"), u.login},
            {QStringLiteral("display_name"), u.displayName},
            {QStringLiteral("role"), u.role}};
}

inline QJsonObject officeJson(const OfficeRecord &o)
{
    return {{QStringLiteral("id"), o.id}, {QStringLiteral("code"), o.code}, {QStringLiteral("name"), o.name}};
}

} // namespace shoulou::hub
