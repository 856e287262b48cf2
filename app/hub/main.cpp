// shoulou-hub: the office hub — one or many offices' ordered logs, served to their workstations.
#include "hubcommands.h"

#include "util/systemtranslations.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

namespace {

QString usage()
{
    return QCoreApplication::translate("HubCli",
                                       "Usage: shoulou-hub COMMAND [options]\n\n"
                                       "Commands:\n"
                                       "  init --data DIR [--database postgresql://…]\n"
                                       "  office add --data DIR --name NAME        office list --data DIR\n"
                                       "  user add --data DIR --office CODE --login LOGIN --name NAME --role ROLE   (password on stdin)\n"
                                       "  user revoke|list --data DIR --office CODE [--login LOGIN]\n"
                                       "  workstation list --data DIR --office CODE    workstation revoke --data DIR --id ID\n"
                                       "  serve --data DIR --listen HOST:PORT\n"
                                       "  backup --data DIR --out FILE    restore --data DIR --from FILE\n"
                                       "  fingerprint --data DIR    snapshot --data DIR [--office CODE]\n\n"
                                       "Run 'shoulou-hub COMMAND --help' for the options of a command.\n"
                                       "Exit status: 0 done, 1 refused or failed, 2 wrong usage or bad input.\n");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("shoulou-hub"));
    QCoreApplication::setOrganizationName(QStringLiteral("Shoulou"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
    shoulou::installSystemTranslations(app);

    QStringList args = app.arguments();
    const QString command = args.size() > 1 ? args.at(1) : QString();
    // The hub's own lines (never personal data) go to stderr, i.e. the journal; the core's
    // debug chatter stays off unless QT_LOGGING_RULES asks for it.
    QLoggingCategory::setFilterRules(command == QLatin1String("serve") ? QStringLiteral("shoulou.*.debug=false\nshoulou.hub.info=true")
                                                                       : QStringLiteral("shoulou.*.debug=false\nshoulou.*.info=false"));
    qSetMessagePattern(QStringLiteral("%{if-category}%{category}: %{endif}%{message}"));
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        QTextStream(command.isEmpty() ? stderr : stdout) << usage();
        return command.isEmpty() ? shoulou::hubcli::Usage : shoulou::hubcli::Ok;
    }
    if (command == QLatin1String("--version")) {
        QTextStream(stdout) << "shoulou-hub " << QCoreApplication::applicationVersion() << '\n';
        return shoulou::hubcli::Ok;
    }
    args.removeAt(1); // the sub-command parsers see "shoulou-hub <their options>"
    using namespace shoulou::hubcli;
    if (command == QLatin1String("init"))
        return initCommand(args);
    if (command == QLatin1String("office"))
        return officeCommand(args);
    if (command == QLatin1String("user"))
        return userCommand(args);
    if (command == QLatin1String("workstation"))
        return workstationCommand(args);
    if (command == QLatin1String("serve"))
        return serveCommand(args);
    if (command == QLatin1String("backup"))
        return backupCommand(args);
    if (command == QLatin1String("restore"))
        return restoreCommand(args);
    if (command == QLatin1String("snapshot"))
        return snapshotCommand(args);
    if (command == QLatin1String("fingerprint"))
        return fingerprintCommand(args);
    QTextStream(stderr) << QCoreApplication::translate("HubCli", "error: unknown command \"%1\"").arg(command) << "\n\n" << usage();
    return Usage;
}
