#include "hubpassword.h"

#include <QCoreApplication>

#include <sodium.h>

namespace shoulou::hub::password {

Result<QString> hash(const QString &password)
{
    if (password.size() < kMinimumLength)
        return makeError(QStringLiteral("password.too_short"),
                         QCoreApplication::translate("HubPassword", "The password must have at least %1 characters.").arg(kMinimumLength));
    if (sodium_init() < 0)
        return makeError(QStringLiteral("hub.crypto"), QCoreApplication::translate("HubPassword", "libsodium could not be initialised."));
    QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const int rc = crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                     crypto_pwhash_MEMLIMIT_INTERACTIVE);
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    if (rc != 0)
        return makeError(QStringLiteral("hub.crypto"),
                         QCoreApplication::translate("HubPassword", "Not enough memory to compute the password verifier."));
    return QString::fromLatin1(out);
}

bool verify(const QString &verifier, const QString &password)
{
    if (verifier.isEmpty() || sodium_init() < 0)
        return false;
    const QByteArray v = verifier.toLatin1();
    QByteArray utf8 = password.toUtf8();
    const bool ok = crypto_pwhash_str_verify(v.constData(), utf8.constData(), quint64(utf8.size())) == 0;
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    return ok;
}

void burnOneVerification()
{
    static const QString dummy = [] {
        auto h = hash(QStringLiteral("not-a-password-of-anyone"));
        return h ? *h : QString();
    }();
    (void)verify(dummy, QStringLiteral("x"));
}

} // namespace shoulou::hub::password
