#pragma once

#include "util/result.h"

#include <QJsonObject>
#include <QString>

namespace shoulou::auth {

// What the user.* mutations of this module answer: the user they changed.
struct UserOutcome final {
    QString userId;
    QJsonObject toJson() const { return {{QStringLiteral("user_id"), userId}}; }
    static Result<UserOutcome> fromJson(const QJsonObject &json);
    friend bool operator==(const UserOutcome &, const UserOutcome &) = default;
};

} // namespace shoulou::auth
