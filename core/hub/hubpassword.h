#pragma once

#include "util/result.h"

#include <QString>

// Password verifiers at the hub: argon2id through libsodium crypto_pwhash_str with the
// interactive limits — the same format core/auth's PasswordVerifier writes (branch s), so a
// verifier learnt from the log (user.set_password) checks here. Until core/auth lands this is
// the hub's own copy; the integrator may switch it to auth::PasswordVerifier.
namespace shoulou::hub::password {

constexpr int kMinimumLength = 8;

// The crypto_pwhash_str string; refuses a password shorter than kMinimumLength characters.
Result<QString> hash(const QString &password);
// True when `password` matches `verifier`. An empty verifier matches nothing.
bool verify(const QString &verifier, const QString &password);
// Spends the time of one verification (for unknown logins: the answer time says nothing).
void burnOneVerification();

} // namespace shoulou::hub::password
