#pragma once

#include "security/keystore.h"

namespace shoulou::security {

// The OS keychain through QtKeychain (Secret Service / KWallet on Linux, the Windows
// credential store, macOS Keychain). Needs a running event loop-capable QCoreApplication.
class KeychainKeyStore final : public KeyStore {
public:
    // False where no keychain service can answer (no D-Bus session on Linux): callers fall
    // back to a key file instead of waiting on a service that is not there.
    static bool serviceLikelyAvailable();

    Result<QByteArray> load(const QString &databaseId) override;
    Result<void> store(const QString &databaseId, const QByteArray &key) override;
    QString describe(const QString &databaseId) const override;
};

} // namespace shoulou::security
