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

int addOffice(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("HubOffice", "Add an office to the hub; prints its code (what a person types "
                                                                         "when enrolling a workstation)."));
    p.addOption({QStringLiteral("name"), QCoreApplication::translate("HubOffice", "The office's name."), QStringLiteral("NAME")});
    if (const int rc = parseWithData(p, args); rc >= 0)
        return rc;
    if (p.value(QStringLiteral("name")).trimmed().isEmpty())
        return usageError(p, QCoreApplication::translate("HubOffice", "--name is required"));
    auto opened = hub::HubDataDir(p.value(QStringLiteral("data"))).open();
    if (!opened)
        return failure(opened.error().message);
    hub::HubAdmin admin(*opened->store, SystemClock::instance());
    auto office = admin.addOffice(p.value(QStringLiteral("name")));
    if (!office)
        return office.error().code == QLatin1String("office.name") ? usageError(p, office.error().message)
                                                                   : failure(office.error().message);
    printLine(office->code);
    return Ok;
}

int listOffices(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("HubOffice", "List the hub's offices, one JSON line each."));
    if (const int rc = parseWithData(p, args); rc >= 0)
        return rc;
    auto opened = hub::HubDataDir(p.value(QStringLiteral("data"))).open();
    if (!opened)
        return failure(opened.error().message);
    hub::HubAdmin admin(*opened->store, SystemClock::instance());
    auto offices = admin.offices();
    if (!offices)
        return failure(offices.error().message);
    for (const hub::OfficeRecord &o : *offices) {
        const QJsonObject line{{QStringLiteral("code"), o.code},
                               {QStringLiteral("name"), o.name},
                               {QStringLiteral("id"), o.id},
                               {QStringLiteral("hub_seq"), o.nextHubSeq - 1},
                               {QStringLiteral("has_key"), !o.keySealedForHub.isEmpty()}};
        printLine(QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)));
    }
    return Ok;
}

} // namespace

int officeCommand(const QStringList &args)
{
    const QString sub = args.value(1);
    QStringList rest = args;
    if (rest.size() > 1)
        rest.removeAt(1);
    if (sub == QLatin1String("add"))
        return addOffice(rest);
    if (sub == QLatin1String("list"))
        return listOffices(rest);
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("shoulou-hub office add|list --data DIR …"));
    return usageError(p, QCoreApplication::translate("HubOffice", "say \"office add\" or \"office list\""));
}

} // namespace shoulou::hubcli
