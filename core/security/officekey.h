#pragma once

#include "util/result.h"

#include <QByteArray>

#include <array>

namespace shoulou::security {

// The office's 32-byte master key and the subkeys derived from it (libsodium KDF):
// one seals personal data (XSalsa20-Poly1305 secretbox), one computes blind indexes
// (keyed BLAKE2b) so resident ids can be matched without being stored in clear.
class OfficeKey final {
public:
    static constexpr int kSize = 32;

    static Result<OfficeKey> fromBytes(const QByteArray &master);
    static OfficeKey generate();
    ~OfficeKey();
    OfficeKey(const OfficeKey &) = default;
    OfficeKey &operator=(const OfficeKey &) = default;

    QByteArray masterBytes() const;

    // nonce || ciphertext; a fresh nonce each time (a per-thread random prefix and a counter).
    QByteArray seal(const QByteArray &plaintext) const;
    Result<QByteArray> open(const QByteArray &sealed) const;
    // The same format, with the nonce derived from `context` and the plaintext (keyed BLAKE2b,
    // as in SIV): for a value a handler seals while it applies an op, so every replica that
    // applies the op writes the same bytes (replays stay identical). Equal (context,
    // plaintext) give equal output; different plaintexts never share a nonce.
    QByteArray sealDerived(const QByteArray &context, const QByteArray &plaintext) const;

    // 32-byte keyed hash; `domain` separates uses ("rid", "lead") so indexes never collide.
    QByteArray blindIndex(const QByteArray &domain, const QByteArray &canonical) const;

    // A value stored in the database that proves a later key is the same key.
    QString checkValue() const;

private:
    OfficeKey() = default;
    std::array<unsigned char, kSize> m_master{};
    std::array<unsigned char, kSize> m_seal{};
    std::array<unsigned char, kSize> m_index{};
    std::array<unsigned char, kSize> m_nonce{};
};

} // namespace shoulou::security
