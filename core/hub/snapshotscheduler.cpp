#include "snapshotscheduler.h"

#include "hub/hublogging.h"
#include "hub/hubstore.h"
#include "util/clock.h"

#include <QFileInfo>
#include <QThread>
#include <QTimer>

namespace shoulou::hub {

SnapshotScheduler::SnapshotScheduler(HubStore &store, const HubKeys &keys, const Clock &clock, QString dir, Options options,
                                     QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_keys(keys)
    , m_clock(clock)
    , m_snapshotter(store, keys, clock, dir)
    , m_dir(std::move(dir))
    , m_options(options)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SnapshotScheduler::step);
}

SnapshotScheduler::~SnapshotScheduler()
{
    if (m_writer) { // its finished() will not be handled any more
        m_writer->wait();
        delete m_writer;
    }
}

void SnapshotScheduler::start()
{
    m_timer->start(0);
}

bool SnapshotScheduler::due(const OfficeRecord &office) const
{
    if (office.keySealedForHub.isEmpty())
        return false;
    const qint64 head = office.nextHubSeq - 1;
    const auto latest = OfficeSnapshotter::latest(m_dir, office.id);
    const qint64 covered = latest ? latest->hubSeq : 0;
    if (head <= covered)
        return false;
    if (head - covered >= m_options.newOpsForSnapshot)
        return true;
    // A small office gets its first snapshot at once and then a nightly one, so its new desks
    // start from it and its log can be pruned too.
    if (!latest)
        return true;
    const qint64 madeAt = QFileInfo(latest->path).lastModified().toMSecsSinceEpoch();
    return m_clock.nowMs() - madeAt >= m_options.maxAgeMs;
}

Result<qint64> SnapshotScheduler::applyRetention(HubStore &store, const OfficeRecord &office, const QString &dir, qint64 nowMs,
                                                 int retentionDays)
{
    const auto latest = OfficeSnapshotter::latest(dir, office.id);
    if (!latest || retentionDays <= 0)
        return store.prunedThrough(office.id);
    return store.pruneLog(office.id, latest->hubSeq, nowMs - qint64(retentionDays) * 24 * 3600 * 1000);
}

Result<OfficeSnapshot> SnapshotScheduler::snapshotNow(const OfficeRecord &office)
{
    auto made = m_snapshotter.snapshot(office);
    if (!made)
        return made.error();
    if (auto pruned = applyRetention(m_store, office, m_dir, m_clock.nowMs(), m_options.retentionDays); !pruned)
        return pruned.error();
    emit snapshotMade(office.id, made->hubSeq);
    return made;
}

void SnapshotScheduler::step()
{
    auto offices = m_store.offices();
    if (!offices) {
        qCWarning(lcHub).noquote() << "snapshots: cannot read the offices:" << offices.error().message;
        m_timer->start(m_options.checkIntervalMs);
        return;
    }
    if (m_working.isEmpty()) {
        for (const OfficeRecord &o : std::as_const(*offices))
            if (due(o)) {
                m_working = o.id;
                break;
            }
    }
    for (const OfficeRecord &o : std::as_const(*offices)) {
        if (o.id != m_working)
            continue;
        if (m_options.openReader) {
            buildInBackground(o);
            return;
        }
        auto through = m_snapshotter.catchUp(o, m_options.opsPerStep);
        if (through && *through < o.nextHubSeq - 1) {
            m_timer->start(0); // the next turn: pushes in between are served first
            return;
        }
        if (!through) {
            qCWarning(lcHub).noquote() << "snapshot of office" << o.code << "failed:" << through.error().message;
            m_working.clear();
            m_timer->start(m_options.checkIntervalMs);
            return;
        }
        writeInBackground(o);
        return;
    }
    m_working.clear();
    m_timer->start(m_options.checkIntervalMs);
}

void SnapshotScheduler::writeInBackground(const OfficeRecord &office)
{
    auto result = std::make_shared<std::optional<Result<OfficeSnapshot>>>();
    m_writer = QThread::create([this, office, result] { result->emplace(m_snapshotter.write(office)); });
    connect(m_writer, &QThread::finished, this, [this, office, result] {
        finished(office, result->has_value()
                             ? std::move(**result)
                             : Result<OfficeSnapshot>(makeError(QStringLiteral("hub.snapshot"), QStringLiteral("no result"))));
    });
    m_writer->start();
}

void SnapshotScheduler::buildInBackground(const OfficeRecord &office)
{
    auto result = std::make_shared<std::optional<Result<OfficeSnapshot>>>();
    m_writer = QThread::create([this, office, result] {
        // Its own connection: a store is used by one thread only.
        auto reader = m_options.openReader();
        if (!reader) {
            result->emplace(reader.error());
            return;
        }
        OfficeSnapshotter snapshotter(**reader, m_keys, m_clock, m_dir);
        result->emplace(snapshotter.snapshot(office));
    });
    connect(m_writer, &QThread::finished, this, [this, office, result] {
        finished(office, result->has_value()
                             ? std::move(**result)
                             : Result<OfficeSnapshot>(makeError(QStringLiteral("hub.snapshot"), QStringLiteral("no result"))));
    });
    m_writer->start();
}

void SnapshotScheduler::finished(const OfficeRecord &office, Result<OfficeSnapshot> made)
{
    m_writer->deleteLater();
    m_writer = nullptr;
    m_working.clear();
    if (made) {
        if (auto pruned = applyRetention(m_store, office, m_dir, m_clock.nowMs(), m_options.retentionDays); !pruned)
            qCWarning(lcHub).noquote() << "retention of office" << office.code << "failed:" << pruned.error().message;
        emit snapshotMade(office.id, made->hubSeq);
    } else {
        qCWarning(lcHub).noquote() << "snapshot of office" << office.code << "failed:" << made.error().message;
    }
    m_timer->start(made ? 0 : m_options.checkIntervalMs); // another office may be due; a failure waits
}

} // namespace shoulou::hub
