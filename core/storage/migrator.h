#pragma once

#include "storage/migration.h"
#include "util/result.h"

#include <QList>
#include <QString>

#include <functional>

struct sqlite3;

namespace shoulou {
class Clock;
}

namespace shoulou::storage {

// PRAGMA application_id of an office database ('SHLU'); other Shoulou files (the hub's) have
// their own, so one kind of file is never "migrated" as the other.
constexpr int kOfficeApplicationId = 0x53484C55;

// Brings a database to the newest schema. All pending steps run in one transaction, after a
// copy of the file is taken; a database newer than this app is refused untouched.
class Migrator final {
public:
    // What is being done, for a person waiting on it ("Upgrading to schema version 2…"); called
    // on the migrating thread before each step (the safety copy, then each schema step).
    using Progress = std::function<void(const QString &step)>;

    // `clock` names the safety copy (tests fix it); the default is the system clock.
    explicit Migrator(QList<Migration> migrations, const Clock *clock = nullptr, Progress progress = {},
                      int applicationId = kOfficeApplicationId);

    int latestVersion() const;
    // `path` is used for the backup copy's name; empty (in-memory databases) skips the copy.
    Result<void> migrate(sqlite3 *db, const QString &path);
    // The copy taken by the last migrate(), or empty.
    QString backupPath() const { return m_backupPath; }

private:
    QList<Migration> m_migrations;
    const Clock &m_clock;
    Progress m_progress;
    QString m_backupPath;
    int m_applicationId;
};

} // namespace shoulou::storage
