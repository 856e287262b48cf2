#pragma once

#include "hub/hubrecords.h"
#include "hub/throttle.h"
#include "util/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <memory>

namespace shoulou {
class Clock;
}

namespace shoulou::hub {

class FrameReader;
class HubKeys;
class HubStore;
class PushHandler;
class Roster;
class SnapshotFrames;

// The remote end of a frame: throttling is per address as well as per login.
struct Peer final {
    QString address;
};

// The hub's request handling, frames in → frames out (ISSUE11-PLAN, wire protocol v1): enroll,
// set_office_key, signin, hello, push, pull, ping. No sockets: HubServer feeds it, tests call
// it directly. Every refusal is an error frame with a stable code and a message for a person;
// a malformed frame changes nothing. Single-threaded: one instance per store connection.
class HubService final {
public:
    // Told after every commit that appended to an office's log (the server pokes its sockets).
    using Poke = std::function<void(const QString &officeId, qint64 hubSeq)>;

    struct Options {
        qint64 sessionTtlMs = 12LL * 3600 * 1000; // after the session's last use
        int maxPushOps = 100;
        int maxPullOps = 1000;
        // Where OfficeSnapshotter keeps its snapshots (DATA/snapshots); empty: none are served.
        QString snapshotDir;
    };

    HubService(HubStore &store, const HubKeys &keys, const Clock &clock, Poke poke = {});
    HubService(HubStore &store, const HubKeys &keys, const Clock &clock, Poke poke, Options options);
    ~HubService();

    // One frame (already parsed). An empty object means "nothing to send back" (a pong).
    QJsonObject handle(const QJsonObject &frame, const Peer &peer);
    // One text frame: the size, nesting and JSON checks first, then handle(). Compact JSON out
    // (empty when there is nothing to send).
    QByteArray handleText(const QByteArray &text, const Peer &peer);

    // The office of a valid session token, or empty: HubServer subscribes a socket to that
    // office's pokes after its hello.
    QString officeOfToken(const QString &token);

private:
    QJsonObject enroll(qint64 id, FrameReader &r, const Peer &peer);
    QJsonObject setOfficeKey(qint64 id, FrameReader &r);
    QJsonObject signin(qint64 id, FrameReader &r, const Peer &peer);
    QJsonObject hello(qint64 id, FrameReader &r);
    QJsonObject push(qint64 id, FrameReader &r);
    QJsonObject pull(qint64 id, FrameReader &r);
    QJsonObject snapshot(qint64 id, const QString &type, FrameReader &r);

    // The caller of a token, or the error frame's {code, message}.
    Result<Caller> authenticate(const QString &token);
    // Throttle check and password verification shared by enroll and signin. Empty on success.
    std::optional<QJsonObject> checkPassword(qint64 id, const QString &throttleLogin, const std::optional<UserRecord> &user,
                                             const QString &password, const Peer &peer);
    Result<QString> newSession(const QString &workstationId, qint64 userKey);
    std::optional<QByteArray> officeKeyFor(const OfficeRecord &office, const QByteArray &workstationKey);
    // The office's public sealing key (security::OfficeSealKey), derived from its key; nullopt
    // while the office has none. The key itself is wiped at once and never logged.
    std::optional<QByteArray> officeSealPublicKey(const OfficeRecord &office);
    QJsonObject storeFailure(qint64 id, const Error &error);
    QJsonObject refusedOrFailed(qint64 id, const Error &error); // authenticate()'s refusal, or a store failure

    HubStore &m_store;
    const HubKeys &m_keys;
    const Clock &m_clock;
    Poke m_poke;
    Options m_options;
    Throttle m_loginThrottle;
    Throttle m_addressThrottle;
    std::unique_ptr<Roster> m_roster;
    std::unique_ptr<PushHandler> m_push;
    std::unique_ptr<SnapshotFrames> m_snapshots;
};

} // namespace shoulou::hub
