#include "hubkeys.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <sodium.h>

namespace shoulou::hub {

namespace {

// "shoulou-hub-key v1 <hex public> <hex secret>"
constexpr const char *kMagic = "shoulou-hub-key";

Error keyFileError(const QString &path, const QString &why)
{
    return makeError(QStringLiteral("hub.key_file"), QCoreApplication::translate("HubKeys", "Hub key file %1: %2").arg(path, why));
}

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

} // namespace

HubKeys::HubKeys(QByteArray publicKey, QByteArray secretKey)
    : m_public(std::move(publicKey))
    , m_secret(std::move(secretKey))
{}

HubKeys::HubKeys(HubKeys &&other) noexcept
    : m_public(std::move(other.m_public))
    , m_secret(std::move(other.m_secret))
{}

HubKeys &HubKeys::operator=(HubKeys &&other) noexcept
{
    if (this != &other) {
        wipe(m_secret);
        m_public = std::move(other.m_public);
        m_secret = std::move(other.m_secret);
    }
    return *this;
}

HubKeys::~HubKeys()
{
    wipe(m_secret);
}

Result<HubKeys> HubKeys::create(const QString &path)
{
    if (sodium_init() < 0)
        return makeError(QStringLiteral("hub.crypto"), QCoreApplication::translate("HubKeys", "libsodium could not be initialised."));
    if (QFile::exists(path))
        return keyFileError(path, QCoreApplication::translate("HubKeys", "it already exists and is never overwritten"));
    QByteArray pk(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized), sk(crypto_box_SECRETKEYBYTES, Qt::Uninitialized);
    crypto_box_keypair(reinterpret_cast<unsigned char *>(pk.data()), reinterpret_cast<unsigned char *>(sk.data()));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        wipe(sk);
        return keyFileError(path, f.errorString());
    }
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QByteArray line = QByteArray(kMagic) + " v1 " + pk.toHex() + ' ' + sk.toHex() + '\n';
    f.write(line);
    wipe(line);
    if (!f.commit()) {
        wipe(sk);
        return keyFileError(path, f.errorString());
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return HubKeys(std::move(pk), std::move(sk));
}

Result<HubKeys> HubKeys::load(const QString &path, const QByteArray &expectedPublicKey)
{
    if (sodium_init() < 0)
        return makeError(QStringLiteral("hub.crypto"), QCoreApplication::translate("HubKeys", "libsodium could not be initialised."));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return keyFileError(path, f.errorString());
    QByteArray text = f.readAll();
    const QList<QByteArray> parts = text.trimmed().split(' ');
    wipe(text);
    if (parts.size() != 4 || parts[0] != kMagic || parts[1] != "v1")
        return keyFileError(path, QCoreApplication::translate("HubKeys", "the file is damaged"));
    QByteArray pk = QByteArray::fromHex(parts[2]);
    QByteArray sk = QByteArray::fromHex(parts[3]);
    if (pk.size() != crypto_box_PUBLICKEYBYTES || sk.size() != crypto_box_SECRETKEYBYTES) {
        wipe(sk);
        return keyFileError(path, QCoreApplication::translate("HubKeys", "the file is damaged"));
    }
    // The public key must follow from the secret one and be the hub's.
    QByteArray derived(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto_scalarmult_base(reinterpret_cast<unsigned char *>(derived.data()), reinterpret_cast<const unsigned char *>(sk.constData()));
    if (derived != pk || (!expectedPublicKey.isEmpty() && pk != expectedPublicKey)) {
        wipe(sk);
        return keyFileError(path, QCoreApplication::translate("HubKeys", "it belongs to another hub"));
    }
    if ((f.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) != 0)
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return HubKeys(std::move(pk), std::move(sk));
}

std::optional<QByteArray> HubKeys::unseal(const QByteArray &sealed) const
{
    if (sealed.size() < qsizetype(crypto_box_SEALBYTES))
        return std::nullopt;
    QByteArray out(sealed.size() - qsizetype(crypto_box_SEALBYTES), Qt::Uninitialized);
    if (crypto_box_seal_open(reinterpret_cast<unsigned char *>(out.data()), reinterpret_cast<const unsigned char *>(sealed.constData()),
                             quint64(sealed.size()), reinterpret_cast<const unsigned char *>(m_public.constData()),
                             reinterpret_cast<const unsigned char *>(m_secret.constData())) != 0)
        return std::nullopt;
    return out;
}

std::optional<QByteArray> HubKeys::sealTo(const QByteArray &publicKey, const QByteArray &message)
{
    if (publicKey.size() != crypto_box_PUBLICKEYBYTES)
        return std::nullopt;
    QByteArray out(message.size() + qsizetype(crypto_box_SEALBYTES), Qt::Uninitialized);
    if (crypto_box_seal(reinterpret_cast<unsigned char *>(out.data()), reinterpret_cast<const unsigned char *>(message.constData()),
                        quint64(message.size()), reinterpret_cast<const unsigned char *>(publicKey.constData())) != 0)
        return std::nullopt;
    return out;
}

} // namespace shoulou::hub
