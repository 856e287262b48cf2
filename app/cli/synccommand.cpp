// shoulou-cli sync: pushes what is pending, pulls to the hub's head (once, or until stopped).
#include "commands.h"

#include "clisession.h"
#include "passwordinput.h"
#include "storage/database.h"
#include "sync/hubsignin.h"
#include "sync/syncengine.h"
#include "sync/syncstate.h"
#include "sync/websockettransport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QThread>
#include <QUrl>

#include <csignal>

namespace shoulou::cli {

namespace {

volatile std::sig_atomic_t g_stop = 0;

// Refusals no retry can get past: the loop stops on them as --once does.
bool isFinal(const QString &code)
{
    return code == QLatin1String("session_expired") || code == QLatin1String("user_revoked") ||
           code == QLatin1String("workstation_revoked");
}

QString failureText(const Error &error, const QString &db)
{
    if (error.code == QLatin1String("session_expired"))
        return QCoreApplication::translate("Cli", "the session with the hub has expired; sign in again: shoulou-cli sync --db %1 --as "
                                                  "LOGIN (the password on standard input)")
            .arg(db);
    return error.message;
}

} // namespace

int syncCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("Cli", "Sync an enrolled office database with its hub."));
    p.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"), QCoreApplication::translate("Cli", "Office database file."), QStringLiteral("DB"));
    const QCommandLineOption once(QStringLiteral("once"), QCoreApplication::translate("Cli", "Sync once, print the result and stop."));
    const QCommandLineOption as(QStringLiteral("as"),
                                QCoreApplication::translate("Cli", "Sign in at the hub as this user first (the password is read from "
                                                                   "standard input, one line): renews an expired session."),
                                QStringLiteral("LOGIN"));
    p.addOptions({db, once, as});
    if (!p.parse(args))
        return usageError(p, p.errorText());
    if (!p.isSet(db))
        return usageError(p, QCoreApplication::translate("Cli", "--db is required"));
    auto session = CliSession::open(p.value(db), {}, office::OpenOffice::Kiosk::Allow); // the kiosk syncs too
    if (!session)
        return inputError(session.error().message);
    const sync::SyncState state = sync::SyncState::load((*session)->db());
    if (!state.enrolled)
        return inputError(QCoreApplication::translate("Cli", "this office database is not enrolled with a hub (shoulou-cli enroll)"));
    QUrl endpoint(state.hubUrl);
    if (endpoint.path().isEmpty())
        endpoint.setPath(QStringLiteral("/v1"));
    sync::WebSocketTransport transport(endpoint, state.fingerprint);
    if (p.isSet(as)) {
        // The hub checks the password (it has the last word on it) and opens a new session
        // for this workstation; the local replica's verifier is not asked.
        const QString login = p.value(as);
        auto password = readPassword(QCoreApplication::translate("CliSession", "Password for %1: ").arg(login));
        if (!password)
            return sessionError(password.error());
        auto signedIn = sync::HubSignIn((*session)->db(), transport).signIn(login, *password);
        if (!signedIn) {
            QTextStream(stderr) << QCoreApplication::translate("Cli", "error: %1").arg(signedIn.error().message) << '\n';
            return signedIn.error().code == sync::kUnreachable ? Unreachable : BadInput;
        }
    }
    sync::SyncEngine engine((*session)->applier(), transport);
    std::signal(SIGINT, [](int) { g_stop = 1; });
    std::signal(SIGTERM, [](int) { g_stop = 1; });
    for (;;) {
        auto report = engine.syncOnce();
        if (!report) {
            QTextStream(stderr) << QCoreApplication::translate("Cli", "error: %1").arg(failureText(report.error(), p.value(db))) << '\n';
            if (p.isSet(once) || isFinal(report.error().code))
                return report.error().code == sync::kUnreachable ? Unreachable : BadInput;
        } else {
            printLine(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("pushed"), double(report->pushed)},
                                                                  {QStringLiteral("pulled"), double(report->pulled)},
                                                                  {QStringLiteral("rejected"), double(report->rejected)},
                                                                  {QStringLiteral("pending"), double(report->pending)},
                                                                  {QStringLiteral("hub_seq"), double(report->hubSeq)}})
                                            .toJson(QJsonDocument::Compact)));
            for (const QString &reason : std::as_const(report->reasons))
                QTextStream(stderr) << QCoreApplication::translate("Cli", "refused: %1").arg(reason) << '\n';
            if (p.isSet(once))
                return report->rejected > 0 ? BadInput : Ok;
        }
        // Until the hub pokes about a change beyond our cursor (or 2 s, then sync anyway).
        const qint64 cursor = sync::SyncState::load((*session)->db()).cursor;
        for (int i = 0; i < 10 && !g_stop; ++i) {
            QElapsedTimer slice;
            slice.start();
            if (transport.waitForPoke(cursor, 200))
                break;
            if (slice.elapsed() < 200) // the hub is not there: do not spin
                QThread::msleep(quint64(200 - slice.elapsed()));
        }
        if (g_stop)
            return Ok;
    }
}

} // namespace shoulou::cli
