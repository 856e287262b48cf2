#include "hubserver.h"

#include "hub/framereader.h"
#include "hub/hublogging.h"
#include "hub/hubreply.h"
#include "hub/hubservice.h"
#include "hub/hubstore.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSslKey>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

#include <algorithm>

namespace shoulou::hub {

namespace {

constexpr qint64 kMaxSocketMessage = 4 * 1024 * 1024;
constexpr qint64 kSessionSweepMs = 3600 * 1000;

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// The address without an IPv4-mapped IPv6 prefix, so ::ffff:10.0.0.5 and 10.0.0.5 count as one.
QString addressOf(const QWebSocket *socket)
{
    QHostAddress a = socket->peerAddress();
    bool mapped = false;
    const quint32 v4 = a.toIPv4Address(&mapped);
    if (mapped)
        a = QHostAddress(v4);
    return a.toString();
}

} // namespace

HubServer::HubServer(HubStore &store, const HubKeys &keys, const Clock &clock, QObject *parent)
    : HubServer(store, keys, clock, Options{}, parent)
{}

HubServer::HubServer(HubStore &store, const HubKeys &keys, const Clock &clock, Options options, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_options(options)
    , m_server(new QWebSocketServer(QStringLiteral("shoulou-hub"), QWebSocketServer::SecureMode, this))
    , m_pingTimer(new QTimer(this))
    , m_store(store)
{
    HubService::Options serviceOptions;
    serviceOptions.sessionTtlMs = m_options.sessionTtlMs;
    serviceOptions.snapshotDir = m_options.snapshotDir;
    m_service = std::make_unique<HubService>(
        store, keys, clock,
        [this](const QString &officeId, qint64 hubSeq) {
            if (!m_store.announcesCommits())
                fanOut(officeId, hubSeq);
        },
        serviceOptions);
    m_server->setHandshakeTimeout(std::chrono::milliseconds(10000));
    m_server->setMaxPendingConnections(64);
    connect(m_server, &QWebSocketServer::newConnection, this, &HubServer::onNewConnection);
    connect(m_server, &QWebSocketServer::sslErrors, this,
            [](const QList<QSslError> &errors) { qCInfo(lcHub) << "TLS errors with a client:" << errors.size(); });
    connect(m_server, &QWebSocketServer::peerVerifyError, this, [](const QSslError &) {});
    connect(m_server, &QWebSocketServer::acceptError, this,
            [](QAbstractSocket::SocketError e) { qCWarning(lcHub) << "accept failed:" << e; });
    m_pingTimer->setInterval(m_options.pingIntervalMs);
    connect(m_pingTimer, &QTimer::timeout, this, &HubServer::onPingTimer);
}

HubServer::~HubServer()
{
    const auto sockets = m_connections.keys();
    m_connections.clear();
    for (QWebSocket *s : sockets) {
        s->disconnect(this);
        s->abort();
        s->deleteLater();
    }
}

Result<QSslConfiguration> HubServer::tlsConfiguration(const QString &certPath, const QString &keyPath)
{
    QFile certFile(certPath), keyFile(keyPath);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return makeError(
            QStringLiteral("hub.tls"),
            QCoreApplication::translate("HubServer", "Cannot read the hub's certificate %1 or its key %2.").arg(certPath, keyPath));
    const QSslCertificate cert(certFile.readAll(), QSsl::Pem);
    QByteArray keyPem = keyFile.readAll();
    const QSslKey key(keyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    keyPem.fill('\0');
    if (cert.isNull() || key.isNull())
        return makeError(
            QStringLiteral("hub.tls"),
            QCoreApplication::translate("HubServer", "The hub's certificate %1 or its key %2 is damaged.").arg(certPath, keyPath));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(cert);
    tls.setPrivateKey(key);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // workstations prove themselves by their session, not a certificate
    return tls;
}

Result<void> HubServer::listen(const QHostAddress &address, quint16 port, const QSslConfiguration &tls)
{
    if (!QSslSocket::supportsSsl())
        return makeError(QStringLiteral("hub.tls"),
                         QCoreApplication::translate("HubServer", "This system's Qt has no TLS support (OpenSSL)."));
    m_server->setSslConfiguration(tls);
    if (!m_server->listen(address, port))
        return makeError(QStringLiteral("hub.listen"), QCoreApplication::translate("HubServer", "Cannot listen on %1:%2: %3")
                                                           .arg(address.toString())
                                                           .arg(port)
                                                           .arg(m_server->errorString()));
    m_pingTimer->start();
    qCInfo(lcHub).noquote() << "listening on" << address.toString() << "port" << m_server->serverPort();
    return {};
}

quint16 HubServer::port() const
{
    return m_server->serverPort();
}

void HubServer::onNewConnection()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        const QString address = addressOf(socket);
        if (socket->requestUrl().path() != QLatin1String("/v1")) {
            qCInfo(lcHub).noquote() << "refused a connection from" << address << "to an unknown path";
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("unknown path; use /v1"));
            socket->deleteLater();
            continue;
        }
        const qint64 now = m_clock.nowMs();
        if (m_arrivals.size() > 10000) // a flood of distinct addresses: forget the full buckets
            m_arrivals.removeIf([&](const auto &it) { return now - it.value().refilledMs > 60000; });
        Arrivals &arrivals = m_arrivals[address];
        const double perMinute = m_options.newConnectionsPerMinute;
        arrivals.tokens = arrivals.refilledMs == 0
                              ? perMinute
                              : std::min(perMinute, arrivals.tokens + double(now - arrivals.refilledMs) * perMinute / 60000.0);
        arrivals.refilledMs = now;
        if (arrivals.tokens < 1.0) {
            qCWarning(lcHub).noquote() << "refused a connection from" << address << ": too many new connections a minute";
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("too many new connections; wait a minute"));
            socket->deleteLater();
            continue;
        }
        arrivals.tokens -= 1.0;
        if (m_perAddress.value(address) >= m_options.maxConnectionsPerAddress) {
            qCWarning(lcHub).noquote() << "refused a connection from" << address << ": it has" << m_options.maxConnectionsPerAddress
                                       << "already";
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("too many connections from this address"));
            socket->deleteLater();
            continue;
        }
        socket->setMaxAllowedIncomingMessageSize(quint64(kMaxSocketMessage));
        socket->setMaxAllowedIncomingFrameSize(quint64(kMaxSocketMessage));
        // One frame per message: Qt WebSockets checks UTF-8 per frame, so a message split
        // inside a Chinese character (at the default 512 KiB) fails the connection with 1007.
        socket->setOutgoingFrameSize(quint64(kMaxSocketMessage));
        m_connections.insert(socket, Connection{address, {}, double(m_options.frameBurst), now, now, 0});
        ++m_perAddress[address];
        connect(socket, &QWebSocket::textMessageReceived, this, [this, socket](const QString &text) { onText(socket, text); });
        connect(socket, &QWebSocket::binaryMessageReceived, this, [this, socket](const QByteArray &) { onBinary(socket); });
        connect(socket, &QWebSocket::pong, this, [this, socket](quint64, const QByteArray &) {
            if (auto it = m_connections.find(socket); it != m_connections.end())
                it->lastHeardMs = m_clock.nowMs();
        });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] { onDisconnected(socket); });
        qCDebug(lcHub).noquote() << "connection from" << address;
    }
}

bool HubServer::admitFrame(QWebSocket *socket, Connection &c)
{
    const qint64 now = m_clock.nowMs();
    c.lastHeardMs = now;
    c.tokens = std::min(double(m_options.frameBurst), c.tokens + double(now - c.refilledMs) * m_options.framesPerSecond / 1000.0);
    c.refilledMs = now;
    if (c.tokens >= 1.0) {
        c.tokens -= 1.0;
        return true;
    }
    if (++c.violations == 1)
        qCWarning(lcHub).noquote() << "throttling frames from" << c.address;
    if (c.violations >= m_options.maxRateViolations) {
        qCWarning(lcHub).noquote() << "closing a flooding connection from" << c.address;
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("too many frames"));
        return false;
    }
    send(socket, compact(reply::error(0, QStringLiteral("rate_limited"),
                                      QCoreApplication::translate("HubServer", "Too many frames; slow down. This one was not handled."))));
    return false;
}

void HubServer::onText(QWebSocket *socket, const QString &text)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end() || !admitFrame(socket, *it))
        return;
    const Peer peer{it->address};
    const QByteArray utf8 = text.toUtf8();
    auto frame = parseFrame(utf8);
    if (!frame) {
        send(socket, compact(reply::error(0, QStringLiteral("bad_frame"), frame.error().message, {{QStringLiteral("field"), QString()}})));
        return;
    }
    const QJsonObject out = m_service->handle(*frame, peer);
    // The service may have run for a while (a password check): the socket may be gone.
    it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    const QString type = out.value(QLatin1String("t")).toString();
    if (out.value(QLatin1String("ok")).toBool() && type == QLatin1String("hello"))
        it->officeId = m_service->officeOfToken(frame->value(QLatin1String("token")).toString());
    if (!out.isEmpty())
        send(socket, compact(out));
}

void HubServer::onBinary(QWebSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end() || !admitFrame(socket, *it))
        return;
    send(socket,
         compact(reply::error(0, QStringLiteral("bad_frame"), QCoreApplication::translate("HubServer", "The hub reads text frames only."),
                              {{QStringLiteral("field"), QString()}})));
}

void HubServer::onDisconnected(QWebSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it != m_connections.end()) {
        qCDebug(lcHub).noquote() << "connection from" << it->address << "closed";
        if (--m_perAddress[it->address] <= 0)
            m_perAddress.remove(it->address);
        m_connections.erase(it);
    }
    socket->deleteLater();
}

void HubServer::onPingTimer()
{
    const qint64 now = m_clock.nowMs();
    const QByteArray ping = compact({{QStringLiteral("t"), QStringLiteral("ping")}, {QStringLiteral("hub_time_ms"), now}});
    const auto sockets = m_connections.keys();
    for (QWebSocket *s : sockets) {
        const Connection &c = m_connections.value(s);
        if (now - c.lastHeardMs > m_options.idleTimeoutMs) {
            qCInfo(lcHub).noquote() << "closing a silent connection from" << c.address;
            s->abort(); // disconnected() cleans up
            continue;
        }
        s->ping();
        send(s, ping);
    }
    if (now - m_lastSessionSweepMs > kSessionSweepMs) {
        m_lastSessionSweepMs = now;
        if (auto r = m_store.deleteExpiredSessions(now); !r)
            qCWarning(lcHub).noquote() << "could not sweep expired sessions:" << r.error().message;
    }
}

void HubServer::fanOut(const QString &officeId, qint64 hubSeq)
{
    const QByteArray frame = compact({{QStringLiteral("t"), QStringLiteral("poke")}, {QStringLiteral("hub_seq"), hubSeq}});
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it) {
        if (it->officeId == officeId)
            send(it.key(), frame);
    }
}

void HubServer::send(QWebSocket *socket, const QByteArray &frame)
{
    socket->sendTextMessage(QString::fromUtf8(frame));
}

} // namespace shoulou::hub
