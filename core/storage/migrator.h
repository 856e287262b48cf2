#pragma once

#include "storage/migration.h"
#include "util/result.h"

#include <QList>
#include <QString>

struct sqlite3;

namespace shoulou::storage {

// Brings a database to the newest schema. All pending steps run in one transaction, after a
// copy of the file is taken; a database newer than this app is refused untouched.
class Migrator final {
public:
    explicit Migrator(QList<Migration> migrations)
        : m_migrations(std::move(migrations))
    {}

    int latestVersion() const;
    // `path` is used for the backup copy's name; empty (in-memory databases) skips the copy.
    Result<void> migrate(sqlite3 *db, const QString &path);
    // The copy taken by the last migrate(), or empty.
    QString backupPath() const { return m_backupPath; }

private:
    QList<Migration> m_migrations;
    QString m_backupPath;
};

} // namespace shoulou::storage
