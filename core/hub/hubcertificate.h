#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace shoulou {
class Clock;
}

namespace shoulou::hub {

// The hub's TLS identity, made once at `shoulou-hub init` (OpenSSL): an ECDSA P-256 key and a
// self-signed X.509 certificate, CN shoulou-hub, valid 10 years. Workstations pin the SHA-256
// of the certificate's DER at enrollment (like SSH's first contact), so a LAN needs no CA.
class HubCertificate final {
public:
    // Writes cert.pem (0644) and key.pem (0600); refuses to overwrite either.
    static Result<void> create(const QString &certPath, const QString &keyPath, const Clock &clock);
    // Lowercase hex of the SHA-256 of the certificate's DER, no colons.
    static Result<QString> fingerprint(const QString &certPath);
    static QString fingerprintOf(const QByteArray &der);
};

} // namespace shoulou::hub
