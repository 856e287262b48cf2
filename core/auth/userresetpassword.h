#pragma once

#include "auth/useroutcome.h"
#include "util/result.h"

#include <QJsonObject>
#include <QString>

namespace shoulou::auth {

// user.reset_password@1: a manager or admin forgets a user's password (the verifier is cleared) and
// marks it to be set again: the user sets a new one at their next sign-in.
struct UserResetPassword final {
    static constexpr const char *kName = "user.reset_password";
    static constexpr int kVersion = 1;
    using Outcome = UserOutcome;

    QString userId;

    QJsonObject toJson() const { return {{QStringLiteral("user_id"), userId}}; }
    static Result<UserResetPassword> fromJson(const QJsonObject &json, int version = kVersion);
    friend bool operator==(const UserResetPassword &, const UserResetPassword &) = default;
};

} // namespace shoulou::auth
