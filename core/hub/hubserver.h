#pragma once

#include "util/result.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>

#include <memory>

class QTimer;
class QWebSocket;
class QWebSocketServer;

namespace shoulou {
class Clock;
}

namespace shoulou::hub {

class HubKeys;
class HubService;
class HubStore;

// The hub on the network: one TLS WebSocket per workstation (wss://HOST:PORT/v1), text frames
// handed to one HubService. After a workstation's hello its socket hears that office's pokes.
// Defences: at most N connections per address and M new ones a minute, a frame rate limit per connection (a flood is
// answered "rate_limited" and then cut off), 4 MiB at most per message at the socket (the
// service refuses anything over 1 MiB with bad_frame), a ping every 10 s and a cut-off for
// sockets silent for longer than three pings.
class HubServer final : public QObject {
    Q_OBJECT
public:
    struct Options {
        int maxConnectionsPerAddress = 16;
        int newConnectionsPerMinute = 120; // per address: reconnect loops and floods are cut off
        // A desk waits for each answer, so even its fastest history push stays far below
        // these; a client that sends without waiting is cut off.
        double framesPerSecond = 2000; // sustained, per connection
        int frameBurst = 4000;         // frames a connection may send at once
        int maxRateViolations = 200;   // frames dropped before the connection is closed
        int pingIntervalMs = 10000;
        int idleTimeoutMs = 35000;
        qint64 sessionTtlMs = 12LL * 3600 * 1000; // HubService::Options: a session ends this long after its last use
        QString snapshotDir;                      // HubService::Options: the snapshots served (empty: none)
    };

    HubServer(HubStore &store, const HubKeys &keys, const Clock &clock, QObject *parent = nullptr);
    HubServer(HubStore &store, const HubKeys &keys, const Clock &clock, Options options, QObject *parent = nullptr);
    ~HubServer() override;

    // Starts listening; `port` 0 picks a free one (see port()).
    Result<void> listen(const QHostAddress &address, quint16 port, const QSslConfiguration &tls);
    quint16 port() const;
    int connectionCount() const { return int(m_connections.size()); }
    HubService &service() { return *m_service; }

    // Pokes the sockets of `officeId` that said hello. The server does this itself after each
    // of its commits, unless the store announces commits to every process (PostgreSQL): then
    // whoever hears the announcements (PgListener) calls it, for this process's commits too.
    void fanOut(const QString &officeId, qint64 hubSeq);

    // The TLS configuration of the data directory's cert.pem / key.pem.
    static Result<QSslConfiguration> tlsConfiguration(const QString &certPath, const QString &keyPath);

private:
    struct Connection {
        QString address;
        QString officeId; // after hello: pokes of this office
        double tokens = 0;
        qint64 refilledMs = 0;
        qint64 lastHeardMs = 0;
        int violations = 0;
    };

    void onNewConnection();
    void onText(QWebSocket *socket, const QString &text);
    void onBinary(QWebSocket *socket);
    void onDisconnected(QWebSocket *socket);
    void onPingTimer();
    bool admitFrame(QWebSocket *socket, Connection &c);
    void send(QWebSocket *socket, const QByteArray &frame);

    const Clock &m_clock;
    Options m_options;
    std::unique_ptr<HubService> m_service;
    QWebSocketServer *m_server;
    QTimer *m_pingTimer;
    QHash<QWebSocket *, Connection> m_connections;
    QHash<QString, int> m_perAddress;
    struct Arrivals {
        double tokens = 0;
        qint64 refilledMs = 0;
    };
    QHash<QString, Arrivals> m_arrivals; // new connections per address (a token bucket)
    qint64 m_lastSessionSweepMs = 0;
    HubStore &m_store;
};

} // namespace shoulou::hub
