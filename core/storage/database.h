#pragma once

#include "storage/migration.h"
#include "storage/statement.h"
#include "util/result.h"

#include <QHash>
#include <QString>

#include <functional>
#include <memory>

struct sqlite3;

namespace shoulou {
class Clock;
}

namespace shoulou::storage {

// One connection to an office database. A connection belongs to the thread that opened it
// (DESIGN.md §3: connection per thread); open another for a worker thread.
class Database final {
public:
    struct Options {
        // A constructor rather than an aggregate: Options{false, true} stays valid as members are added.
        Options(bool migrate_ = true, bool readOnly_ = false)
            : migrate(migrate_)
            , readOnly(readOnly_)
        {}
        bool migrate = true; // run pending migrations (after a file copy)
        bool readOnly = false;
        const Clock *clock = nullptr; // names the safety copy of a migration; default: the system clock
        // Told of each migration step as it starts (on the opening thread), for a progress dialog.
        std::function<void(const QString &step)> migrationProgress;
        // The schema the file follows and the application_id marking it: the office schema
        // unless set (the hub's database has its own).
        const QList<Migration> *schema = nullptr;
        int applicationId = 0;
    };

    // Opens (creating if needed) the file, sets WAL, foreign keys, busy timeout, and brings
    // the schema to the current version. Refuses a file whose schema is newer than this app.
    static Result<std::unique_ptr<Database>> open(const QString &path, Options options);
    static Result<std::unique_ptr<Database>> open(const QString &path) { return open(path, Options{}); }
    ~Database();

    const QString &path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }
    int schemaVersion() const;

    // A cached prepared statement; the SQL text must be a string literal (cached by pointer).
    Statement &prepare(const char *sql);
    // Runs one or more statements with no parameters.
    Result<void> execute(const char *sql);
    Result<void> execute(const QString &sql) { return execute(sql.toUtf8().constData()); }

    // Single-value helpers for small lookups.
    QString queryText(const char *sql, const QString &arg = {});
    qint64 queryInt(const char *sql, const QString &arg = {});

    QString meta(const QString &key) const;
    Result<void> setMeta(const QString &key, const QString &value);

    Result<void> begin(); // BEGIN IMMEDIATE: writers queue on the busy timeout, never deadlock
    Result<void> commit();
    void rollback();
    bool inTransaction() const;

    QString lastError() const;

private:
    Database(QString path, sqlite3 *db)
        : m_path(std::move(path))
        , m_db(db)
    {}
    QString m_path;
    sqlite3 *m_db;
    QHash<const char *, std::shared_ptr<Statement>> m_statements;
};

// Rolls back unless committed: a failed mutation leaves nothing half-written.
class Transaction final {
public:
    explicit Transaction(Database &db)
        : m_db(db)
        , m_result(db.begin())
    {}
    ~Transaction()
    {
        if (m_result.ok() && !m_done)
            m_db.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    const Result<void> &started() const { return m_result; }
    Result<void> commit()
    {
        m_done = true;
        return m_db.commit();
    }

private:
    Database &m_db;
    Result<void> m_result;
    bool m_done = false;
};

} // namespace shoulou::storage
