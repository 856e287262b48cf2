#include "officesealkey.h"

#include "security/officekey.h"

#include <QCoreApplication>

#include <sodium.h>

namespace shoulou::security {

namespace {

// Its own KDF context, so the pair's seed never equals a subkey OfficeKey derives.
constexpr char kContext[crypto_kdf_CONTEXTBYTES] = {'S', 'h', 'S', 'e', 'a', 'l', '0', '1'};

static_assert(crypto_box_PUBLICKEYBYTES == OfficeSealKey::kPublicKeySize && crypto_box_SECRETKEYBYTES == 32 && crypto_box_SEEDBYTES == 32);

} // namespace

OfficeSealKey::OfficeSealKey(const OfficeKey &key)
{
    if (sodium_init() < 0)
        qFatal("libsodium could not be initialised");
    QByteArray master = key.masterBytes();
    unsigned char seed[crypto_box_SEEDBYTES];
    crypto_kdf_derive_from_key(seed, sizeof seed, 1, kContext, reinterpret_cast<const unsigned char *>(master.constData()));
    crypto_box_seed_keypair(m_public.data(), m_secret.data(), seed);
    sodium_memzero(seed, sizeof seed);
    sodium_memzero(master.data(), size_t(master.size()));
}

OfficeSealKey::~OfficeSealKey()
{
    sodium_memzero(m_secret.data(), m_secret.size());
}

QByteArray OfficeSealKey::publicKey() const
{
    return QByteArray(reinterpret_cast<const char *>(m_public.data()), kPublicKeySize);
}

Result<QByteArray> OfficeSealKey::open(const QByteArray &sealed) const
{
    if (sealed.size() <= qsizetype(crypto_box_SEALBYTES))
        return makeError(QStringLiteral("key.seal_open"), QCoreApplication::translate("OfficeSealKey", "The sealed value is truncated."));
    QByteArray out(sealed.size() - qsizetype(crypto_box_SEALBYTES), Qt::Uninitialized);
    if (crypto_box_seal_open(reinterpret_cast<unsigned char *>(out.data()), reinterpret_cast<const unsigned char *>(sealed.constData()),
                             quint64(sealed.size()), m_public.data(), m_secret.data()) != 0) {
        sodium_memzero(out.data(), size_t(out.size()));
        return makeError(QStringLiteral("key.seal_open"),
                         QCoreApplication::translate("OfficeSealKey",
                                                     "The sealed value cannot be opened with this office's key: it was sealed for "
                                                     "another office or changed on the way."));
    }
    return out;
}

Result<QByteArray> OfficeSealKey::seal(const QByteArray &publicKey, const QByteArray &message)
{
    if (sodium_init() < 0)
        qFatal("libsodium could not be initialised");
    if (publicKey.size() != kPublicKeySize)
        return makeError(QStringLiteral("key.seal_public"),
                         QCoreApplication::translate("OfficeSealKey", "The office's public sealing key must be %1 bytes, found %2.")
                             .arg(kPublicKeySize)
                             .arg(publicKey.size()));
    QByteArray out(message.size() + qsizetype(crypto_box_SEALBYTES), Qt::Uninitialized);
    crypto_box_seal(reinterpret_cast<unsigned char *>(out.data()), reinterpret_cast<const unsigned char *>(message.constData()),
                    quint64(message.size()), reinterpret_cast<const unsigned char *>(publicKey.constData()));
    return out;
}

} // namespace shoulou::security
