#pragma once

#include "auth/useroutcome.h"
#include "util/result.h"

#include <QJsonObject>
#include <QString>

namespace shoulou::auth {

// user.restore@1: a revoked user may sign in again (app_user.active = 1).
struct UserRestore final {
    static constexpr const char *kName = "user.restore";
    static constexpr int kVersion = 1;
    using Outcome = UserOutcome;

    QString userId;

    QJsonObject toJson() const { return {{QStringLiteral("user_id"), userId}}; }
    static Result<UserRestore> fromJson(const QJsonObject &json, int version = kVersion);
    friend bool operator==(const UserRestore &, const UserRestore &) = default;
};

} // namespace shoulou::auth
