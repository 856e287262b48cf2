#include "pgconnection.h"

#include <QCoreApplication>

#include <libpq-fe.h>

#include <vector>

namespace shoulou::hub {

PgConnection::Rows::Rows(pg_result *result)
    : m_result(result)
{}

PgConnection::Rows::Rows(Rows &&other) noexcept
    : m_result(std::exchange(other.m_result, nullptr))
{}

PgConnection::Rows &PgConnection::Rows::operator=(Rows &&other) noexcept
{
    if (this != &other) {
        PQclear(m_result);
        m_result = std::exchange(other.m_result, nullptr);
    }
    return *this;
}

PgConnection::Rows::~Rows()
{
    PQclear(m_result);
}

int PgConnection::Rows::size() const
{
    return m_result ? PQntuples(m_result) : 0;
}

bool PgConnection::Rows::isNull(int row, int column) const
{
    return PQgetisnull(m_result, row, column) != 0;
}

QString PgConnection::Rows::text(int row, int column) const
{
    if (isNull(row, column))
        return {};
    return QString::fromUtf8(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

qint64 PgConnection::Rows::int64(int row, int column) const
{
    if (isNull(row, column))
        return 0;
    return QByteArray(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column)).toLongLong();
}

QByteArray PgConnection::Rows::blob(int row, int column) const
{
    if (isNull(row, column))
        return {};
    const QByteArray hex(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
    return hex.startsWith("\\x") ? QByteArray::fromHex(hex.mid(2)) : QByteArray();
}

Result<std::unique_ptr<PgConnection>> PgConnection::open(const QString &url)
{
    pg_conn *conn = PQconnectdb(url.toUtf8().constData());
    if (!conn || PQstatus(conn) != CONNECTION_OK) {
        const QString why = conn ? QString::fromUtf8(PQerrorMessage(conn)).trimmed() : QStringLiteral("out of memory");
        PQfinish(conn);
        return makeError(QStringLiteral("hub.pg_connect"),
                         QCoreApplication::translate("PgConnection", "Cannot connect to the PostgreSQL database: %1").arg(why));
    }
    PQsetClientEncoding(conn, "UTF8");
    std::unique_ptr<PgConnection> c(new PgConnection(conn));
    // Quiet NOTICEs ("relation already exists, skipping") stay out of the hub's log.
    PQsetNoticeProcessor(
        conn, [](void *, const char *) {}, nullptr);
    return c;
}

PgConnection::~PgConnection()
{
    PQfinish(m_conn);
}

Result<PgConnection::Rows> PgConnection::exec(const char *sql, const QList<Param> &params)
{
    std::vector<const char *> values;
    values.reserve(size_t(params.size()));
    for (const Param &p : params)
        values.push_back(p ? p->constData() : nullptr);
    pg_result *r = PQexecParams(m_conn, sql, int(params.size()), nullptr, values.data(), nullptr, nullptr, 0);
    const ExecStatusType status = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        return Rows(r);
    const char *state = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : nullptr;
    const QString message = QString::fromUtf8(r ? PQresultErrorMessage(r) : PQerrorMessage(m_conn)).trimmed();
    PQclear(r);
    return makeError(QStringLiteral("pg.") + QString::fromLatin1(state ? state : "connection"), message);
}

Result<void> PgConnection::run(const char *sql, const QList<Param> &params)
{
    auto r = exec(sql, params);
    if (!r)
        return r.error();
    return {};
}

Result<void> PgConnection::runScript(const char *sql)
{
    pg_result *r = PQexec(m_conn, sql);
    const ExecStatusType status = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) {
        PQclear(r);
        return {};
    }
    const char *state = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : nullptr;
    const QString message = QString::fromUtf8(r ? PQresultErrorMessage(r) : PQerrorMessage(m_conn)).trimmed();
    PQclear(r);
    return makeError(QStringLiteral("pg.") + QString::fromLatin1(state ? state : "connection"), message);
}

bool PgConnection::inTransaction() const
{
    const PGTransactionStatusType s = PQtransactionStatus(m_conn);
    return s == PQTRANS_INTRANS || s == PQTRANS_INERROR || s == PQTRANS_ACTIVE;
}

int PgConnection::socket() const
{
    return PQsocket(m_conn);
}

} // namespace shoulou::hub
