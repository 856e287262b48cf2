#pragma once

#include "office/role.h"
#include "util/result.h"

#include <QJsonObject>
#include <QString>

namespace shoulou::office {

// user.create@1: a person who works in the office. fromJson is strict: login, display name
// and a known role are required.
struct UserCreate final {
    static constexpr const char *kName = "user.create";
    static constexpr int kVersion = 1;

    QString login;
    QString displayName;
    Role role = Role::Consultant;

    QJsonObject toJson() const;
    static Result<UserCreate> fromJson(const QJsonObject &json, int version = kVersion);
    friend bool operator==(const UserCreate &, const UserCreate &) = default;

    struct Outcome {
        QString userId;
        QJsonObject toJson() const { return {{QStringLiteral("user_id"), userId}}; }
        static Result<Outcome> fromJson(const QJsonObject &json);
        friend bool operator==(const Outcome &, const Outcome &) = default;
    };
};

} // namespace shoulou::office
