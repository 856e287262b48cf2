#pragma once

#include "util/result.h"

#include <QString>
#include <QUrl>

namespace shoulou::sync {

// The SHA-256 fingerprint ("SHA256:<hex>") of the certificate a hub presents, read without
// pinning anything: the first contact of an enrolment (like SSH's), shown to the person to
// compare with what `shoulou-hub init` printed before anything is sent. Only the TLS handshake
// happens; no frame is sent. Runs a local event loop while it waits: for a worker thread and
// the CLI, never the GUI thread. An address that cannot be reached is kUnreachable.
Result<QString> presentedFingerprint(const QUrl &url, int timeoutMs = 10000);

} // namespace shoulou::sync
