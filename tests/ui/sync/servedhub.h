#pragma once

// A real hub in this process: a hub data directory (TestHub), its HubServer with real TLS on
// loopback, an office with two managers — and the desk side's helpers to enroll an office file
// into it and sync it the way the CLI does (WebSocketTransport on this thread: its local event
// loop also runs the in-process server).
#include "hubfixture.h"

#include "hub/hubserver.h"
#include "mutation/applier.h"
#include "sync/enrollment.h"
#include "sync/syncengine.h"
#include "sync/syncstate.h"
#include "sync/websockettransport.h"
#include "testoffice.h"

namespace shoulou::test {

struct ServedHub {
    TestHub hub;
    std::unique_ptr<hub::HubServer> server;
    QString code;

    explicit ServedHub(hub::HubServer::Options options = {})
    {
        hub.service.reset(); // the server has its own service on the same store
        auto tls = hub::HubServer::tlsConfiguration(hub.dataDir().certificatePath(), hub.dataDir().tlsKeyPath());
        if (!tls)
            qFatal("%s", qPrintable(tls.error().message));
        if (options.snapshotDir.isEmpty()) // as serve does: the snapshots of the data directory (none until made)
            options.snapshotDir = hub.dataDir().snapshotDir();
        server = std::make_unique<hub::HubServer>(hub.store(), *hub.opened->keys, hub.clock(), options);
        if (auto r = server->listen(QHostAddress::LocalHost, 0, *tls); !r)
            qFatal("%s", qPrintable(r.error().message));
        code = hub.addOffice(QStringLiteral("滨江壹号售楼处"));
        hub.addUser(code, "wang", "manager", "wang-secret-1");
        hub.addUser(code, "li", "consultant", "li-secret-22");
    }
    // As `shoulou-hub init` prints it (TestHub keeps the bare hex).
    QString fingerprint() const
    {
        return hub.fingerprint.startsWith(QLatin1String("SHA256:")) ? hub.fingerprint : QStringLiteral("SHA256:") + hub.fingerprint;
    }
    QString url() const { return QStringLiteral("wss://127.0.0.1:%1").arg(server->port()); }

    Result<sync::EnrollResult> enroll(const QString &path, const QString &login, const QString &password, const security::OfficeKey *key,
                                      const Clock &clock)
    {
        sync::WebSocketTransport transport(QUrl(url() + QStringLiteral("/v1")), fingerprint());
        return sync::enroll({path, url(), fingerprint(), code, login, password, key}, transport, clock);
    }
    // The first desk of the office: `office` enrolled with its history, reopened as the desk's
    // writer opens it (undos kept from now on) and acting as the enrolling user, as the CLI does.
    bool enrollFirstDesk(TestOffice &office, const QString &login = QStringLiteral("wang"),
                         const QString &password = QStringLiteral("wang-secret-1"))
    {
        auto enrolled = enroll(office.path(), login, password, &office.key(), office.clock());
        if (!enrolled) {
            qWarning().noquote() << "enrolment failed:" << enrolled.error().message;
            return false;
        }
        office.reopen();
        office.applier().setUserId(sync::SyncState::load(office.db()).userId);
        return true;
    }
    Result<sync::SyncEngine::Report> syncOnce(mutation::Applier &applier)
    {
        sync::WebSocketTransport transport(QUrl(url() + QStringLiteral("/v1")), fingerprint());
        sync::SyncEngine engine(applier, transport);
        return engine.syncOnce();
    }
};

} // namespace shoulou::test
