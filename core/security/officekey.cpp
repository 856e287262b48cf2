#include "officekey.h"

#include <QCoreApplication>

#include <sodium.h>

#include <algorithm>
#include <iterator>

namespace shoulou::security {

namespace {

void ensureSodium()
{
    static const int ok = sodium_init();
    Q_ASSERT(ok >= 0);
    (void)ok;
}

constexpr char kContext[crypto_kdf_CONTEXTBYTES] = {'S', 'h', 'o', 'u', 'l', 'o', 'u', '1'};

// A secretbox nonce must never repeat under one key. Each thread draws 16 random bytes once
// and counts in the remaining 8, so a nonce is random prefix || counter: unique without a
// getrandom() system call per seal (that call was a sixth of an import's reader thread).
void nextNonce(unsigned char *nonce)
{
    static_assert(crypto_secretbox_NONCEBYTES == 24);
    struct State {
        unsigned char prefix[16];
        quint64 counter = 0;
        State() { randombytes_buf(prefix, sizeof prefix); }
    };
    thread_local State state;
    std::copy(std::begin(state.prefix), std::end(state.prefix), nonce);
    const quint64 n = state.counter++;
    for (int i = 0; i < 8; ++i)
        nonce[16 + i] = static_cast<unsigned char>(n >> (8 * i));
}

} // namespace

Result<OfficeKey> OfficeKey::fromBytes(const QByteArray &master)
{
    ensureSodium();
    if (master.size() != kSize)
        return makeError(
            QStringLiteral("key.size"),
            QCoreApplication::translate("OfficeKey", "The office key must be %1 bytes, found %2.").arg(kSize).arg(master.size()));
    OfficeKey k;
    std::copy(master.begin(), master.end(), k.m_master.begin());
    crypto_kdf_derive_from_key(k.m_seal.data(), kSize, 1, kContext, k.m_master.data());
    crypto_kdf_derive_from_key(k.m_index.data(), kSize, 2, kContext, k.m_master.data());
    crypto_kdf_derive_from_key(k.m_nonce.data(), kSize, 3, kContext, k.m_master.data());
    return k;
}

OfficeKey OfficeKey::generate()
{
    ensureSodium();
    QByteArray bytes(kSize, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    auto key = fromBytes(bytes).value();
    sodium_memzero(bytes.data(), size_t(bytes.size()));
    return key;
}

OfficeKey::~OfficeKey()
{
    sodium_memzero(m_master.data(), kSize);
    sodium_memzero(m_seal.data(), kSize);
    sodium_memzero(m_index.data(), kSize);
    sodium_memzero(m_nonce.data(), kSize);
}

QByteArray OfficeKey::masterBytes() const
{
    return QByteArray(reinterpret_cast<const char *>(m_master.data()), kSize);
}

QByteArray OfficeKey::seal(const QByteArray &plaintext) const
{
    QByteArray out(int(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES) + plaintext.size(), Qt::Uninitialized);
    auto *nonce = reinterpret_cast<unsigned char *>(out.data());
    nextNonce(nonce);
    crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES, reinterpret_cast<const unsigned char *>(plaintext.constData()),
                          size_t(plaintext.size()), nonce, m_seal.data());
    return out;
}

QByteArray OfficeKey::sealDerived(const QByteArray &context, const QByteArray &plaintext) const
{
    QByteArray out(int(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES) + plaintext.size(), Qt::Uninitialized);
    auto *nonce = reinterpret_cast<unsigned char *>(out.data());
    crypto_generichash_state st;
    crypto_generichash_init(&st, m_nonce.data(), kSize, crypto_secretbox_NONCEBYTES);
    const quint64 contextSize = quint64(context.size()); // length-prefixed: no two (context, text) pairs run together
    crypto_generichash_update(&st, reinterpret_cast<const unsigned char *>(&contextSize), sizeof contextSize);
    crypto_generichash_update(&st, reinterpret_cast<const unsigned char *>(context.constData()), size_t(context.size()));
    crypto_generichash_update(&st, reinterpret_cast<const unsigned char *>(plaintext.constData()), size_t(plaintext.size()));
    crypto_generichash_final(&st, nonce, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES, reinterpret_cast<const unsigned char *>(plaintext.constData()),
                          size_t(plaintext.size()), nonce, m_seal.data());
    return out;
}

Result<QByteArray> OfficeKey::open(const QByteArray &sealed) const
{
    const qsizetype overhead = crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES;
    if (sealed.size() < overhead)
        return makeError(QStringLiteral("key.open"), QCoreApplication::translate("OfficeKey", "Encrypted value is truncated."));
    QByteArray out(sealed.size() - overhead, Qt::Uninitialized);
    const auto *nonce = reinterpret_cast<const unsigned char *>(sealed.constData());
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char *>(out.data()), nonce + crypto_secretbox_NONCEBYTES,
                                   size_t(sealed.size() - crypto_secretbox_NONCEBYTES), nonce, m_seal.data()) != 0)
        return makeError(QStringLiteral("key.open"),
                         QCoreApplication::translate("OfficeKey", "Encrypted value cannot be opened with this office key."));
    return out;
}

QByteArray OfficeKey::blindIndex(const QByteArray &domain, const QByteArray &canonical) const
{
    crypto_generichash_state st;
    crypto_generichash_init(&st, m_index.data(), kSize, 32);
    crypto_generichash_update(&st, reinterpret_cast<const unsigned char *>(domain.constData()), size_t(domain.size()));
    const unsigned char sep = 0;
    crypto_generichash_update(&st, &sep, 1);
    crypto_generichash_update(&st, reinterpret_cast<const unsigned char *>(canonical.constData()), size_t(canonical.size()));
    QByteArray out(32, Qt::Uninitialized);
    crypto_generichash_final(&st, reinterpret_cast<unsigned char *>(out.data()), 32);
    return out;
}

QString OfficeKey::checkValue() const
{
    return QString::fromLatin1(blindIndex("key-check", "Shoulou office key v1").toHex());
}

} // namespace shoulou::security
