#include "certificateprobe.h"

#include "sync/transport.h"
#include "sync/websockettransport.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSslCertificate>
#include <QSslSocket>
#include <QTimer>

namespace shoulou::sync {

Result<QString> presentedFingerprint(const QUrl &url, int timeoutMs)
{
    if (url.host().isEmpty() || url.port() <= 0)
        return makeError(QStringLiteral("sync.address"),
                         QCoreApplication::translate("CertificateProbe", "The hub address must be wss://HOST:PORT."));
    QSslSocket socket;
    // Nothing is trusted here: the certificate is only read, to be compared by a person.
    socket.setPeerVerifyMode(QSslSocket::VerifyNone);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QSslSocket::encrypted, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QSslSocket::errorOccurred, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QSslSocket::disconnected, &loop, &QEventLoop::quit);
    socket.connectToHostEncrypted(url.host(), quint16(url.port()));
    timer.start(timeoutMs);
    loop.exec();
    const QSslCertificate shown = socket.peerCertificate();
    const bool encrypted = socket.isEncrypted();
    const QString why = timer.isActive()
                            ? socket.errorString()
                            : QCoreApplication::translate("CertificateProbe", "no answer within %n second(s)", nullptr, timeoutMs / 1000);
    socket.abort();
    if (!encrypted || shown.isNull())
        return makeError(kUnreachable, QCoreApplication::translate("WebSocketTransport", "The hub cannot be reached: %1").arg(why));
    return WebSocketTransport::fingerprintOf(shown.toDer());
}

} // namespace shoulou::sync
