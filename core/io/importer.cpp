#include "importer.h"

#include "io/fieldmapping.h"
#include "io/importreport.h"
#include "io/leadnormalizer.h"
#include "io/tablereader.h"
#include "mutation/applier.h"
#include "office/channeldirectory.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QLoggingCategory>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

Q_LOGGING_CATEGORY(lcImport, "shoulou.io.import")

namespace shoulou::io {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Importer", text);
}

// A bounded hand-off between the reader thread and the writer: at most kDepth batches wait,
// so a fast reader cannot fill memory while SQLite catches up.
class BatchQueue final {
public:
    static constexpr size_t kDepth = 4;

    // False once the consumer has stopped: the producer should stop reading.
    bool push(std::vector<NormalizedRow> batch)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [&] { return m_batches.size() < kDepth || m_stopped; });
        if (m_stopped)
            return false;
        m_batches.push_back(std::move(batch));
        m_notEmpty.notify_one();
        return true;
    }
    void finish()
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_notEmpty.notify_all();
    }
    // Consumer gave up (error or cancel): release a blocked producer.
    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_notFull.notify_all();
    }
    bool pop(std::vector<NormalizedRow> &out)
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [&] { return !m_batches.empty() || m_finished; });
        if (m_batches.empty())
            return false;
        out = std::move(m_batches.front());
        m_batches.pop_front();
        m_notFull.notify_one();
        return true;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_notFull, m_notEmpty;
    std::deque<std::vector<NormalizedRow>> m_batches;
    bool m_finished = false;
    bool m_stopped = false;
};

QString matchedText(const QJsonArray &how)
{
    QStringList parts;
    for (const auto &v : how) {
        const QString k = v.toString();
        parts << (k == QLatin1String("phone")         ? tr("phone")
                  : k == QLatin1String("resident_id") ? tr("resident id")
                                                      : tr("platform id"));
    }
    return tr("same %1 as an existing customer").arg(parts.join(QStringLiteral(", ")));
}

} // namespace

Importer::Importer(mutation::Applier &applier, const security::OfficeKey &key, const Clock &clock)
    : m_applier(applier), m_key(key), m_clock(clock)
{
}

Result<ImportSummary> Importer::run(const ImportOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    auto opened = openTable(options.path, options.sheet);
    if (!opened)
        return opened.error();
    std::unique_ptr<TableReader> reader = std::move(opened).value();
    const QStringList header = reader->header();

    FieldMapping mapping = FieldMapping::fromHeader(header);
    if (!options.mappingPath.isEmpty()) {
        auto m = FieldMapping::fromJsonFile(options.mappingPath, header);
        if (!m)
            return m.error();
        mapping = *m;
    }
    if (!mapping.hasIdentityColumn())
        return makeError(QStringLiteral("io.mapping"),
                         tr("No column for a phone, resident id or platform id was recognised in the header (%1). "
                            "Rename the columns or give a mapping file.")
                             .arg(header.join(QStringLiteral(", "))));
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
    BatchQueue queue;
    std::atomic<qint64> bytesDone{0};
    const qint64 bytesTotal = reader->size();
    std::optional<Error> readError;
    const int batchSize = qMax(1, options.batchSize);

    std::thread producer([&] {
        LeadNormalizer normalizer(m_key, m_clock, header, mapping, defaultChannel, QFileInfo(options.path).fileName());
        std::vector<NormalizedRow> batch;
        batch.reserve(size_t(batchSize));
        TableRow row;
        while (reader->next(row)) {
            batch.push_back(normalizer.normalize(row));
            if (int(batch.size()) >= batchSize) {
                bytesDone = reader->position();
                if (!queue.push(std::move(batch)))
                    break;
                batch = {};
                batch.reserve(size_t(batchSize));
                if (options.cancel && options.cancel->load())
                    break;
            }
        }
        if (const Error *e = reader->fatalError())
            readError = *e;
        bytesDone = reader->position();
        if (!batch.empty())
            queue.push(std::move(batch));
        queue.finish();
    });

    office::ChannelDirectory channels(m_applier.database());
    std::optional<Error> writeError;
    std::vector<NormalizedRow> batch;
    while (queue.pop(batch)) {
        if (options.cancel && options.cancel->load()) {
            summary.cancelled = true;
            break;
        }
        if (auto r = m_applier.beginBatch(); !r) {
            writeError = r.error();
            break;
        }
        for (NormalizedRow &nr : batch) {
            ++summary.rows;
            if (nr.rejected) {
                ++summary.rejected;
                report.add(nr.row, QStringLiteral("rejected"), {}, nr.reason);
                continue;
            }
            office::ChannelInfo ch = channels.find(nr.channelText);
            if (ch.id.isEmpty()) {
                // A channel nobody set up yet: create it with the neutral default weight.
                auto created = m_applier.applyInBatch(QStringLiteral("channel.create"), 1,
                                                      QJsonObject{{QStringLiteral("name"), nr.channelText}});
                if (created)
                    ch = channels.find(nr.channelText);
                if (ch.id.isEmpty())
                    ch = channels.find(QStringLiteral("other"));
            }
            nr.lead.channelId = ch.id;
            nr.lead.weightPermille = ch.weightPermille;
            auto result = m_applier.applyInBatch(QStringLiteral("lead.ingest"), 1, nr.lead.toArgs());
            if (!result) {
                ++summary.rejected;
                report.add(nr.row, QStringLiteral("rejected"), {}, result.error().message);
                continue;
            }
            const QString status = result->value(QLatin1String("status")).toString();
            const QString customerId = result->value(QLatin1String("customer_id")).toString();
            summary.reviews += result->value(QLatin1String("reviews")).toInt();
            QStringList notes;
            if (status == QLatin1String("created")) {
                ++summary.created;
            } else if (status == QLatin1String("duplicate")) {
                ++summary.duplicates;
                notes << tr("already imported");
            } else {
                ++summary.merged;
                notes << matchedText(result->value(QLatin1String("matched_by")).toArray());
            }
            if (!nr.reason.isEmpty())
                notes << nr.reason;
            report.add(nr.row, status == QLatin1String("created") ? QStringLiteral("created") : QStringLiteral("merged"),
                       customerId, notes.join(QStringLiteral("; ")));
        }
        if (auto r = m_applier.commitBatch(); !r) {
            writeError = r.error();
            break;
        }
        if (options.progress)
            options.progress(summary.rows, bytesDone.load(), bytesTotal);
    }
    if (writeError)
        m_applier.rollbackBatch();
    queue.stop();
    // Drain so the producer can finish if it is blocked on a full queue.
    while (queue.pop(batch)) {
    }
    producer.join();
    (void)report.close();
    summary.elapsedMs = timer.elapsed();

    if (writeError)
        return makeError(writeError->code, tr("The import stopped after %1 rows: %2. Everything before that is saved; "
                                              "run the import again to complete it.")
                                               .arg(summary.rows)
                                               .arg(writeError->message));
    if (readError)
        return makeError(readError->code, tr("The file could not be read to the end: %1. %2 rows before that were "
                                             "imported; fix the file and import it again to complete it.")
                                              .arg(readError->message)
                                              .arg(summary.rows));
    qCInfo(lcImport) << "import finished:" << summary.rows << "rows in" << summary.elapsedMs << "ms";
    return summary;
}

} // namespace shoulou::io
