#pragma once

#include "security/officekey.h"
#include "util/result.h"

namespace shoulou::storage {
class Database;
}

namespace shoulou::security {

class KeyStore;

// Gets the office key for `db`. A fresh database gets a new key, written to `store` and
// fingerprinted in the database. A database that already has a fingerprint only accepts the
// matching key: a missing or different key is refused, never replaced (that would orphan
// every sealed value).
Result<OfficeKey> unlockOfficeKey(storage::Database &db, KeyStore &store);

// The default store for a database file: an existing key file wins (it was chosen before);
// else the system keychain when one can answer; else a new key file (with a warning).
// SHOULOU_KEY_STORE=file|keychain forces one.
Result<OfficeKey> unlockOfficeKeyForFile(storage::Database &db);

// A fresh database joining an office that already has a key (a desk enrolled with the hub):
// the office's key is written to the file's default store, then unlocked as above.
Result<OfficeKey> adoptOfficeKey(storage::Database &db, const QByteArray &master);

} // namespace shoulou::security
