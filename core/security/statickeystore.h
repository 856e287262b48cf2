#pragma once

#include "security/keystore.h"

namespace shoulou::security {

// An explicit key handed in by the caller (tests, tooling). Never persists anything.
class StaticKeyStore final : public KeyStore {
public:
    explicit StaticKeyStore(QByteArray key)
        : m_key(std::move(key))
    {}
    Result<QByteArray> load(const QString &) override { return m_key; }
    Result<void> store(const QString &, const QByteArray &key) override
    {
        m_key = key;
        return {};
    }
    QString describe(const QString &) const override { return QStringLiteral("test key"); }

private:
    QByteArray m_key;
};

} // namespace shoulou::security
