#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace shoulou::hub {

// The hub's X25519 key pair (libsodium crypto_box). Desks seal the office key to its public
// key (crypto_box_seal); the hub opens it only to seal it again to an enrolling desk's own key,
// so the office key never crosses the wire or rests on disk in the clear. The secret key lives
// in its own file (mode 0600, beside hub.db), never in the database, never in a log line.
class HubKeys final {
public:
    // Makes a new pair and writes `path` (refuses to overwrite an existing file).
    static Result<HubKeys> create(const QString &path);
    // Reads `path`; refuses a file that is damaged or whose public key is not `expectedPublicKey`.
    static Result<HubKeys> load(const QString &path, const QByteArray &expectedPublicKey);

    HubKeys(HubKeys &&other) noexcept;
    HubKeys &operator=(HubKeys &&other) noexcept;
    HubKeys(const HubKeys &) = delete;
    HubKeys &operator=(const HubKeys &) = delete;
    ~HubKeys();

    const QByteArray &publicKey() const { return m_public; }
    // Opens a message sealed to this hub; nullopt when it was not (or was tampered with).
    std::optional<QByteArray> unseal(const QByteArray &sealed) const;
    // Seals `message` to someone else's X25519 public key (crypto_box_seal).
    static std::optional<QByteArray> sealTo(const QByteArray &publicKey, const QByteArray &message);

private:
    HubKeys(QByteArray publicKey, QByteArray secretKey);
    QByteArray m_public;
    QByteArray m_secret;
};

} // namespace shoulou::hub
