#include "keyunlock.h"

#include "security/filekeystore.h"
#include "security/keychainkeystore.h"
#include "storage/database.h"
#include "util/clock.h"
#include "util/uuid.h"

#include <QCoreApplication>
#include <QFile>

namespace shoulou::security {

namespace {

Result<QString> databaseId(storage::Database &db)
{
    QString id = db.meta(QStringLiteral("database_id"));
    if (id.isEmpty()) {
        id = UuidV7(SystemClock::instance()).next();
        if (auto r = db.setMeta(QStringLiteral("database_id"), id); !r)
            return r.error();
    }
    return id;
}

} // namespace

Result<OfficeKey> unlockOfficeKey(storage::Database &db, KeyStore &store)
{
    const auto id = databaseId(db);
    if (!id)
        return id.error();
    const QString check = db.meta(QStringLiteral("key_check"));
    const auto loaded = store.load(*id);
    if (!loaded)
        return loaded.error();

    if (check.isEmpty()) {
        // First use of this database: make the key, store it, then fingerprint it.
        OfficeKey key = loaded->isEmpty() ? OfficeKey::generate() : OfficeKey::fromBytes(*loaded).value();
        if (loaded->isEmpty()) {
            if (auto r = store.store(*id, key.masterBytes()); !r)
                return r.error();
        }
        if (auto r = db.setMeta(QStringLiteral("key_check"), key.checkValue()); !r)
            return r.error();
        return key;
    }
    if (loaded->isEmpty())
        return makeError(QStringLiteral("key.missing"),
                         QCoreApplication::translate("KeyUnlock",
                                                     "The encryption key of this database was not found (%1). Restore it from where it "
                                                     "was kept; Shoulou will not make a new key for a database that already holds "
                                                     "encrypted data.")
                             .arg(store.describe(*id)));
    auto key = OfficeKey::fromBytes(*loaded);
    if (!key)
        return key.error();
    if (key->checkValue() != check)
        return makeError(QStringLiteral("key.mismatch"),
                         QCoreApplication::translate("KeyUnlock",
                                                     "The key in %1 does not belong to this database; it was refused and nothing was "
                                                     "changed.")
                             .arg(store.describe(*id)));
    return key;
}

Result<OfficeKey> unlockOfficeKeyForFile(storage::Database &db)
{
    const QString forced = qEnvironmentVariable("SHOULOU_KEY_STORE");
    FileKeyStore file(db.path());
    if (forced == QLatin1String("file") || QFile::exists(file.path()) ||
        (forced != QLatin1String("keychain") && !KeychainKeyStore::serviceLikelyAvailable()))
        return unlockOfficeKey(db, file);
    KeychainKeyStore keychain;
    auto r = unlockOfficeKey(db, keychain);
    if (!r && r.error().code == QLatin1String("key.keychain") && forced != QLatin1String("keychain"))
        return unlockOfficeKey(db, file); // a keychain that cannot answer: fall back to the file
    return r;
}

Result<OfficeKey> adoptOfficeKey(storage::Database &db, const QByteArray &master)
{
    if (!db.meta(QStringLiteral("key_check")).isEmpty())
        return makeError(QStringLiteral("key.exists"),
                         QCoreApplication::translate("KeyUnlock", "This database already has a key of its own."));
    auto key = OfficeKey::fromBytes(master);
    if (!key)
        return key.error();
    const auto id = databaseId(db);
    if (!id)
        return id.error();
    const QString forced = qEnvironmentVariable("SHOULOU_KEY_STORE");
    FileKeyStore file(db.path());
    if (forced == QLatin1String("file") || (forced != QLatin1String("keychain") && !KeychainKeyStore::serviceLikelyAvailable())) {
        if (auto r = file.store(*id, master); !r)
            return r.error();
    } else {
        KeychainKeyStore keychain;
        if (auto r = keychain.store(*id, master); !r) {
            if (auto f = file.store(*id, master); !f)
                return f.error();
        }
    }
    return unlockOfficeKeyForFile(db);
}

} // namespace shoulou::security
