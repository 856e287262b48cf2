#pragma once

#include "util/result.h"

#include <QList>
#include <QString>

namespace shoulou::storage {
class Database;
}

namespace shoulou::sync {

// One change of this workstation that the hub refused, or that failed at its place in the
// hub's order (table sync_issue, written by SyncEngine and Rebaser): nothing is dropped
// silently, the person sees it in the sync issues panel until they mark it seen.
struct SyncIssue final {
    QString opId;
    qint64 clientSeq = 0;
    QString mutation; // "customer.update"
    int version = 0;
    QString code;
    QString message;
    qint64 createdAtMs = 0;
};

// sync_issue is this workstation's own bookkeeping, like meta: it is not an op of the office
// (it never syncs), so marking an issue seen is a plain local update, not a mutation.
class SyncIssues final {
public:
    // The issues not yet marked seen, newest first; a failed read is an error.
    static Result<QList<SyncIssue>> open(storage::Database &db);
    // Marks one seen ("知道了"); an unknown id is an error (it was resolved elsewhere, or never was).
    static Result<void> resolve(storage::Database &db, const QString &opId);
};

// What the status bar says of sync, read in one go: whether the office is enrolled, how many
// own changes the hub has not confirmed yet, and how many issues wait to be seen.
struct SyncSummary final {
    bool enrolled = false;
    qint64 pending = 0;
    qint64 issues = 0;

    static Result<SyncSummary> read(storage::Database &db);
};

} // namespace shoulou::sync
