#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace shoulou::security {

// Where an office database's master key lives. load() answers an empty array when the store
// simply has no key for this database (as opposed to an error reaching the store).
class KeyStore {
public:
    virtual ~KeyStore() = default;
    virtual Result<QByteArray> load(const QString &databaseId) = 0;
    virtual Result<void> store(const QString &databaseId, const QByteArray &key) = 0;
    // For messages: "the system keychain (Shoulou/…)" or "key file /path".
    virtual QString describe(const QString &databaseId) const = 0;
};

} // namespace shoulou::security
