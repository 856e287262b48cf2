#pragma once

#include "util/result.h"

#include <QString>

namespace shoulou::auth {

// Passwords are kept only as argon2id verifiers: libsodium's crypto_pwhash_str string
// ("$argon2id$v=19$m=65536,t=2,p=1$<salt>$<hash>", salt and parameters inside) with the
// interactive limits (64 MiB, 2 passes; about a tenth of a second here). The password itself
// is QString → UTF-8 and never stored, logged or put in a mutation: the verifier is computed
// before the mutation (user.set_password carries only it), so the outbox and the hub see the
// verifier, which the hub also needs to sign the user in. Hashing and verifying take that
// tenth of a second on purpose: never on the GUI thread.
class PasswordVerifier final {
public:
    static constexpr int kMinimumLength = 8;    // characters (code points)
    static constexpr int kMaximumLength = 1024; // a bound on what a sign-in box hands to argon2

    // A new password is at least 8 characters long; the error names `field` (the label the
    // person sees, "Password" by default) — code auth.password_too_short / _too_long.
    static Result<void> checkNew(const QString &password, const QString &field = {});
    // The verifier of a new password (refused like checkNew); a fresh random salt each time.
    static Result<QString> create(const QString &password, const QString &field = {});
    // True when `password` is the one `verifier` was made from. A malformed verifier verifies
    // nothing.
    static bool verify(const QString &verifier, const QString &password);
    // True when `verifier` was made with other limits than this build's (or is malformed):
    // after a successful sign-in the desk makes a new one from the password just typed.
    static bool needsRehash(const QString &verifier);
    // True when `text` has the shape of a verifier this build makes: what user.set_password
    // accepts, so a plain password can never be stored by mistake.
    static bool looksLikeVerifier(const QString &text);
};

} // namespace shoulou::auth
