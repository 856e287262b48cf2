// shoulou-cli enroll: joins an office database to its hub (the password on stdin).
#include "commands.h"

#include "clisession.h"
#include "sync/enrollment.h"
#include "sync/websockettransport.h"
#include "util/clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QUrl>

namespace shoulou::cli {

int enrollCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("Cli", "Enroll an office database with the office hub (password on "
                                                                   "standard input)."));
    p.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"), QCoreApplication::translate("Cli", "Office database file."), QStringLiteral("DB"));
    const QCommandLineOption hub(QStringLiteral("hub"), QCoreApplication::translate("Cli", "Hub address, wss://HOST:PORT."),
                                 QStringLiteral("URL"));
    const QCommandLineOption fingerprint(QStringLiteral("fingerprint"),
                                         QCoreApplication::translate("Cli", "The hub's certificate fingerprint, SHA256:<hex>."),
                                         QStringLiteral("FP"));
    const QCommandLineOption office(QStringLiteral("office"), QCoreApplication::translate("Cli", "Office code."), QStringLiteral("CODE"));
    const QCommandLineOption login(QStringLiteral("login"), QCoreApplication::translate("Cli", "Your login."), QStringLiteral("LOGIN"));
    const QCommandLineOption kiosk(
        QStringLiteral("kiosk"), QCoreApplication::translate("Cli", "Enroll a new database as the reception kiosk: it keeps no office key "
                                                                    "and receives no customers (so does any enrolment by a kiosk user)."));
    p.addOptions({db, hub, fingerprint, office, login, kiosk});
    if (!p.parse(args))
        return usageError(p, p.errorText());
    for (const auto *o : {&db, &hub, &fingerprint, &office, &login})
        if (!p.isSet(*o))
            return usageError(p, QCoreApplication::translate("Cli", "--%1 is required").arg(o->names().first()));
    const QUrl url(p.value(hub));
    if (url.scheme() != QLatin1String("wss") || url.host().isEmpty() || url.port() <= 0)
        return usageError(p, QCoreApplication::translate("Cli", "--hub must be wss://HOST:PORT"));
    if (!p.value(fingerprint).startsWith(QLatin1String("SHA256:")) || p.value(fingerprint).size() != 7 + 64)
        return usageError(p, QCoreApplication::translate("Cli", "--fingerprint must be SHA256: and 64 hex digits"));
    QTextStream in(stdin);
    const QString password = in.readLine();
    QUrl endpoint = url;
    if (endpoint.path().isEmpty())
        endpoint.setPath(QStringLiteral("/v1"));
    sync::WebSocketTransport transport(endpoint, p.value(fingerprint));
    sync::EnrollRequest request{p.value(db), url.toString(), p.value(fingerprint), p.value(office), p.value(login), password};
    if (p.isSet(kiosk))
        request.kind = QStringLiteral("kiosk");
    auto r = sync::enroll(request, transport, SystemClock::instance());
    if (!r) {
        QTextStream(stderr) << QCoreApplication::translate("Cli", "error: %1").arg(r.error().message) << '\n';
        return r.error().code == sync::kUnreachable ? Unreachable : BadInput;
    }
    printLine(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("office_code"), r->officeCode},
                                                          {QStringLiteral("office_name"), r->officeName},
                                                          {QStringLiteral("workstation_id"), r->workstationId},
                                                          {QStringLiteral("login"), r->login},
                                                          {QStringLiteral("role"), r->role},
                                                          {QStringLiteral("brought_history"), r->broughtHistory},
                                                          {QStringLiteral("kiosk"), r->kiosk}})
                                    .toJson(QJsonDocument::Compact)));
    return Ok;
}

} // namespace shoulou::cli
