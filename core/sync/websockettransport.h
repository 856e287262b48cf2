#pragma once

#include "sync/transport.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QWebSocket;

namespace shoulou::sync {

// The hub over one TLS WebSocket (wss://host:port/v1). The hub's certificate is self-signed
// and pinned: the connection is accepted only if the SHA-256 of the certificate the hub shows
// equals the fingerprint taken at enrolment ("SHA256:<hex>", as `shoulou-hub init` prints) —
// like SSH's first contact, so a LAN needs no certificate authority.
// call() waits for the answer with the same "id" (up to timeoutMs). It is for the sync thread
// and the CLI, never the GUI thread: it runs a local event loop while it waits.
class WebSocketTransport final : public Transport {
public:
    WebSocketTransport(QUrl url, QString fingerprint, int timeoutMs = 15000);
    ~WebSocketTransport() override;

    Result<QJsonObject> call(const QJsonObject &frame) override;
    // Counts the connections made; 0 while none is open.
    quint64 connection() const override;
    // The highest hub_seq a hub poke announced (the hub pokes every workstation of the office
    // after each commit); the caller pulls when it is beyond its cursor.
    qint64 lastPoke() const { return m_lastPoke; }
    // Waits (an event loop, up to timeoutMs) until a poke announces more than `cursor`; true
    // when one did. Connects first if needed (false when the hub cannot be reached). This is
    // how a change on one desk reaches the others within milliseconds instead of a poll.
    bool waitForPoke(qint64 cursor, int timeoutMs);
    // Called (on the transport's thread) with each poke's hub_seq as it arrives, also between
    // calls: the desk's sync thread starts a round from it.
    void setOnPoke(std::function<void(qint64 hubSeq)> onPoke) { m_onPoke = std::move(onPoke); }

    // "SHA256:<hex>" of a DER certificate.
    static QString fingerprintOf(const QByteArray &der);

private:
    Result<void> connectIfNeeded();
    // One send and wait; a frame the hub refused as too fast is sent again, backing off.
    Result<QJsonObject> callOnce(const QJsonObject &frame, int attempt);

    QUrl m_url;
    QString m_fingerprint;
    int m_timeoutMs;
    std::unique_ptr<QWebSocket> m_socket;
    QString m_tlsFailure;
    qint64 m_lastPoke = 0;
    quint64 m_connections = 0;
    std::function<void(qint64)> m_onPoke;
};

} // namespace shoulou::sync
