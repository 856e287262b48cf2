#include "hubcommands.h"

#include "hub/hubdatadir.h"
#include "util/clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace shoulou::hubcli {

int backupCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "HubBackup", "Copy the hub's database to FILE while it keeps serving (one consistent snapshot). Keep hub.key, cert.pem and "
                     "key.pem of the data directory too: they never change, and a restore needs the same hub.key."));
    p.addOption({QStringLiteral("out"), QCoreApplication::translate("HubBackup", "The backup file to write."), QStringLiteral("FILE")});
    if (const int rc = parseWithData(p, args); rc >= 0)
        return rc;
    if (p.value(QStringLiteral("out")).isEmpty())
        return usageError(p, QCoreApplication::translate("HubBackup", "--out is required"));
    if (auto r = hub::HubDataDir(p.value(QStringLiteral("data"))).backup(p.value(QStringLiteral("out"))); !r)
        return failure(r.error().message);
    printLine(QCoreApplication::translate("HubBackup", "backup written to %1").arg(p.value(QStringLiteral("out"))));
    return Ok;
}

int restoreCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "HubBackup", "Replace the hub's database by a backup (the hub must be stopped). The hub gets a new epoch: every workstation "
                     "re-bootstraps from it and pushes again what the backup lacks."));
    p.addOption({QStringLiteral("from"), QCoreApplication::translate("HubBackup", "The backup file to restore."), QStringLiteral("FILE")});
    if (const int rc = parseWithData(p, args); rc >= 0)
        return rc;
    if (p.value(QStringLiteral("from")).isEmpty())
        return usageError(p, QCoreApplication::translate("HubBackup", "--from is required"));
    auto epoch = hub::HubDataDir(p.value(QStringLiteral("data"))).restore(p.value(QStringLiteral("from")), SystemClock::instance());
    if (!epoch)
        return failure(epoch.error().message);
    printLine(QCoreApplication::translate("HubBackup", "restored; new hub epoch %1").arg(*epoch));
    return Ok;
}

} // namespace shoulou::hubcli
