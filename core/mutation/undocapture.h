#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

struct sqlite3;
struct sqlite3_session;

namespace shoulou::mutation {

// The effect of one mutation as an SQLite session changeset (the session extension Debian's
// libsqlite3 is built with), so a synced workstation can take its own not-yet-confirmed
// mutations back out before it applies the hub's order, and put them in again after
// (docs/architecture.md, "Sync"). Bookkeeping tables are left out — the outbox, meta, the
// sync issues — and so is the derived phone fragment index (FTS5 and its shadow tables),
// which the sync layer re-derives for the phones an undo touches.
class UndoCapture final {
public:
    // Starts recording every change made through `db` from now on.
    explicit UndoCapture(sqlite3 *db);
    ~UndoCapture();
    UndoCapture(const UndoCapture &) = delete;
    UndoCapture &operator=(const UndoCapture &) = delete;

    bool ok() const { return m_session != nullptr; }
    // What was changed since the capture started (empty: nothing).
    Result<QByteArray> changeset() const;

    // Applies the inverse of `changeset` (it must be the latest effect on the rows it names,
    // which the sync layer guarantees by undoing newest first). Any conflict aborts: nothing
    // of it is applied and the error says so.
    static Result<void> undo(sqlite3 *db, const QByteArray &changeset);
    static bool captured(const char *table);

    // The rows a changeset names: table, what happened, and the text of the first primary-key
    // column (enough for tables keyed by one text column, such as customer_phone).
    struct Row {
        QString table;
        enum Op { Inserted, Updated, Deleted } op = Updated;
        QString key;
    };
    static Result<QList<Row>> rows(const QByteArray &changeset);

private:
    sqlite3_session *m_session = nullptr;
};

} // namespace shoulou::mutation
