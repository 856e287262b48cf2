#pragma once

#include "util/result.h"

#include <QString>

#include <memory>

namespace shoulou {
class Clock;
}

namespace shoulou::hub {

class HubKeys;
class HubStore;

// The hub's data directory: hub.db (the store), hub.key (the hub's X25519 secret, 0600),
// cert.pem / key.pem (TLS, key 0600) and serve.lock (held by `serve`, so a restore never
// swaps the database under a running hub). A hub on PostgreSQL has database.url (0600)
// instead of hub.db; every process of such a hub uses a copy of the same directory.
class HubDataDir final {
public:
    explicit HubDataDir(QString dir);

    QString databasePath() const;
    QString keyPath() const;
    QString certificatePath() const;
    QString tlsKeyPath() const;
    QString lockPath() const;
    // The office snapshots and their working copies (OfficeSnapshotter; SQLite hubs only).
    QString snapshotDir() const;
    QString databaseUrlPath() const;
    // The PostgreSQL address of a hub on PostgreSQL, empty for one on SQLite.
    QString databaseUrl() const;

    // Makes the directory (0700) and everything in it; refuses one that holds a hub already.
    // `databaseUrl` (postgresql://…): the store goes there, which must not hold a hub yet.
    // Returns the certificate's fingerprint (hex SHA-256 of its DER).
    Result<QString> init(const Clock &clock, const QString &databaseUrl = {});

    struct Opened {
        std::unique_ptr<HubStore> store;
        std::unique_ptr<HubKeys> keys;
        Opened();
        Opened(Opened &&) noexcept;
        ~Opened();
    };
    // Opens the store and the hub's key (which must belong to it).
    Result<Opened> open(const Clock *clock = nullptr) const;

    // An online, consistent copy of hub.db (the hub may be serving meanwhile). A hub on
    // PostgreSQL is backed up with PostgreSQL's tools; both refuse for it.
    Result<void> backup(const QString &outFile) const;
    // Replaces hub.db by the backup `fromFile` and gives the hub a new epoch, so every
    // workstation re-bootstraps and re-pushes what the backup lacks. Refused while `serve`
    // runs; the database replaced is kept as hub.db.before-restore-<time>. Returns the new epoch.
    Result<QString> restore(const QString &fromFile, const Clock &clock) const;

private:
    QString m_dir;
};

} // namespace shoulou::hub
