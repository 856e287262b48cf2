#pragma once

#include "auth/useroutcome.h"
#include "util/result.h"

#include <QJsonObject>
#include <QString>

namespace shoulou::auth {

// user.set_password@1: the user's new password, as its argon2id verifier (PasswordVerifier::
// create, computed before the mutation and outside it): the outbox and the hub never see the
// password, only the verifier — which the hub needs to sign the user in. Clears
// must_change_password. fromJson refuses anything that is not a verifier, so a plain password
// cannot be stored by mistake. Anyone may set their own; a manager or admin anyone's.
struct UserSetPassword final {
    static constexpr const char *kName = "user.set_password";
    static constexpr int kVersion = 1;
    using Outcome = UserOutcome;

    QString userId;
    QString passwordHash; // the crypto_pwhash_str string

    QJsonObject toJson() const;
    static Result<UserSetPassword> fromJson(const QJsonObject &json, int version = kVersion);
    friend bool operator==(const UserSetPassword &, const UserSetPassword &) = default;
};

} // namespace shoulou::auth
