#include "snapshotframes.h"

#include "hub/framereader.h"
#include "hub/hubreply.h"
#include "hub/officesnapshotter.h"

#include <QCoreApplication>
#include <QFile>

#include <limits>

namespace shoulou::hub {

SnapshotFrames::SnapshotFrames(QString dir)
    : m_dir(std::move(dir))
{}

std::optional<QJsonObject> SnapshotFrames::refuseKiosk(qint64 id, const Caller &caller) const
{
    if (caller.workstation.scope == QLatin1String("kiosk") || caller.user.role == QLatin1String("kiosk"))
        return reply::error(id, QStringLiteral("forbidden"),
                            QCoreApplication::translate("HubService", "The reception kiosk never receives the office's snapshot."));
    return std::nullopt;
}

QJsonObject SnapshotFrames::info(qint64 id, const Caller &caller) const
{
    if (auto refused = refuseKiosk(id, caller))
        return *refused;
    const auto latest = OfficeSnapshotter::latest(m_dir, caller.office.id);
    if (!latest)
        return reply::ok(QStringLiteral("snapshot_info"), id, {{QStringLiteral("none"), true}});
    return reply::ok(QStringLiteral("snapshot_info"), id,
                     {{QStringLiteral("hub_seq"), latest->hubSeq},
                      {QStringLiteral("bytes"), latest->bytes},
                      {QStringLiteral("sha256"), QString::fromLatin1(latest->sha256.toHex())}});
}

QJsonObject SnapshotFrames::chunk(qint64 id, FrameReader &r, const Caller &caller) const
{
    const qint64 hubSeq = r.integer("hub_seq", 1, std::numeric_limits<qint64>::max());
    const qint64 offset = r.integer("offset", 0, std::numeric_limits<qint64>::max());
    const qint64 length = r.integer("length", 1, kMaxChunk);
    if (!r.ok())
        return reply::error(id, r.error());
    if (auto refused = refuseKiosk(id, caller))
        return *refused;
    // Only the latest snapshot is served: an older one may be deleted at any moment.
    const auto latest = OfficeSnapshotter::latest(m_dir, caller.office.id);
    QFile f(latest ? latest->path : QString());
    if (!latest || latest->hubSeq != hubSeq || !f.open(QIODevice::ReadOnly))
        return reply::error(
            id, QStringLiteral("snapshot_gone"),
            QCoreApplication::translate("HubService", "The hub no longer has that snapshot; ask for the latest one again."));
    if (offset > latest->bytes) {
        r.fail("offset", QCoreApplication::translate("HubService", "is beyond the end of the snapshot"));
        return reply::error(id, r.error());
    }
    f.seek(offset);
    const QByteArray data = f.read(length);
    return reply::ok(QStringLiteral("snapshot_chunk"), id,
                     {{QStringLiteral("hub_seq"), hubSeq},
                      {QStringLiteral("offset"), offset},
                      {QStringLiteral("data"), QString::fromLatin1(data.toBase64())},
                      {QStringLiteral("eof"), offset + data.size() >= latest->bytes}});
}

} // namespace shoulou::hub
