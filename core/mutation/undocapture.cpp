#include "undocapture.h"

// The session extension's declarations are behind these (Debian's library has them built in).
#ifndef SQLITE_ENABLE_SESSION
#define SQLITE_ENABLE_SESSION
#endif
#ifndef SQLITE_ENABLE_PREUPDATE_HOOK
#define SQLITE_ENABLE_PREUPDATE_HOOK
#endif
#include <sqlite3.h>

#include <QCoreApplication>
#include <QString>

#include <cstring>

namespace shoulou::mutation {

bool UndoCapture::captured(const char *table)
{
    auto is = [table](const char *name) { return std::strcmp(table, name) == 0; };
    if (is("outbox") || is("meta") || is("sync_issue"))
        return false;
    return std::strncmp(table, "sqlite_", 7) != 0 && std::strncmp(table, "phone_fragment", 14) != 0;
}

UndoCapture::UndoCapture(sqlite3 *db)
{
    if (sqlite3session_create(db, "main", &m_session) != SQLITE_OK) {
        m_session = nullptr;
        return;
    }
    sqlite3session_table_filter(
        m_session, [](void *, const char *table) { return captured(table) ? 1 : 0; }, nullptr);
    if (sqlite3session_attach(m_session, nullptr) != SQLITE_OK) {
        sqlite3session_delete(m_session);
        m_session = nullptr;
    }
}

UndoCapture::~UndoCapture()
{
    if (m_session)
        sqlite3session_delete(m_session);
}

Result<QByteArray> UndoCapture::changeset() const
{
    if (!m_session)
        return makeError(QStringLiteral("storage.session"), QStringLiteral("no session"));
    int size = 0;
    void *data = nullptr;
    if (const int rc = sqlite3session_changeset(m_session, &size, &data); rc != SQLITE_OK)
        return makeError(QStringLiteral("storage.session"), QString::fromUtf8(sqlite3_errstr(rc)));
    QByteArray out(static_cast<const char *>(data), size);
    sqlite3_free(data);
    return out;
}

Result<void> UndoCapture::undo(sqlite3 *db, const QByteArray &changeset)
{
    if (changeset.isEmpty())
        return {};
    int size = 0;
    void *inverted = nullptr;
    if (const int rc = sqlite3changeset_invert(int(changeset.size()), const_cast<char *>(changeset.constData()), &size, &inverted);
        rc != SQLITE_OK)
        return makeError(QStringLiteral("storage.session"), QString::fromUtf8(sqlite3_errstr(rc)));
    bool conflicted = false;
    const int rc = sqlite3changeset_apply(
        db, size, inverted, nullptr,
        [](void *flag, int, sqlite3_changeset_iter *) {
            *static_cast<bool *>(flag) = true;
            return SQLITE_CHANGESET_ABORT;
        },
        &conflicted);
    sqlite3_free(inverted);
    if (rc != SQLITE_OK || conflicted)
        return makeError(QStringLiteral("sync.undo_conflict"),
                         QCoreApplication::translate("UndoCapture", "A local change could not be taken back before the hub's "
                                                                    "changes were applied (%1)")
                             .arg(QString::fromUtf8(sqlite3_errstr(rc == SQLITE_OK ? SQLITE_ABORT : rc))));
    return {};
}

Result<QList<UndoCapture::Row>> UndoCapture::rows(const QByteArray &changeset)
{
    QList<Row> out;
    if (changeset.isEmpty())
        return out;
    sqlite3_changeset_iter *it = nullptr;
    if (const int rc = sqlite3changeset_start(&it, int(changeset.size()), const_cast<char *>(changeset.constData())); rc != SQLITE_OK)
        return makeError(QStringLiteral("storage.session"), QString::fromUtf8(sqlite3_errstr(rc)));
    while (sqlite3changeset_next(it) == SQLITE_ROW) {
        const char *table = nullptr;
        int columns = 0, op = 0, indirect = 0;
        sqlite3changeset_op(it, &table, &columns, &op, &indirect);
        Row row;
        row.table = QString::fromUtf8(table);
        row.op = op == SQLITE_INSERT ? Row::Inserted : op == SQLITE_DELETE ? Row::Deleted : Row::Updated;
        sqlite3_value *key = nullptr;
        // The primary key is in the new values of an insert, the old values otherwise.
        if (op == SQLITE_INSERT)
            sqlite3changeset_new(it, 0, &key);
        else
            sqlite3changeset_old(it, 0, &key);
        if (key && sqlite3_value_type(key) != SQLITE_NULL)
            row.key = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_value_text(key)));
        out << row;
    }
    const int rc = sqlite3changeset_finalize(it);
    if (rc != SQLITE_OK)
        return makeError(QStringLiteral("storage.session"), QString::fromUtf8(sqlite3_errstr(rc)));
    return out;
}

} // namespace shoulou::mutation
