#pragma once

#include "util/result.h"

#include <QByteArray>

#include <array>

namespace shoulou::security {

class OfficeKey;

// The office's X25519 sealing key pair (libsodium crypto_box), derived from the office key
// alone: every full replica and the hub (which can open the office key sealed to it) derive the
// same pair, and nothing of it is stored. The public key is not secret: the reception kiosk,
// which never holds the office key, gets it at enrolment and seals what a visitor tells it
// (crypto_box_seal) so that only a holder of the office key can read it.
class OfficeSealKey final {
public:
    static constexpr int kPublicKeySize = 32;

    explicit OfficeSealKey(const OfficeKey &key);
    ~OfficeSealKey();
    OfficeSealKey(const OfficeSealKey &) = default;
    OfficeSealKey &operator=(const OfficeSealKey &) = default;

    QByteArray publicKey() const;
    // Opens a message sealed to publicKey(); refused (key.seal_open) when it was sealed to
    // another key, cut short or changed on the way.
    Result<QByteArray> open(const QByteArray &sealed) const;

    // Seals `message` to an office's public key (what the kiosk does): anonymous, so even the
    // kiosk cannot open what it sealed. Refused (key.seal_public) for a key of the wrong size.
    static Result<QByteArray> seal(const QByteArray &publicKey, const QByteArray &message);

private:
    std::array<unsigned char, kPublicKeySize> m_public{};
    std::array<unsigned char, 32> m_secret{};
};

} // namespace shoulou::security
