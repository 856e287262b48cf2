#include "websockettransport.h"

#include "util/logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QEventLoop>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QSslError>
#include <QThread>
#include <QTimer>
#include <QWebSocket>

namespace shoulou::sync {

namespace {

Error unreachable(const QString &why)
{
    return makeError(kUnreachable, QCoreApplication::translate("WebSocketTransport", "The hub cannot be reached: %1").arg(why));
}

} // namespace

WebSocketTransport::WebSocketTransport(QUrl url, QString fingerprint, int timeoutMs)
    : m_url(std::move(url))
    , m_fingerprint(std::move(fingerprint))
    , m_timeoutMs(timeoutMs)
{}

WebSocketTransport::~WebSocketTransport()
{
    if (m_socket)
        m_socket->abort();
}

QString WebSocketTransport::fingerprintOf(const QByteArray &der)
{
    return QStringLiteral("SHA256:") + QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex());
}

Result<void> WebSocketTransport::connectIfNeeded()
{
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState)
        return {};
    m_socket = std::make_unique<QWebSocket>();
    // One frame per message (a push is < 1 MiB): Qt WebSockets checks UTF-8 per frame, so a
    // message split inside a Chinese character fails the connection (close code 1007).
    m_socket->setOutgoingFrameSize(4 * 1024 * 1024);
    m_tlsFailure.clear();
    QWebSocket *socket = m_socket.get();
    // Pokes may come at any time the socket is read (during a call or a wait).
    QObject::connect(socket, &QWebSocket::textMessageReceived, socket, [this](const QString &text) {
        if (!text.contains(QLatin1String("\"poke\"")))
            return;
        const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
        if (message.value(QLatin1String("t")).toString() != QLatin1String("poke"))
            return;
        const qint64 seq = qint64(message.value(QLatin1String("hub_seq")).toDouble());
        m_lastPoke = std::max(m_lastPoke, seq);
        if (m_onPoke)
            m_onPoke(seq);
    });
    QObject::connect(socket, &QWebSocket::sslErrors, socket, [this, socket](const QList<QSslError> &errors) {
        const QSslCertificate shown = errors.isEmpty() ? QSslCertificate() : errors.first().certificate();
        const QString got = fingerprintOf(shown.isNull() ? socket->sslConfiguration().peerCertificate().toDer() : shown.toDer());
        if (got.compare(m_fingerprint, Qt::CaseInsensitive) == 0) {
            socket->ignoreSslErrors(); // the pinned certificate: its self-signature is the point
            return;
        }
        m_tlsFailure = QCoreApplication::translate("WebSocketTransport", "the hub's certificate is %1, not the %2 this desk "
                                                                         "was enrolled with")
                           .arg(got, m_fingerprint);
        qCWarning(lcSync) << "certificate mismatch for" << m_url.host();
    });
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(socket, &QWebSocket::connected, &loop, &QEventLoop::quit);
    QObject::connect(socket, &QWebSocket::disconnected, &loop, &QEventLoop::quit);
    socket->open(m_url);
    timer.start(m_timeoutMs);
    loop.exec();
    if (socket->state() != QAbstractSocket::ConnectedState) {
        const QString why = !m_tlsFailure.isEmpty() ? m_tlsFailure : socket->errorString();
        m_socket.reset();
        return unreachable(why);
    }
    ++m_connections;
    return {};
}

quint64 WebSocketTransport::connection() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState ? m_connections : 0;
}

Result<QJsonObject> WebSocketTransport::call(const QJsonObject &frame)
{
    return callOnce(frame, 0);
}

Result<QJsonObject> WebSocketTransport::callOnce(const QJsonObject &frame, int attempt)
{
    if (auto r = connectIfNeeded(); !r)
        return r.error();
    QWebSocket *socket = m_socket.get();
    const int id = frame.value(QLatin1String("id")).toInt();
    QJsonObject reply;
    bool answered = false;
    bool rateLimited = false;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    auto received = QObject::connect(socket, &QWebSocket::textMessageReceived, &loop, [&](const QString &text) {
        const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
        if (message.value(QLatin1String("t")).toString() == QLatin1String("poke"))
            return; // taken by the socket's own handler
        // The hub refused a frame for coming too fast (not handled, answered with id 0).
        if (message.value(QLatin1String("id")).toInt() == 0 &&
            message.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString() == QLatin1String("rate_limited")) {
            rateLimited = true;
            loop.quit();
            return;
        }
        if (message.value(QLatin1String("id")).toInt() != id)
            return; // an answer to a call that timed out
        reply = message;
        answered = true;
        loop.quit();
    });
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(socket, &QWebSocket::disconnected, &loop, &QEventLoop::quit);
    socket->sendTextMessage(QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
    timer.start(m_timeoutMs);
    loop.exec();
    QObject::disconnect(received);
    if (rateLimited) {
        if (attempt < 3) {
            QThread::msleep(250UL << attempt); // back off, then send it again: it was not handled
            return callOnce(frame, attempt + 1);
        }
        return makeError(kUnreachable,
                         QCoreApplication::translate("WebSocketTransport", "The hub is busy (too many requests); try again shortly."));
    }
    if (!answered) {
        if (socket->state() != QAbstractSocket::ConnectedState)
            qCWarning(lcSync).noquote() << "the hub closed the connection during a call:" << socket->closeCode() << socket->closeReason()
                                        << socket->errorString();
        m_socket.reset();
        return unreachable(QCoreApplication::translate("WebSocketTransport", "no answer"));
    }
    if (!reply.value(QLatin1String("ok")).toBool(false)) {
        const QJsonObject e = reply.value(QLatin1String("error")).toObject();
        return makeError(e.value(QLatin1String("code")).toString(QStringLiteral("sync.protocol")),
                         e.value(QLatin1String("message")).toString());
    }
    return reply;
}

bool WebSocketTransport::waitForPoke(qint64 cursor, int timeoutMs)
{
    if (m_lastPoke > cursor)
        return true;
    if (auto r = connectIfNeeded(); !r)
        return false;
    QWebSocket *socket = m_socket.get();
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(socket, &QWebSocket::disconnected, &loop, &QEventLoop::quit);
    auto received = QObject::connect(socket, &QWebSocket::textMessageReceived, &loop, [&] {
        if (m_lastPoke > cursor)
            loop.quit();
    });
    timer.start(timeoutMs);
    loop.exec();
    QObject::disconnect(received);
    return m_lastPoke > cursor;
}

} // namespace shoulou::sync
