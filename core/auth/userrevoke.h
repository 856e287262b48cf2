#pragma once

#include "auth/useroutcome.h"
#include "util/result.h"

#include <QJsonObject>
#include <QString>

namespace shoulou::auth {

// user.revoke@1: the user may no longer sign in or apply anything (app_user.active = 0). Nobody
// revokes themselves, and the office keeps at least one active site manager or administrator.
struct UserRevoke final {
    static constexpr const char *kName = "user.revoke";
    static constexpr int kVersion = 1;
    using Outcome = UserOutcome;

    QString userId;

    QJsonObject toJson() const { return {{QStringLiteral("user_id"), userId}}; }
    static Result<UserRevoke> fromJson(const QJsonObject &json, int version = kVersion);
    friend bool operator==(const UserRevoke &, const UserRevoke &) = default;
};

} // namespace shoulou::auth
