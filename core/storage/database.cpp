#include "database.h"

#include "storage/migrator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <sqlite3.h>

namespace shoulou::storage {

namespace {} // namespace

Result<std::unique_ptr<Database>> Database::open(const QString &path, Options options)
{
    sqlite3 *raw = nullptr;
    const int flags = (options.readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &raw, flags, nullptr);
    if (rc != SQLITE_OK) {
        // SQLite's own reason is English ("unable to open database file"): say it for a person.
        QString why = raw ? QString::fromUtf8(sqlite3_errmsg(raw)) : QString::fromUtf8(sqlite3_errstr(rc));
        if ((rc & 0xff) == SQLITE_CANTOPEN)
            why = QFileInfo(path).absoluteDir().exists()
                      ? QCoreApplication::translate("Database", "the file cannot be created or opened there; check that you may write to "
                                                                "that folder")
                      : QCoreApplication::translate("Database", "the folder %1 does not exist")
                            .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
        else if ((rc & 0xff) == SQLITE_PERM || (rc & 0xff) == SQLITE_READONLY)
            why = QCoreApplication::translate("Database", "you may not write to this file");
        sqlite3_close(raw);
        return makeError(QStringLiteral("storage.open"),
                         QCoreApplication::translate("Database", "Cannot open database %1: %2").arg(path, why));
    }
    std::unique_ptr<Database> db(new Database(path, raw));
    sqlite3_extended_result_codes(raw, 1);
    sqlite3_busy_timeout(raw, 5000);
    // WAL lets the GUI read while a worker writes; FULL sync keeps committed batches durable
    // (one fsync per transaction, and imports commit in batches). A new file gets 8 KiB pages
    // (SQLite's default is 4 KiB; the setting is ignored for an existing file): half the WAL
    // frames, and half the write system calls, per megabyte an import or a sync writes
    // (a 200 k-row import: 16.1 s against 18.7 s).
    const char *pragmas = options.readOnly
                              ? "PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -65536; PRAGMA query_only = ON;"
                              : "PRAGMA page_size = 8192; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;"
                                "PRAGMA temp_store = MEMORY; PRAGMA cache_size = -65536;"
                                "PRAGMA wal_autocheckpoint = 10000; PRAGMA journal_size_limit = 67108864;";
    if (auto r = db->execute(pragmas); !r)
        return makeError(QStringLiteral("storage.open"),
                         QCoreApplication::translate("Database", "Cannot open database %1: %2").arg(path, r.error().message));
    const QList<Migration> &schema = options.schema ? *options.schema : schemaMigrations();
    const int applicationId = options.applicationId ? options.applicationId : kOfficeApplicationId;
    if (options.migrate && !options.readOnly) {
        Migrator migrator(schema, options.clock, options.migrationProgress, applicationId);
        if (auto r = migrator.migrate(raw, path == QLatin1String(":memory:") ? QString() : path); !r)
            return r.error();
    } else {
        Migrator migrator(schema);
        if (db->schemaVersion() > migrator.latestVersion())
            return makeError(QStringLiteral("storage.too_new"),
                             QCoreApplication::translate("Database",
                                                         "This database uses a newer schema than this Shoulou knows. Install a newer "
                                                         "Shoulou; the file was left unchanged."));
    }
    return db;
}

Database::~Database()
{
    m_statements.clear(); // finalize before closing
    sqlite3_close(m_db);
}

int Database::schemaVersion() const
{
    return int(const_cast<Database *>(this)->queryInt("PRAGMA user_version"));
}

Statement &Database::prepare(const char *sql)
{
    auto it = m_statements.find(sql);
    // A statement whose prepare failed (a table missing at the time) is tried again, not kept
    // failing; its step() reports the failure to the caller meanwhile.
    if (it == m_statements.end() || !(*it)->isValid())
        it = m_statements.insert(sql, std::make_shared<Statement>(m_db, sql));
    Statement &st = **it;
    st.reset();
    return st;
}

Result<void> Database::execute(const char *sql)
{
    char *err = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
        const QString msg = QString::fromUtf8(err ? err : sqlite3_errmsg(m_db));
        sqlite3_free(err);
        return makeError(QStringLiteral("storage.sql"), msg);
    }
    return {};
}

QString Database::queryText(const char *sql, const QString &arg)
{
    Statement &st = prepare(sql);
    if (!arg.isNull())
        st.bind(1, arg);
    const QString v = st.step() ? st.text(0) : QString();
    st.reset();
    return v;
}

qint64 Database::queryInt(const char *sql, const QString &arg)
{
    Statement &st = prepare(sql);
    if (!arg.isNull())
        st.bind(1, arg);
    const qint64 v = st.step() ? st.int64(0) : 0;
    st.reset();
    return v;
}

QString Database::meta(const QString &key) const
{
    return const_cast<Database *>(this)->queryText("SELECT value FROM meta WHERE key = ?1", key);
}

Result<void> Database::setMeta(const QString &key, const QString &value)
{
    Statement &st = prepare("INSERT INTO meta(key, value) VALUES(?1, ?2) "
                            "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    st.bind(1, key).bind(2, value);
    if (!st.exec())
        return makeError(QStringLiteral("storage.sql"), st.lastError());
    return {};
}

Result<void> Database::begin()
{
    return execute("BEGIN IMMEDIATE");
}

Result<void> Database::commit()
{
    return execute("COMMIT");
}

void Database::rollback()
{
    if (inTransaction())
        (void)execute("ROLLBACK");
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

QString Database::lastError() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

} // namespace shoulou::storage
