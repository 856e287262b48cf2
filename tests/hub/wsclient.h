#pragma once

#include "hub/hubcertificate.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslConfiguration>
#include <QTimer>
#include <QWebSocket>
#include <QtTest>

namespace shoulou::test {

// A workstation's socket to a hub as the tests drive it: TLS with the hub's certificate pinned
// by its SHA-256 (the self-signed certificate is accepted only when it matches; every other
// error is then ignored, never otherwise), frames sent and their replies awaited by id, pokes
// collected on the side.
class WsClient final : public QObject {
    Q_OBJECT
public:
    explicit WsClient(QString fingerprint, QObject *parent = nullptr)
        : QObject(parent)
        , m_fingerprint(std::move(fingerprint))
    {
        connect(&m_socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            const QSslCertificate cert = m_socket.sslConfiguration().peerCertificate();
            if (!cert.isNull() && hub::HubCertificate::fingerprintOf(cert.toDer()) == m_fingerprint) {
                pinned = true;
                m_socket.ignoreSslErrors(errors);
            } else {
                pinRefused = true;
                m_socket.abort();
            }
        });
        connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
            const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
            const QString t = o.value("t").toString();
            if (t == QLatin1String("poke"))
                pokes.append(o.value("hub_seq").toInteger());
            else if (t == QLatin1String("ping"))
                ++pings;
            else
                replies.append(o);
            emit received();
        });
        connect(&m_socket, &QWebSocket::disconnected, this, [this] {
            closed = true;
            emit received();
        });
    }

    bool open(quint16 port, const QString &path = QStringLiteral("/v1"), int timeoutMs = 10000)
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        m_socket.setSslConfiguration(tls);
        QEventLoop loop;
        connect(&m_socket, &QWebSocket::connected, &loop, &QEventLoop::quit);
        connect(&m_socket, &QWebSocket::disconnected, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        m_socket.open(QUrl(QStringLiteral("wss://127.0.0.1:%1%2").arg(port).arg(path)));
        loop.exec();
        return m_socket.state() == QAbstractSocket::ConnectedState;
    }

    // Sends `frame` (an id is added) and waits for the reply with that id.
    QJsonObject call(QJsonObject frame, int timeoutMs = 30000)
    {
        const qint64 id = ++m_nextId;
        frame.insert("id", id);
        return callText(QJsonDocument(frame).toJson(QJsonDocument::Compact), id, timeoutMs);
    }
    QJsonObject callText(const QByteArray &text, qint64 id, int timeoutMs = 30000)
    {
        m_socket.sendTextMessage(QString::fromUtf8(text));
        return waitFor(id, timeoutMs);
    }
    QJsonObject waitFor(qint64 id, int timeoutMs = 30000)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            for (int i = 0; i < replies.size(); ++i) {
                if (replies.at(i).value("id").toInteger(-1) == id)
                    return replies.takeAt(i);
            }
            if (closed)
                return {};
            QEventLoop loop;
            connect(this, &WsClient::received, &loop, &QEventLoop::quit);
            QTimer::singleShot(100, &loop, &QEventLoop::quit);
            loop.exec();
        }
        return {};
    }
    // Waits until `done()` holds or the time is up.
    template <class F>
    bool waitUntil(F done, int timeoutMs = 10000)
    {
        QElapsedTimer t;
        t.start();
        while (!done() && t.elapsed() < timeoutMs) {
            QEventLoop loop;
            connect(this, &WsClient::received, &loop, &QEventLoop::quit);
            QTimer::singleShot(50, &loop, &QEventLoop::quit);
            loop.exec();
        }
        return done();
    }

    QWebSocket &socket() { return m_socket; }

    bool pinned = false;
    bool pinRefused = false;
    bool closed = false;
    int pings = 0;
    QList<qint64> pokes;
    QList<QJsonObject> replies;

signals:
    void received();

private:
    QString m_fingerprint;
    QWebSocket m_socket;
    qint64 m_nextId = 0;
};

} // namespace shoulou::test
