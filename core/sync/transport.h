#pragma once

#include "util/result.h"

#include <QJsonObject>

namespace shoulou::sync {

// How a workstation talks to its hub: one request frame, one reply frame (wire protocol v1,
// docs/sync-protocol.md). A reply with "ok":false comes back as an Error with the hub's code
// and message; a hub that cannot be reached is the error code "sync.unreachable" (the CLI's
// exit 3). Implementations: the TLS WebSocket to a real hub, and in-process fakes for tests.
class Transport {
public:
    virtual ~Transport() = default;
    virtual Result<QJsonObject> call(const QJsonObject &frame) = 0;
    // Which connection the next call goes over: the engine says hello once per connection (a
    // restored hub restarts, so a new epoch always comes with a new connection). 0: not known,
    // hello before every round.
    virtual quint64 connection() const { return 0; }
};

inline const QString kUnreachable = QStringLiteral("sync.unreachable");

} // namespace shoulou::sync
