#include "importer.h"

#include "identity/customerstore.h"
#include "identity/leadingest.h"
#include "io/fieldmapping.h"
#include "io/importreport.h"
#include "io/leadnormalizer.h"
#include "io/profilewriter.h"
#include "io/tablereader.h"
#include "mutation/applier.h"
#include "office/channelcreate.h"
#include "office/channeldirectory.h"
#include "storage/backgroundcheckpointer.h"
#include "storage/database.h"
#include "util/batchproducer.h"
#include "util/clock.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <iterator>
#include <utility>

namespace shoulou::io {

namespace {

// At most this many parsed rows wait for the writer: memory stays flat whatever the file size.
constexpr size_t kRowsWaiting = 10000;
// The reader hands rows over in chunks of at most this many, and a transaction is written
// chunk by chunk as they arrive. Its time limit is checked before every row (writeRows), so
// the chunk size no longer bounds a transaction's hold: it only sets how often the writer
// takes from the queue, and how many rows a chunk cut at the limit carries to the next one.
constexpr int kChunkRows = 2000;
// Without a date order given, the first this many rows decide it (DateOrder): read before any
// row is normalised.
constexpr size_t kDateSampleRows = 2000;

QString matchedText(const QStringList &how)
{
    QStringList parts;
    for (const QString &k : how) {
        parts << (k == QLatin1String("phone")         ? QCoreApplication::translate("Importer", "phone")
                  : k == QLatin1String("resident_id") ? QCoreApplication::translate("Importer", "resident id")
                                                      : QCoreApplication::translate("Importer", "platform id"));
    }
    return QCoreApplication::translate("Importer", "same %1 as an existing customer")
        .arg(parts.join(QCoreApplication::translate("Importer", ", ")));
}

} // namespace

QString ImportRowOutcome::statusKey() const
{
    switch (status) {
    case Status::Created:
        return QStringLiteral("created");
    case Status::Merged:
    case Status::Duplicate:
        return QStringLiteral("merged");
    case Status::Rejected:
        break;
    }
    return QStringLiteral("rejected");
}

QString ImportRowOutcome::reason() const
{
    if (note.isEmpty() || warning.isEmpty())
        return note.isEmpty() ? warning : note;
    return joinProblems({note, warning});
}

Importer::Importer(mutation::Applier &applier, const security::OfficeKey &key, const Clock &clock)
    : m_applier(applier)
    , m_profiles(applier)
    , m_key(key)
    , m_clock(clock)
{}

void Importer::BatchOutcome::add(BatchOutcome &&other)
{
    rows += other.rows;
    created += other.created;
    merged += other.merged;
    duplicates += other.duplicates;
    rejected += other.rejected;
    reviews += other.reviews;
    warned += other.warned;
    lines.insert(lines.end(), std::make_move_iterator(other.lines.begin()), std::make_move_iterator(other.lines.end()));
}

Importer::BatchOutcome Importer::writeRows(std::vector<NormalizedRow> &batch, office::ChannelDirectory &channels, qint64 maxRows,
                                           const QDeadlineTimer &until)
{
    using Status = ImportRowOutcome::Status;
    BatchOutcome out;
    auto line = [&](const NormalizedRow &nr, Status status, const QString &customerId, const QString &note, const QString &more = {}) {
        // rejected: why; accepted: the row's warnings, and what its profile could not set
        const QString warning = more.isEmpty() ? nr.reason
                                               : joinProblems(nr.reason.isEmpty() ? QStringList{more} : QStringList{nr.reason, more});
        if (status != Status::Rejected && !warning.isEmpty())
            ++out.warned;
        out.lines.push_back({nr.row, status, customerId, note, warning});
    };
    for (NormalizedRow &nr : batch) {
        if (out.rows >= maxRows || (out.rows > 0 && until.hasExpired()))
            break;
        ++out.rows;
        if (nr.rejected) {
            ++out.rejected;
            line(nr, Status::Rejected, {}, {});
            continue;
        }
        // Already imported: nothing to apply, so a re-import adds nothing to the outbox either.
        if (const QString seen = identity::CustomerStore(m_applier.database()).customerOfLead(nr.lead.dedupKey); !seen.isEmpty()) {
            ++out.duplicates;
            line(nr, Status::Duplicate, seen, QCoreApplication::translate("Importer", "already imported"));
            continue;
        }
        office::ChannelInfo ch = channels.find(nr.channelText);
        if (ch.id.isEmpty()) {
            // A channel nobody set up yet: create it with the neutral default weight.
            office::ChannelCreate create;
            create.name = nr.channelText;
            auto created = m_applier.applyInBatch(create);
            if (created)
                ch = channels.find(nr.channelText);
            if (ch.id.isEmpty())
                ch = channels.find(QStringLiteral("other"));
        }
        nr.lead.channelId = ch.id;
        nr.lead.weightPermille = ch.weightPermille;
        // The body is made on the reader thread; a redo after a rollback makes it again.
        const QByteArray body = nr.jsonBody.isEmpty() ? nr.lead.jsonBody() : std::exchange(nr.jsonBody, {});
        auto result = identity::ingestLead(m_applier, nr.lead, true, identity::LeadInput::frameJson(ch.id, ch.weightPermille, body));
        if (!result) {
            ++out.rejected;
            out.lines.push_back({nr.row, Status::Rejected, {}, {}, result.error().message});
            continue;
        }
        out.reviews += result->reviews;
        // Only rows with profile columns pay for the second mutation.
        const QString profileWarning = nr.profile.any() && result->status != identity::IngestStatus::Duplicate
                                           ? m_profiles.apply(nr.profile, result->customerId)
                                           : QString();
        if (result->status == identity::IngestStatus::Created) {
            ++out.created;
            line(nr, Status::Created, result->customerId, {}, profileWarning);
        } else if (result->status == identity::IngestStatus::Duplicate) {
            ++out.duplicates;
            line(nr, Status::Duplicate, result->customerId, QCoreApplication::translate("Importer", "already imported"));
        } else {
            ++out.merged;
            line(nr, Status::Merged, result->customerId, matchedText(result->matchedBy), profileWarning);
        }
    }
    return out;
}

Result<Importer::BatchOutcome> Importer::writeTransaction(WriteState &state)
{
    // Fast first: one transaction without savepoints, written chunk by chunk as the reader
    // delivers (the writer, the slower side, never waits for a whole batch to be read). If any
    // row fails, the transaction is rolled back whole and its rows are redone one mutation at
    // a time, so one bad row never costs the others.
    // The write lock is taken only once rows are in hand. The time limit is checked before
    // every row and bounds the wait for more rows: a reader that stalls (a file on a network
    // share that hangs) never keeps the desk's writes waiting, and rows of a chunk left over
    // at the limit open the next transaction.
    BatchOutcome done;
    std::vector<NormalizedRow> rows, chunk = std::exchange(state.carry, {});
    QElapsedTimer waited;
    waited.start();
    while (chunk.empty()) {
        if (!state.queue.pop(chunk)) {
            state.more = false;
            return done;
        }
    }
    state.waitedMs += waited.elapsed();
    if (auto r = m_applier.beginBatch(mutation::Applier::Isolation::Whole); !r)
        return r.error();
    QElapsedTimer open;
    open.start();
    const QDeadlineTimer until(state.maxMs, Qt::PreciseTimer);
    for (;;) {
        const qint64 room = qint64(state.batchSize) - qint64(rows.size());
        qint64 taken = std::min<qint64>(room, qint64(chunk.size()));
        if (!m_applier.batchPoisoned()) { // after a failure the rest of the chunk is only collected for the redo
            BatchOutcome part = writeRows(chunk, state.channels, room, until);
            taken = part.rows;
            done.add(std::move(part));
        }
        rows.insert(rows.end(), std::make_move_iterator(chunk.begin()), std::make_move_iterator(chunk.begin() + taken));
        if (taken < qint64(chunk.size())) {
            state.carry.assign(std::make_move_iterator(chunk.begin() + taken), std::make_move_iterator(chunk.end()));
            break;
        }
        const qint64 left = until.remainingTime();
        // After a failure the transaction is redone row by row: keep that redo short.
        if (int(rows.size()) >= state.batchSize || left <= 0 || m_applier.batchPoisoned())
            break;
        waited.restart();
        const auto popped = state.queue.popFor(chunk, std::chrono::milliseconds(left));
        state.waitedMs += waited.elapsed();
        if (popped == BatchQueue<NormalizedRow>::Popped::Finished)
            state.more = false;
        if (popped != BatchQueue<NormalizedRow>::Popped::Batch)
            break;
    }
    if (auto r = m_applier.commitBatch(); !r) {
        if (!m_applier.batchPoisoned())
            return r.error();
        state.channels.forget(); // a channel created in the rolled-back attempt is gone
        if (auto b = m_applier.beginBatch(mutation::Applier::Isolation::PerMutation); !b)
            return b.error();
        done = writeRows(rows, state.channels, qint64(rows.size()), QDeadlineTimer(QDeadlineTimer::Forever));
        if (auto c = m_applier.commitBatch(); !c)
            return c.error();
    }
    if (!state.carry.empty())
        state.more = true; // the reader may be done, the carried rows are not
    done.heldMs = open.elapsed();
    return done;
}

QHash<QString, QString> Importer::mergedSince(qint64 sinceMs)
{
    // A merge stamps the merged customer's updated_at (Merger), and a row only ever names a
    // customer that was a root when the row was written.
    QHash<QString, QString> moved;
    auto &st = m_applier.database().prepare("SELECT id, root_id FROM customer WHERE merged_into IS NOT NULL AND updated_at >= ?1");
    st.bind(1, sinceMs);
    while (st.step())
        moved.insert(st.text(0), st.text(1));
    st.reset();
    return moved;
}

Result<ImportSummary> Importer::run(const ImportOptions &options)
{
    // Importing a lead list is a manager's or channel specialist's (auth::Permissions): said
    // before the file is even opened.
    if (auto r = m_applier.authorize(QStringLiteral("import")); !r)
        return r.error();
    auto opened = openTable(options.path, options.sheet);
    if (!opened)
        return opened.error();
    return run(options, std::move(opened).value());
}

Result<ImportSummary> Importer::run(const ImportOptions &options, std::unique_ptr<TableReader> reader)
{
    if (auto r = m_applier.authorize(QStringLiteral("import")); !r)
        return r.error();
    QElapsedTimer timer;
    timer.start();
    const qint64 startedAt = m_clock.nowMs();
    const QStringList header = reader->header();

    FieldMapping mapping = options.mapping ? *options.mapping : FieldMapping::fromHeader(header);
    if (!options.mapping && !options.mappingPath.isEmpty()) {
        auto m = FieldMapping::fromJsonFile(options.mappingPath, header);
        if (!m)
            return m.error();
        mapping = *m;
    }
    if (!mapping.hasIdentityColumn())
        return makeError(QStringLiteral("io.mapping"),
                         QCoreApplication::translate("Importer",
                                                     "No column for a phone, resident id or platform id was recognised in the header (%1). "
                                                     "Rename the columns or give a mapping file.")
                             .arg(header.join(QCoreApplication::translate("Importer", ", "))));
    QString defaultChannel = options.channel;
    if (defaultChannel.isEmpty())
        defaultChannel = mapping.defaultChannel();
    if (defaultChannel.isEmpty())
        defaultChannel = QStringLiteral("other");

    ImportReport report;
    if (!options.reportPath.isEmpty())
        if (auto r = report.open(options.reportPath); !r)
            return r.error();

    ImportSummary summary;
    summary.format = reader->formatName();
    summary.dateOrder = options.dateOrder;
    BatchQueue<NormalizedRow> queue(kRowsWaiting);
    std::atomic<qint64> bytesDone{0};
    const qint64 bytesTotal = reader->size();
    std::optional<Error> readError;
    const int batchSize = qMax(1, options.batchSize);

    // The reader runs a chunk ahead of the writer; an exception there (a reader bug, memory)
    // ends the import with an error instead of the process.
    BatchProducer<NormalizedRow> producer(queue, [&](BatchQueue<NormalizedRow> &out, std::stop_token) {
        LeadNormalizer normalizer(m_key, m_clock, header, mapping, defaultChannel, QFileInfo(options.path).fileName());
        // 03/04/2025: without an order given, the first rows decide it, read ahead here.
        std::vector<TableRow> ahead;
        if (const int timeColumn = mapping.columnFor(LeadField::Time); summary.dateOrder == DateOrder::Unknown && timeColumn >= 0) {
            QStringList texts;
            TableRow first;
            while (ahead.size() < kDateSampleRows && reader->next(first) && !reader->fatalError()) {
                texts << first.cells.value(timeColumn);
                ahead.push_back(std::move(first));
                first = {};
            }
            summary.dateOrder = detectDateOrder(texts);
        }
        normalizer.setDateOrder(summary.dateOrder);
        size_t aheadDone = 0;
        bool fromReader = false;
        auto nextRow = [&](TableRow &row) {
            fromReader = aheadDone >= ahead.size();
            if (!fromReader) {
                row = std::move(ahead[aheadDone++]);
                return true;
            }
            return reader->next(row);
        };
        // A transaction is written chunk by chunk as the rows arrive, so the writer never waits
        // for a whole batch to be read.
        const int chunkSize = qMax(1, qMin(batchSize / 4, kChunkRows));
        std::vector<NormalizedRow> batch;
        batch.reserve(size_t(chunkSize));
        TableRow row;
        while (nextRow(row)) {
            if (fromReader && reader->fatalError())
                break; // the row that ends the file (a quote never closed) is not a row to import
            batch.push_back(normalizer.normalize(row));
            if (!batch.back().rejected)
                batch.back().jsonBody = batch.back().lead.jsonBody();
            if (int(batch.size()) >= chunkSize) {
                bytesDone = reader->position();
                if (!out.push(std::move(batch)))
                    break;
                batch = {};
                batch.reserve(size_t(chunkSize));
                if (options.cancel && options.cancel->load())
                    break;
            }
        }
        if (const Error *e = reader->fatalError())
            readError = *e;
        bytesDone = reader->position();
        if (!batch.empty())
            out.push(std::move(batch));
    });

    office::ChannelDirectory channels(m_applier.database());
    storage::BackgroundCheckpointer checkpointer(m_applier.database());
    std::optional<Error> writeError;
    WriteState state{queue, channels, batchSize, qMax<qint64>(1, options.maxTransactionMs), true, 0, {}};
    while (state.more) {
        if (options.cancel && options.cancel->load()) {
            summary.cancelled = true;
            break;
        }
        auto written = writeTransaction(state);
        if (!written) {
            writeError = written.error();
            break;
        }
        if (written->rows == 0)
            break;
        summary.longestTransactionMs = std::max(summary.longestTransactionMs, written->heldMs);
        const BatchOutcome &done = *written;
        checkpointer.committed();
        summary.rows += done.rows;
        summary.created += done.created;
        summary.merged += done.merged;
        summary.duplicates += done.duplicates;
        summary.rejected += done.rejected;
        summary.reviews += done.reviews;
        summary.warned += done.warned;
        for (const ImportRowOutcome &line : done.lines) {
            report.add(line.row, line.statusKey(), line.customerId, line.reason());
            if ((line.status == ImportRowOutcome::Status::Rejected || !line.warning.isEmpty()) &&
                summary.flagged.size() < size_t(qMax(0, options.maxFlaggedRows)))
                summary.flagged.push_back(line);
        }
        if (options.progress)
            options.progress(summary.rows, bytesDone.load(), bytesTotal);
    }
    if (writeError)
        m_applier.rollbackBatch();
    producer.join(); // stops a reader still running (an error, a cancel) and waits for it
    if (producer.error() && !readError)
        readError = producer.error();
    // A row names the customer it belongs to at the end: one a later row (or the desk) merged
    // into another since is followed to its root. Only customers merged during the import can
    // have moved, so the lookup is as small as the import's merges.
    const QHash<QString, QString> moved = mergedSince(startedAt);
    for (ImportRowOutcome &line : summary.flagged)
        line.customerId = moved.value(line.customerId, line.customerId);
    if (auto closed = report.close(moved); !closed && !writeError)
        writeError = closed.error();
    summary.waitedForReaderMs = state.waitedMs;
    summary.elapsedMs = timer.elapsed();

    if (writeError)
        return makeError(writeError->code,
                         QCoreApplication::translate("Importer", "The import stopped after %1 rows: %2. Everything before that is saved; "
                                                                 "run the import again to complete it.")
                             .arg(summary.rows)
                             .arg(writeError->message));
    if (readError)
        return makeError(readError->code,
                         QCoreApplication::translate("Importer", "The file could not be read to the end: %1. %2 rows before that were "
                                                                 "imported; fix the file and import it again to complete it.")
                             .arg(readError->message)
                             .arg(summary.rows));
    qCInfo(lcIo) << "import finished:" << summary.rows << "rows in" << summary.elapsedMs << "ms";
    return summary;
}

} // namespace shoulou::io
