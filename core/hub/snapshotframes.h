#pragma once

#include "hub/hubrecords.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace shoulou::hub {

class FrameReader;

// The frames a desk downloads the office's latest snapshot with (docs/sync-protocol.md):
// snapshot_info → {hub_seq, bytes, sha256} or {none:true}; snapshot_chunk {hub_seq, offset,
// length ≤ 512 KiB} → {data} in base64, so a chunk's frame stays below the 1 MiB limit. A
// kiosk gets none: a snapshot holds the whole customer list. Reads files only (the
// OfficeSnapshotter's directory), so it needs no store.
class SnapshotFrames final {
public:
    explicit SnapshotFrames(QString dir);

    QJsonObject info(qint64 id, const Caller &caller) const;
    QJsonObject chunk(qint64 id, FrameReader &r, const Caller &caller) const;

    static constexpr int kMaxChunk = 512 * 1024;

private:
    std::optional<QJsonObject> refuseKiosk(qint64 id, const Caller &caller) const;

    QString m_dir;
};

} // namespace shoulou::hub
