#include "migrator.h"

#include "util/clock.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace shoulou::storage {

namespace {

int pragmaInt(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *st = nullptr;
    int v = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        v = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    return v;
}

Result<void> exec(sqlite3 *db, const char *sql)
{
    char *err = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
        const QString msg = QString::fromUtf8(err ? err : "unknown error");
        sqlite3_free(err);
        return makeError(QStringLiteral("storage.sql"), msg);
    }
    return {};
}

} // namespace

Migrator::Migrator(QList<Migration> migrations, const Clock *clock, Progress progress, int applicationId)
    : m_migrations(std::move(migrations))
    , m_clock(clock ? *clock : SystemClock::instance())
    , m_progress(std::move(progress))
    , m_applicationId(applicationId)
{}

int Migrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.last().version;
}

Result<void> Migrator::migrate(sqlite3 *db, const QString &path)
{
    m_backupPath.clear();
    const int current = pragmaInt(db, "PRAGMA user_version");
    const int appId = pragmaInt(db, "PRAGMA application_id");
    const int tables = pragmaInt(db, "SELECT count(*) FROM sqlite_schema");
    if (appId != m_applicationId && (current != 0 || tables > 0))
        return makeError(QStringLiteral("storage.foreign_file"),
                         QCoreApplication::translate("Migrator", "%1 is not a Shoulou database; it was left unchanged.").arg(path));
    if (current > latestVersion())
        return makeError(QStringLiteral("storage.too_new"),
                         QCoreApplication::translate("Migrator", "This database uses schema version %1, but this Shoulou only knows up to "
                                                                 "version %2. Install a newer Shoulou; the file was left unchanged.")
                             .arg(current)
                             .arg(latestVersion()));
    if (current == latestVersion())
        return {};

    // Copy before touching an existing schema: VACUUM INTO writes a consistent snapshot even
    // with a WAL, and the copy opens with any Shoulou that knew the old version.
    if (current > 0 && !path.isEmpty()) {
        m_backupPath = QStringLiteral("%1.v%2-%3.bak").arg(path).arg(current).arg(m_clock.now().toString(QStringLiteral("yyyyMMddHHmmss")));
        if (m_progress)
            m_progress(QCoreApplication::translate("Migrator", "Making a safety copy of the database (%1)…")
                           .arg(QFileInfo(m_backupPath).fileName()));
        QFile::remove(m_backupPath);
        const QByteArray sql = "VACUUM INTO '" + m_backupPath.toUtf8().replace('\'', "''") + "'";
        if (auto r = exec(db, sql.constData()); !r)
            return makeError(
                QStringLiteral("storage.backup"),
                QCoreApplication::translate("Migrator", "Could not copy the database before upgrading it (%1); nothing was changed.")
                    .arg(r.error().message));
        qCInfo(lcStorage) << "copied the database before migrating it to" << m_backupPath;
    }

    auto announce = [&](int version) {
        if (m_progress)
            m_progress(QCoreApplication::translate("Migrator", "Upgrading the database to schema version %1 of %2…")
                           .arg(version)
                           .arg(latestVersion()));
    };
    // Said before BEGIN: the first step is what waits when another program holds the file.
    announce(current + 1);
    if (auto r = exec(db, "BEGIN IMMEDIATE"); !r)
        return r;
    for (const Migration &m : m_migrations) {
        if (m.version <= current)
            continue;
        if (m.version > current + 1)
            announce(m.version);
        if (auto r = exec(db, m.sql); !r) {
            (void)exec(db, "ROLLBACK");
            return makeError(QStringLiteral("storage.migration"),
                             QCoreApplication::translate("Migrator",
                                                         "Upgrading the database to schema version %1 failed (%2); the database "
                                                         "was left at version %3.")
                                 .arg(m.version)
                                 .arg(r.error().message)
                                 .arg(current));
        }
    }
    const QByteArray setVersion = "PRAGMA user_version = " + QByteArray::number(latestVersion()) +
                                  "; PRAGMA application_id = " + QByteArray::number(m_applicationId);
    if (auto r = exec(db, setVersion.constData()); !r) {
        (void)exec(db, "ROLLBACK");
        return r;
    }
    if (auto r = exec(db, "COMMIT"); !r) {
        (void)exec(db, "ROLLBACK");
        return r;
    }
    qCInfo(lcStorage) << "schema migrated from" << current << "to" << latestVersion();
    return {};
}

} // namespace shoulou::storage
