#include "hubcommands.h"

#include "hub/hubcertificate.h"
#include "hub/hubdatadir.h"
#include "util/clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace shoulou::hubcli {

int initCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "HubInit", "Make a new hub in DIR: its database, its key and its TLS certificate. Prints the certificate's fingerprint, which "
                   "every workstation compares when it enrolls. With --database, the hub's data goes to PostgreSQL; run more hub "
                   "processes on copies of DIR."));
    p.addOption({QStringLiteral("database"),
                 QCoreApplication::translate("HubInit", "Keep the hub's data in PostgreSQL (postgresql://…) instead of DIR/hub.db."),
                 QStringLiteral("URL")});
    if (const int rc = parseWithData(p, args); rc >= 0)
        return rc;
    const QString url = p.value(QStringLiteral("database"));
    if (p.isSet(QStringLiteral("database")) && !url.startsWith(QLatin1String("postgresql://")) &&
        !url.startsWith(QLatin1String("postgres://")))
        return usageError(p, QCoreApplication::translate("HubInit", "--database must be a postgresql:// address"));
    hub::HubDataDir dir(p.value(QStringLiteral("data")));
    auto fingerprint = dir.init(SystemClock::instance(), url);
    if (!fingerprint)
        return failure(fingerprint.error().message);
    printLine(QStringLiteral("fingerprint SHA256:") + *fingerprint);
    return Ok;
}

int fingerprintCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("HubInit", "Print the fingerprint of the hub's TLS certificate."));
    if (const int rc = parseWithData(p, args); rc >= 0)
        return rc;
    hub::HubDataDir dir(p.value(QStringLiteral("data")));
    auto fingerprint = hub::HubCertificate::fingerprint(dir.certificatePath());
    if (!fingerprint)
        return failure(fingerprint.error().message);
    printLine(QStringLiteral("fingerprint SHA256:") + *fingerprint);
    return Ok;
}

} // namespace shoulou::hubcli
