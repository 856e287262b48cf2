#include "passwordverifier.h"

#include <QCoreApplication>

#include <sodium.h>

namespace shoulou::auth {

namespace {

bool sodiumReady()
{
    static const int ok = sodium_init();
    return ok >= 0;
}

// The UTF-8 bytes of a password, wiped when they go out of scope.
class SecretBytes final {
public:
    explicit SecretBytes(const QString &text)
        : m_bytes(text.toUtf8())
    {}
    ~SecretBytes() { sodium_memzero(m_bytes.data(), size_t(m_bytes.size())); }
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;
    const char *data() const { return m_bytes.constData(); }
    unsigned long long size() const { return static_cast<unsigned long long>(m_bytes.size()); }

private:
    QByteArray m_bytes;
};

QString fieldLabel(const QString &field)
{
    return field.isEmpty() ? QCoreApplication::translate("PasswordVerifier", "Password") : field;
}

} // namespace

Result<void> PasswordVerifier::checkNew(const QString &password, const QString &field)
{
    const qsizetype length = password.toUcs4().size();
    if (length < kMinimumLength)
        return makeError(
            QStringLiteral("auth.password_too_short"),
            QCoreApplication::translate("PasswordVerifier", "%1 is too short: at least %n characters.", nullptr, kMinimumLength)
                .arg(fieldLabel(field)));
    if (length > kMaximumLength)
        return makeError(QStringLiteral("auth.password_too_long"),
                         QCoreApplication::translate("PasswordVerifier", "%1 is too long: at most %n characters.", nullptr, kMaximumLength)
                             .arg(fieldLabel(field)));
    return {};
}

Result<QString> PasswordVerifier::create(const QString &password, const QString &field)
{
    if (auto r = checkNew(password, field); !r)
        return r.error();
    if (!sodiumReady())
        return makeError(QStringLiteral("auth.sodium"),
                         QCoreApplication::translate("PasswordVerifier", "libsodium could not be initialised."));
    const SecretBytes secret(password);
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, secret.data(), secret.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return makeError(QStringLiteral("auth.out_of_memory"),
                         QCoreApplication::translate("PasswordVerifier", "Not enough memory to protect the password (64 MiB are needed)."));
    return QString::fromLatin1(out);
}

bool PasswordVerifier::verify(const QString &verifier, const QString &password)
{
    if (!sodiumReady() || !looksLikeVerifier(verifier))
        return false;
    const QByteArray stored = verifier.toLatin1(); // NUL-terminated, as crypto_pwhash_str_verify wants
    const SecretBytes secret(password);
    return crypto_pwhash_str_verify(stored.constData(), secret.data(), secret.size()) == 0;
}

bool PasswordVerifier::needsRehash(const QString &verifier)
{
    if (!sodiumReady() || !looksLikeVerifier(verifier))
        return true;
    const QByteArray stored = verifier.toLatin1();
    return crypto_pwhash_str_needs_rehash(stored.constData(), crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0;
}

bool PasswordVerifier::looksLikeVerifier(const QString &text)
{
    // crypto_pwhash_str writes at most crypto_pwhash_STRBYTES - 1 printable ASCII characters.
    if (!text.startsWith(QLatin1String("$argon2id$v=")) || text.size() >= qsizetype(crypto_pwhash_STRBYTES))
        return false;
    for (const QChar c : text)
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return false;
    return text.count(QLatin1Char('$')) == 5;
}

} // namespace shoulou::auth
