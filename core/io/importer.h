#pragma once

#include "io/fieldmapping.h"
#include "io/leadtime.h"
#include "util/batchqueue.h"
#include "util/result.h"

#include <QHash>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QDeadlineTimer;

namespace shoulou {
class Clock;
namespace security {
class OfficeKey;
}
namespace mutation {
class Applier;
}
} // namespace shoulou

namespace shoulou::office {
class ChannelDirectory;
}

namespace shoulou::io {

struct NormalizedRow;
struct RowProfile;
class TableReader;

// What became of one row of the file: what the per-row report writes and the desk's result
// page lists.
struct ImportRowOutcome final {
    enum class Status { Created, Merged, Duplicate, Rejected };
    qint64 row = 0; // data row (the header is not counted)
    Status status = Status::Rejected;
    QString customerId; // the customer the row belongs to at the end of the import; empty when rejected
    QString note;       // how it was matched ("same phone as an existing customer", "already imported")
    QString warning;    // rejected: why; otherwise what was dropped or doubtful; empty: nothing
    // The report's status ("created", "merged" — an already imported row is "merged" too —
    // or "rejected") and reason (the note and the warning).
    QString statusKey() const;
    QString reason() const;
};

struct ImportOptions final {
    QString path;
    QString sheet;       // XLSX sheet name; empty = first
    QString channel;     // default channel for rows without one
    QString mappingPath; // JSON mapping file; empty = automatic from the header
    // A mapping built for this file's header (the desk's edited preview); overrides mappingPath.
    std::optional<FieldMapping> mapping;
    QString reportPath; // per-row CSV report; empty = none
    // How dates like 03/04/2025 are read. Unknown: decided from the file's first rows; when
    // none of them decides, such a row gets the import time and a warning.
    DateOrder dateOrder = DateOrder::Unknown;
    // Rows per transaction. Each commit rewrites every index page it dirtied, and at 1 M rows a
    // transaction dirties nearly all pages of the random-keyed indexes, so fewer, larger ones
    // write less (1 M rows: 39 GB written at 40 000 against 44 GB at 20 000; 135 s against 152 s)
    // at about 2.6 KB of memory per row held for a possible redo.
    int batchSize = 40000;
    // …and at most this long, waiting for the reader included (the row being written when
    // time runs out and the commit come on top); the write lock is taken only once the reader
    // has rows ready. The desk's own writes wait for the write lock at most 5 s (the busy
    // timeout), so an import must never hold it that long: late in a 1 M-row import 40 000 rows
    // take over 10 s. Measured at 1 M rows: 3 000 ms → longest hold 3.85 s (the rest is the
    // commit), 137–141 s in all; 2 000 ms (checked between chunks then) → 3.3 s, but 198 s
    // (smaller transactions rewrite the indexes more often).
    int maxTransactionMs = 3000;
    // Called on the calling thread after every committed batch.
    std::function<void(qint64 rowsDone, qint64 bytesDone, qint64 bytesTotal)> progress;
    const std::atomic<bool> *cancel = nullptr;
    // At most this many rejected or warned rows are kept in ImportSummary::flagged (the report
    // has them all); 0 = none.
    int maxFlaggedRows = 10000;
};

struct ImportSummary final {
    qint64 rows = 0, created = 0, merged = 0, duplicates = 0, rejected = 0, reviews = 0;
    qint64 warned = 0; // imported rows with a warning (a field dropped or doubtful)
    // The rejected and warned rows, in file order, at most ImportOptions::maxFlaggedRows.
    std::vector<ImportRowOutcome> flagged;
    qint64 elapsedMs = 0;
    qint64 waitedForReaderMs = 0;    // the writer idle, waiting for parsed rows (tuning figure)
    qint64 longestTransactionMs = 0; // the longest hold of the write lock, commit included
    bool cancelled = false;
    QString format;                           // "UTF-8 (BOM)", "GB18030", "XLSX", …
    DateOrder dateOrder = DateOrder::Unknown; // how year-last dates were read (Unknown: no order was known)
};

// Streams a CSV/XLSX file into the office database through lead.ingest@1, in batches.
// Reading and normalising run on a second thread; resolution and writes stay on the caller's
// connection. Memory stays flat whatever the file size (a bounded queue of batches). Every
// committed batch is durable, and rows are idempotent, so an interrupted import is completed
// by running it again.
class Importer final {
public:
    Importer(mutation::Applier &applier, const security::OfficeKey &key, const Clock &clock);
    Result<ImportSummary> run(const ImportOptions &options);
    // The same, from a table the caller opened already (options.path then only names the
    // source in the leads; options.sheet is not used).
    Result<ImportSummary> run(const ImportOptions &options, std::unique_ptr<TableReader> reader);

private:
    struct BatchOutcome {
        qint64 rows = 0, created = 0, merged = 0, duplicates = 0, rejected = 0, reviews = 0, warned = 0;
        qint64 heldMs = 0;                   // the write lock's hold, commit (and any redo) included
        std::vector<ImportRowOutcome> lines; // reported only once the batch is committed
        void add(BatchOutcome &&other);
    };
    // Writes rows from the front of `rows` until maxRows are done or `until` has passed (at
    // least one row); the outcome's `rows` says how many were done.
    BatchOutcome writeRows(std::vector<NormalizedRow> &rows, office::ChannelDirectory &channels, qint64 maxRows,
                           const QDeadlineTimer &until);
    // What the writer carries from one transaction to the next.
    struct WriteState {
        BatchQueue<NormalizedRow> &queue;
        office::ChannelDirectory &channels;
        const int batchSize;
        const qint64 maxMs;
        bool more = true;                 // false once the reader is done and nothing is left
        qint64 waitedMs = 0;              // the writer idle, waiting for the reader
        std::vector<NormalizedRow> carry; // rows of a chunk the time limit left for the next transaction
    };
    // One committed transaction of up to batchSize rows and maxMs; an empty outcome: nothing
    // was left to write.
    Result<BatchOutcome> writeTransaction(WriteState &state);

    // Customers merged into another since `sinceMs`: id → the root it now belongs to.
    QHash<QString, QString> mergedSince(qint64 sinceMs);
    // The profile columns of a row (性别, 预算, 户型, …) onto its customer, by customer.update in
    // the open batch; what could not be applied comes back as a warning ("" if none).
    QString applyProfile(const RowProfile &profile, const QString &customerId);

    // Active users by display name (归属顾问 is matched by name), loaded once per run when a
    // row first needs it.
    std::optional<QHash<QString, QStringList>> m_usersByName;
    // Why the acting user may not set a customer's owner ("" = they may), asked once per run.
    std::optional<QString> m_ownerRefusal;

    mutation::Applier &m_applier;
    const security::OfficeKey &m_key;
    const Clock &m_clock;
};

} // namespace shoulou::io
