#include "hubcommands.h"

#include "hub/hubadmin.h"
#include "hub/hubdatadir.h"
#include "hub/hubpassword.h"
#include "hub/sqlitehubstore.h"
#include "util/clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace shoulou::hubcli {

namespace {

void addOfficeOption(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("office"), QCoreApplication::translate("HubUser", "The office's code (as \"office add\" printed it)."),
                 QStringLiteral("CODE")});
}

bool badInput(const QString &code)
{
    return code == QLatin1String("user.login") || code == QLatin1String("user.name") || code == QLatin1String("user.role") ||
           code == QLatin1String("password.too_short");
}

int addUser(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "HubUser", "Add a user to an office; the password is read from stdin (one line). Until the office's first workstation has "
                   "synced, the user waits at the hub; then every workstation gets them."));
    addOfficeOption(p);
    p.addOption({QStringLiteral("login"), QCoreApplication::translate("HubUser", "The user's login."), QStringLiteral("LOGIN")});
    p.addOption({QStringLiteral("name"), QCoreApplication::translate("HubUser", "The user's name as shown."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("role"), QCoreApplication::translate("HubUser", "kiosk, consultant, manager, channel or admin."),
                 QStringLiteral("ROLE")});
    if (const int rc = parseWithData(p, args); rc >= 0)
        return rc;
    for (const char *option : {"office", "login", "name", "role"}) {
        if (p.value(QLatin1String(option)).trimmed().isEmpty())
            return usageError(p, QCoreApplication::translate("HubUser", "--%1 is required").arg(QLatin1String(option)));
    }
    const QString password = readSecretLine();
    if (password.isEmpty())
        return usageError(p, QCoreApplication::translate("HubUser", "give the password on stdin (one line)"));
    auto opened = hub::HubDataDir(p.value(QStringLiteral("data"))).open();
    if (!opened)
        return failure(opened.error().message);
    hub::HubAdmin admin(*opened->store, SystemClock::instance());
    auto user = admin.addUser(p.value(QStringLiteral("office")), p.value(QStringLiteral("login")), p.value(QStringLiteral("name")),
                              p.value(QStringLiteral("role")), password);
    if (!user)
        return badInput(user.error().code) ? usageError(p, user.error().message) : failure(user.error().message);
    printLine(user->pending()
                  ? QCoreApplication::translate("HubUser", "user %1 added; it reaches the workstations when the office first syncs")
                        .arg(user->login)
                  : QCoreApplication::translate("HubUser", "user %1 added").arg(user->login));
    return Ok;
}

int revokeUser(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "HubUser", "Revoke a user: the hub refuses their sign-ins, sessions and changes from now on, and every workstation learns it."));
    addOfficeOption(p);
    p.addOption({QStringLiteral("login"), QCoreApplication::translate("HubUser", "The user's login."), QStringLiteral("LOGIN")});
    if (const int rc = parseWithData(p, args); rc >= 0)
        return rc;
    if (p.value(QStringLiteral("office")).isEmpty() || p.value(QStringLiteral("login")).isEmpty())
        return usageError(p, QCoreApplication::translate("HubUser", "--office and --login are required"));
    auto opened = hub::HubDataDir(p.value(QStringLiteral("data"))).open();
    if (!opened)
        return failure(opened.error().message);
    hub::HubAdmin admin(*opened->store, SystemClock::instance());
    auto user = admin.revokeUser(p.value(QStringLiteral("office")), p.value(QStringLiteral("login")));
    if (!user)
        return failure(user.error().message);
    printLine(QCoreApplication::translate("HubUser", "user %1 revoked").arg(user->login));
    return Ok;
}

int listUsers(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("HubUser", "List an office's users, one JSON line each."));
    addOfficeOption(p);
    if (const int rc = parseWithData(p, args); rc >= 0)
        return rc;
    if (p.value(QStringLiteral("office")).isEmpty())
        return usageError(p, QCoreApplication::translate("HubUser", "--office is required"));
    auto opened = hub::HubDataDir(p.value(QStringLiteral("data"))).open();
    if (!opened)
        return failure(opened.error().message);
    hub::HubAdmin admin(*opened->store, SystemClock::instance());
    auto users = admin.users(p.value(QStringLiteral("office")));
    if (!users)
        return failure(users.error().message);
    for (const hub::UserRecord &u : *users) {
        const QJsonObject line{{QStringLiteral("login"), u.login},      {QStringLiteral("display_name"), u.displayName},
                               {QStringLiteral("role"), u.role},        {QStringLiteral("id"), u.id},
                               {QStringLiteral("active"), u.active},    {QStringLiteral("password_set"), !u.verifier.isEmpty()},
                               {QStringLiteral("pending"), u.pending()}};
        printLine(QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)));
    }
    return Ok;
}

} // namespace

int userCommand(const QStringList &args)
{
    const QString sub = args.value(1);
    QStringList rest = args;
    if (rest.size() > 1)
        rest.removeAt(1);
    if (sub == QLatin1String("add"))
        return addUser(rest);
    if (sub == QLatin1String("revoke"))
        return revokeUser(rest);
    if (sub == QLatin1String("list"))
        return listUsers(rest);
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("shoulou-hub user add|revoke|list --data DIR --office CODE …"));
    return usageError(p, QCoreApplication::translate("HubUser", "say \"user add\", \"user revoke\" or \"user list\""));
}

} // namespace shoulou::hubcli
