#pragma once

#include "io/fieldmapping.h"
#include "util/batchqueue.h"
#include "util/result.h"

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
class TableReader;

struct ImportOptions final {
    QString path;
    QString sheet;       // XLSX sheet name; empty = first
    QString channel;     // default channel for rows without one
    QString mappingPath; // JSON mapping file; empty = automatic from the header
    // A mapping built for this file's header (the desk's edited preview); overrides mappingPath.
    std::optional<FieldMapping> mapping;
    QString reportPath; // per-row CSV report; empty = none
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
};

struct ImportSummary final {
    qint64 rows = 0, created = 0, merged = 0, duplicates = 0, rejected = 0, reviews = 0;
    qint64 elapsedMs = 0;
    qint64 waitedForReaderMs = 0;    // the writer idle, waiting for parsed rows (tuning figure)
    qint64 longestTransactionMs = 0; // the longest hold of the write lock, commit included
    bool cancelled = false;
    QString format; // "UTF-8 (BOM)", "GB18030", "XLSX", …
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
    struct ReportLine {
        qint64 row;
        QString status, customerId, reason;
    };
    struct BatchOutcome {
        qint64 rows = 0, created = 0, merged = 0, duplicates = 0, rejected = 0, reviews = 0;
        qint64 heldMs = 0;             // the write lock's hold, commit (and any redo) included
        std::vector<ReportLine> lines; // written only once the batch is committed
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

    mutation::Applier &m_applier;
    const security::OfficeKey &m_key;
    const Clock &m_clock;
};

} // namespace shoulou::io
