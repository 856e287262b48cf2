#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace shoulou::storage {

// A prepared SQLite statement. Thin on purpose: the import path runs millions of these, and
// binding through QVariant (QSqlQuery) costs more than the insert itself.
class Statement final {
public:
    Statement(sqlite3 *db, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }

    // 1-based parameter index, as in SQLite.
    Statement &bind(int index, const QString &text);
    Statement &bind(int index, const char *utf8);
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bindBlob(int index, const QByteArray &bytes);
    Statement &bindText(int index, const QByteArray &utf8);
    Statement &bindNull(int index);
    // Binds NULL for an empty string, so optional text columns stay NULL.
    Statement &bindOptional(int index, const QString &text);

    // Steps once: true while a row is available. Errors are kept in lastError().
    bool step();
    // Runs to completion (for INSERT/UPDATE/DELETE) and resets. False on error.
    bool exec();
    void reset();

    QString text(int column) const;
    qint64 int64(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;

    QString lastError() const { return m_error; }
    int lastCode() const { return m_code; }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    std::vector<QByteArray> m_held; // bound text, alive until reset(): SQLite need not copy it
    QString m_error;
    int m_code = 0;
};

} // namespace shoulou::storage
