#include "hubcommands.h"

#include "hub/hubcertificate.h"
#include "hub/hubdatadir.h"
#include "hub/hubserver.h"
#include "hub/pglistener.h"
#include "hub/snapshotscheduler.h"
#include "hub/sqlitehubstore.h"
#include "util/clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QLockFile>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace shoulou::hubcli {

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &c, 1);
}

// SIGTERM (systemd stop) and SIGINT end the event loop cleanly: the store closes, the WAL is
// checkpointed. Through a socket pair, since a signal handler may only write().
void quitOnSignals()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, QCoreApplication::instance());
    QObject::connect(notifier, &QSocketNotifier::activated, QCoreApplication::instance(), [] { QCoreApplication::quit(); });
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &sa, nullptr);
    sigaction(SIGINT, &sa, nullptr);
}

// "HOST:PORT", "[v6]:PORT"; port 0 picks a free one (printed when listening).
bool parseListen(const QString &text, QHostAddress &host, quint16 &port)
{
    const int colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    QString h = text.left(colon);
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    bool ok = false;
    const uint p = text.mid(colon + 1).toUInt(&ok);
    if (!ok || p > 65535 || !host.setAddress(h))
        return false;
    port = quint16(p);
    return true;
}

} // namespace

int serveCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("HubServe", "Serve the hub's offices to their workstations over TLS "
                                                                        "WebSockets (wss://HOST:PORT/v1) until stopped."));
    p.addOption({QStringLiteral("listen"),
                 QCoreApplication::translate("HubServe", "Address and port to listen on, e.g. 0.0.0.0:8443 (port 0: any free one)."),
                 QStringLiteral("HOST:PORT")});
    p.addOption({QStringLiteral("max-connections-per-address"),
                 QCoreApplication::translate("HubServe", "Connections one address may hold at once (default 16)."), QStringLiteral("N"),
                 QStringLiteral("16")});
    p.addOption({QStringLiteral("session-ttl"),
                 QCoreApplication::translate("HubServe", "Seconds a workstation's session lasts after its last use (default 43200, "
                                                         "12 h); then it signs in again."),
                 QStringLiteral("SECONDS"), QStringLiteral("43200")});
    p.addOption({QStringLiteral("retention-days"),
                 QCoreApplication::translate("HubServe", "Days the full log is kept once a snapshot covers it (default 90; 0 keeps it "
                                                         "all). A workstation further behind starts again from the snapshot."),
                 QStringLiteral("DAYS"), QStringLiteral("90")});
    if (const int rc = parseWithData(p, args); rc >= 0)
        return rc;
    QHostAddress host;
    quint16 port = 0;
    if (!parseListen(p.value(QStringLiteral("listen")), host, port))
        return usageError(p, QCoreApplication::translate("HubServe", "--listen must be HOST:PORT, e.g. 0.0.0.0:8443"));
    bool perAddressOk = false;
    const int perAddress = p.value(QStringLiteral("max-connections-per-address")).toInt(&perAddressOk);
    if (!perAddressOk || perAddress < 1 || perAddress > 10000)
        return usageError(p, QCoreApplication::translate("HubServe", "--max-connections-per-address must be from 1 to 10000"));
    bool ttlOk = false;
    const qint64 ttlSeconds = p.value(QStringLiteral("session-ttl")).toLongLong(&ttlOk);
    if (!ttlOk || ttlSeconds < 1 || ttlSeconds > 30LL * 24 * 3600)
        return usageError(p, QCoreApplication::translate("HubServe", "--session-ttl must be from 1 to 2592000 seconds (30 days)"));

    bool daysOk = false;
    const int retentionDays = p.value(QStringLiteral("retention-days")).toInt(&daysOk);
    if (!daysOk || retentionDays < 0 || retentionDays > 36500)
        return usageError(p, QCoreApplication::translate("HubServe", "--retention-days must be from 0 to 36500"));

    hub::HubDataDir dir(p.value(QStringLiteral("data")));
    const QString databaseUrl = dir.databaseUrl();
    // One process per SQLite hub; a hub on PostgreSQL runs as many as wanted.
    QLockFile lock(dir.lockPath());
    lock.setStaleLockTime(0);
    if (databaseUrl.isEmpty() && !lock.tryLock(0))
        return failure(QCoreApplication::translate("HubServe", "Another shoulou-hub serves %1 already (it holds %2).")
                           .arg(p.value(QStringLiteral("data")), dir.lockPath()));
    auto opened = dir.open();
    if (!opened)
        return failure(opened.error().message);
    auto tls = hub::HubServer::tlsConfiguration(dir.certificatePath(), dir.tlsKeyPath());
    if (!tls)
        return failure(tls.error().message);
    auto fingerprint = hub::HubCertificate::fingerprint(dir.certificatePath());
    if (!fingerprint)
        return failure(fingerprint.error().message);

    hub::HubServer::Options options;
    options.maxConnectionsPerAddress = perAddress;
    options.sessionTtlMs = ttlSeconds * 1000;
    // Snapshots on the SQLite hub only: a hub on PostgreSQL answers "none" and keeps its log.
    if (databaseUrl.isEmpty())
        options.snapshotDir = dir.snapshotDir();
    hub::HubServer server(*opened->store, *opened->keys, SystemClock::instance(), options);
    std::unique_ptr<hub::SnapshotScheduler> snapshots;
    if (databaseUrl.isEmpty()) {
        hub::SnapshotScheduler::Options snapshotOptions;
        snapshotOptions.retentionDays = retentionDays;
        // The working copies catch up on a thread with their own connection: a large office's
        // catch-up never stands between a push and its pokes.
        snapshotOptions.openReader = [path = dir.databasePath()]() -> Result<std::unique_ptr<hub::HubStore>> {
            auto store = hub::SqliteHubStore::open(path);
            if (!store)
                return store.error();
            return std::unique_ptr<hub::HubStore>(std::move(store).value());
        };
        snapshots = std::make_unique<hub::SnapshotScheduler>(*opened->store, *opened->keys, SystemClock::instance(), dir.snapshotDir(),
                                                             snapshotOptions);
        snapshots->start();
    }
    std::unique_ptr<hub::PgListener> listener;
    if (!databaseUrl.isEmpty()) {
        listener = std::make_unique<hub::PgListener>(databaseUrl);
        QObject::connect(listener.get(), &hub::PgListener::poke, &server, &hub::HubServer::fanOut);
        if (auto r = listener->start(); !r)
            return failure(r.error().message);
    }
    if (auto r = server.listen(host, port, *tls); !r)
        return failure(r.error().message);
    quitOnSignals();
    // The first lines say where to connect and what to pin (a test reads the port from here).
    printLine(QStringLiteral("fingerprint SHA256:") + *fingerprint);
    printLine(QStringLiteral("listening on %1:%2").arg(host.toString()).arg(server.port()));
    fflush(stdout);
    const int rc = QCoreApplication::exec();
    return rc == 0 ? Ok : Failed;
}

} // namespace shoulou::hubcli
