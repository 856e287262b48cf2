#pragma once

#include "security/keystore.h"

namespace shoulou::security {

// The key in a file beside the database ("office.db.key"), mode 0600. The fallback for
// machines with no keychain service (a headless hub, CI); it warns once, when it creates the file.
class FileKeyStore final : public KeyStore {
public:
    explicit FileKeyStore(QString databasePath)
        : m_path(databasePath + QStringLiteral(".key"))
    {}
    Result<QByteArray> load(const QString &databaseId) override;
    Result<void> store(const QString &databaseId, const QByteArray &key) override;
    QString describe(const QString &databaseId) const override;
    const QString &path() const { return m_path; }

private:
    QString m_path;
};

} // namespace shoulou::security
