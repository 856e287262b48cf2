#include "usersetpassword.h"

#include "auth/passwordverifier.h"
#include "mutation/args.h"

#include <QCoreApplication>

namespace shoulou::auth {

QJsonObject UserSetPassword::toJson() const
{
    return {{QStringLiteral("user_id"), userId}, {QStringLiteral("password_hash"), passwordHash}};
}

// {"user_id", "password_hash": "$argon2id$v=19$…"}
Result<UserSetPassword> UserSetPassword::fromJson(const QJsonObject &json, int version)
{
    mutation::Args a(mutation::mutationLabel(kName, version), json);
    UserSetPassword m{a.text("user_id"), a.text("password_hash")};
    if (a.ok() && !PasswordVerifier::looksLikeVerifier(m.passwordHash))
        a.fail("password_hash", QCoreApplication::translate("AuthMutations", "must be an argon2id verifier, never a password"));
    if (!a.ok())
        return a.error();
    return m;
}

} // namespace shoulou::auth
