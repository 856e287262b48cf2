#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

struct pg_conn;
struct pg_result;

namespace shoulou::hub {

// One libpq connection (PostgreSQL 15): statements with text parameters, rows as text.
// Thin on purpose, like storage::Statement for SQLite. Not thread-safe: one per thread.
class PgConnection final {
public:
    // A parameter: text, or SQL NULL.
    using Param = std::optional<QByteArray>;

    // The rows of one statement, read as text (bytea as libpq's hex text, decoded by blob()).
    class Rows final {
    public:
        Rows() = default;
        explicit Rows(pg_result *result);
        Rows(Rows &&other) noexcept;
        Rows &operator=(Rows &&other) noexcept;
        Rows(const Rows &) = delete;
        Rows &operator=(const Rows &) = delete;
        ~Rows();

        int size() const;
        bool isNull(int row, int column) const;
        QString text(int row, int column) const;
        qint64 int64(int row, int column) const;
        QByteArray blob(int row, int column) const;

    private:
        pg_result *m_result = nullptr;
    };

    static Result<std::unique_ptr<PgConnection>> open(const QString &url);
    ~PgConnection();

    // Runs one statement ($1, $2 … for the parameters). An error carries PostgreSQL's SQLSTATE
    // as its code ("pg.23505": unique violation) and its message.
    Result<Rows> exec(const char *sql, const QList<Param> &params = {});
    Result<void> run(const char *sql, const QList<Param> &params = {});
    // Several statements without parameters (a schema step).
    Result<void> runScript(const char *sql);
    bool inTransaction() const;
    int socket() const;
    pg_conn *handle() const { return m_conn; }

    static Param text(const QString &s) { return s.toUtf8(); }
    static Param optionalText(const QString &s) { return s.isEmpty() ? Param() : Param(s.toUtf8()); }
    static Param number(qint64 v) { return QByteArray::number(v); }
    static Param optionalNumber(std::optional<qint64> v) { return v ? Param(QByteArray::number(*v)) : Param(); }
    static Param bytes(const QByteArray &b) { return b.isEmpty() ? Param() : Param("\\x" + b.toHex()); }

private:
    explicit PgConnection(pg_conn *conn)
        : m_conn(conn)
    {}
    pg_conn *m_conn;
};

} // namespace shoulou::hub
