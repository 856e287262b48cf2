#include "statement.h"

#include <sqlite3.h>

namespace shoulou::storage {

Statement::Statement(sqlite3 *db, const char *sql)
    : m_db(db)
{
    m_code = sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (m_code != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(db)) + QStringLiteral(" in: ") + QString::fromUtf8(sql);
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, const QString &text)
{
    m_held.push_back(text.toUtf8());
    const QByteArray &utf8 = m_held.back();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
    return *this;
}

Statement &Statement::bind(int index, const char *utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8, -1, SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bindText(int index, const QByteArray &utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindBlob(int index, const QByteArray &bytes)
{
    sqlite3_bind_blob(m_stmt, index, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement &Statement::bindOptional(int index, const QString &text)
{
    return text.isEmpty() ? bindNull(index) : bind(index, text);
}

bool Statement::step()
{
    if (!m_stmt)
        return false; // a failed prepare: keep its code and message for readError()
    m_code = sqlite3_step(m_stmt);
    if (m_code == SQLITE_ROW)
        return true;
    if (m_code != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    return false;
}

bool Statement::exec()
{
    step();
    const bool ok = m_code == SQLITE_DONE || m_code == SQLITE_ROW;
    reset();
    return ok;
}

void Statement::reset()
{
    if (!m_stmt) // a failed prepare: nothing to reset (sqlite3_clear_bindings does not take NULL)
        return;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_held.clear();
}

QString Statement::text(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column)) : QString();
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QByteArray Statement::blob(int column) const
{
    const auto *p = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return p ? QByteArray(p, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

} // namespace shoulou::storage
