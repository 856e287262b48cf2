#include "syncissues.h"

#include "storage/database.h"
#include "storage/readerror.h"
#include "storage/statement.h"
#include "sync/syncstate.h"

#include <QCoreApplication>

namespace shoulou::sync {

namespace {

const char *const kOpenSql = "SELECT op_id, coalesce(client_seq, 0), name, code, message, created_at FROM sync_issue "
                             "WHERE resolved = 0 ORDER BY created_at DESC, client_seq DESC";
const char *const kPendingSql = "SELECT count(*) FROM outbox WHERE state = 'pending' OR state = 'sent'";
const char *const kIssuesSql = "SELECT count(*) FROM sync_issue WHERE resolved = 0";

} // namespace

Result<QList<SyncIssue>> SyncIssues::open(storage::Database &db)
{
    QList<SyncIssue> out;
    auto &st = db.prepare(kOpenSql);
    while (st.step()) {
        SyncIssue issue;
        issue.opId = st.text(0);
        issue.clientSeq = st.int64(1);
        // Stored as "name@version" (the outbox's name and version in one).
        const QString named = st.text(2);
        issue.mutation = named.section(QLatin1Char('@'), 0, 0);
        issue.version = named.section(QLatin1Char('@'), 1).toInt();
        issue.code = st.text(3);
        issue.message = st.text(4);
        issue.createdAtMs = st.int64(5);
        out << issue;
    }
    auto error = storage::readError(st, kOpenSql);
    st.reset();
    if (error)
        return *error;
    return out;
}

Result<void> SyncIssues::resolve(storage::Database &db, const QString &opId)
{
    auto &st = db.prepare("UPDATE sync_issue SET resolved = 1 WHERE op_id = ?1 AND resolved = 0");
    st.bind(1, opId);
    if (!st.exec())
        return makeError(QStringLiteral("storage.sql"), st.lastError());
    if (db.queryInt("SELECT changes()") == 0)
        return makeError(QStringLiteral("sync.issue_unknown"),
                         QCoreApplication::translate("SyncIssues", "This sync issue was already marked as seen."));
    return {};
}

Result<SyncSummary> SyncSummary::read(storage::Database &db)
{
    SyncSummary s;
    s.enrolled = SyncState::load(db).enrolled;
    if (!s.enrolled)
        return s;
    auto pending = storage::readInt64(db.prepare(kPendingSql), kPendingSql);
    if (!pending)
        return pending.error();
    auto issues = storage::readInt64(db.prepare(kIssuesSql), kIssuesSql);
    if (!issues)
        return issues.error();
    s.pending = *pending;
    s.issues = *issues;
    return s;
}

} // namespace shoulou::sync
