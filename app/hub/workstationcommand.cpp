#include "hubcommands.h"

#include "hub/hubadmin.h"
#include "hub/hubdatadir.h"
#include "hub/sqlitehubstore.h"
#include "util/clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace shoulou::hubcli {

namespace {

int listWorkstations(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("HubWorkstation", "List an office's workstations, one JSON line each."));
    p.addOption({QStringLiteral("office"), QCoreApplication::translate("HubWorkstation", "The office's code."), QStringLiteral("CODE")});
    if (const int rc = parseWithData(p, args); rc >= 0)
        return rc;
    if (p.value(QStringLiteral("office")).isEmpty())
        return usageError(p, QCoreApplication::translate("HubWorkstation", "--office is required"));
    auto opened = hub::HubDataDir(p.value(QStringLiteral("data"))).open();
    if (!opened)
        return failure(opened.error().message);
    hub::HubAdmin admin(*opened->store, SystemClock::instance());
    auto list = admin.workstations(p.value(QStringLiteral("office")));
    if (!list)
        return failure(list.error().message);
    for (const hub::WorkstationRecord &w : *list) {
        auto by = opened->store->userByKey(w.enrolledBy);
        const QJsonObject line{{QStringLiteral("id"), w.id},
                               {QStringLiteral("kind"), w.kind},
                               {QStringLiteral("scope"), w.scope},
                               {QStringLiteral("enrolled_by"), by && by->has_value() ? (*by)->login : QString()},
                               {QStringLiteral("revoked"), w.revoked},
                               {QStringLiteral("last_acked_client_seq"), w.lastAckedClientSeq},
                               {QStringLiteral("last_pulled_hub_seq"), w.lastPulledHubSeq},
                               {QStringLiteral("enrolled_at"), w.enrolledAt},
                               {QStringLiteral("last_seen_at"), w.lastSeenAt}};
        printLine(QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)));
    }
    return Ok;
}

int revokeWorkstation(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "HubWorkstation", "Revoke a workstation: its sessions end and the hub refuses it from now on (a lost or stolen desk)."));
    p.addOption({QStringLiteral("id"), QCoreApplication::translate("HubWorkstation", "The workstation's id (see \"workstation list\")."),
                 QStringLiteral("ID")});
    if (const int rc = parseWithData(p, args); rc >= 0)
        return rc;
    if (p.value(QStringLiteral("id")).isEmpty())
        return usageError(p, QCoreApplication::translate("HubWorkstation", "--id is required"));
    auto opened = hub::HubDataDir(p.value(QStringLiteral("data"))).open();
    if (!opened)
        return failure(opened.error().message);
    hub::HubAdmin admin(*opened->store, SystemClock::instance());
    auto ws = admin.revokeWorkstation(p.value(QStringLiteral("id")));
    if (!ws)
        return failure(ws.error().message);
    printLine(QCoreApplication::translate("HubWorkstation", "workstation %1 revoked").arg(ws->id));
    return Ok;
}

} // namespace

int workstationCommand(const QStringList &args)
{
    const QString sub = args.value(1);
    QStringList rest = args;
    if (rest.size() > 1)
        rest.removeAt(1);
    if (sub == QLatin1String("list"))
        return listWorkstations(rest);
    if (sub == QLatin1String("revoke"))
        return revokeWorkstation(rest);
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("shoulou-hub workstation list|revoke --data DIR …"));
    return usageError(p, QCoreApplication::translate("HubWorkstation", "say \"workstation list\" or \"workstation revoke\""));
}

} // namespace shoulou::hubcli
