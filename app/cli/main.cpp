// shoulou-cli: import lead lists, search customers, make a demo office, fix identities.
#include "commands.h"

#include "util/systemtranslations.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

namespace {

QString usage()
{
    return QCoreApplication::translate(
        "Cli", "Usage: shoulou-cli COMMAND [options]\n\n"
               "Commands:\n"
               "  import FILE --db DB [--channel NAME] [--mapping M.json] [--sheet NAME] [--report OUT.csv]\n"
               "  search --db DB [--limit N] QUERY...\n"
               "  demo --db DB --customers N [--seed S]\n"
               "  customer show|merge|unmerge|reviews|resolve|claim|release ... --db DB\n"
               "  user add|passwd|reset|revoke|restore|list ... --db DB\n"
               "  roles                 the table of which role may do what (Markdown)\n"
               "  settings list|get|set --db DB [--project NAME] [KEY [VALUE]]\n"
               "  calendar --db DB --date YYYY-MM-DD | --load FILE [--project NAME]\n"
               "  roster checkin|receive|break|checkout|status --db DB [--user LOGIN]\n"
               "  dispatch mode --db DB [--project NAME] --set grab|idle|calendar [--until ISO8601]\n"
               "  enroll --db DB --hub wss://HOST:PORT --fingerprint SHA256:<hex> --office CODE --login LOGIN [--kiosk]\n"
               "  sync --db DB [--once] [--as LOGIN]\n"
               "  kiosk register --db DB --name NAME --phone PHONE [--visitors N]   a walk-in at the reception kiosk\n\n"
               "The commands that write take --as LOGIN (the password on standard input); "
               "without it they act as the office's local administrator (on an enrolled database: the user who enrolled it).\n\n"
               "Run 'shoulou-cli COMMAND --help' for the options of a command.\n"
               "Exit status: 0 done, 1 bad input, not allowed for the role or refused by the hub, 2 wrong usage or "
               "a refused sign-in, 3 hub unreachable.\n");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Debug chatter of the core modules stays off unless QT_LOGGING_RULES asks for it.
    QLoggingCategory::setFilterRules(QStringLiteral("shoulou.*.debug=false\nshoulou.*.info=false"));
    QCoreApplication::setApplicationName(QStringLiteral("shoulou-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Shoulou"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
    shoulou::installSystemTranslations(app);

    QStringList args = app.arguments();
    const QString command = args.size() > 1 ? args.at(1) : QString();
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        QTextStream(command.isEmpty() ? stderr : stdout) << usage();
        return command.isEmpty() ? shoulou::cli::Usage : shoulou::cli::Ok;
    }
    if (command == QLatin1String("--version")) {
        QTextStream(stdout) << "shoulou-cli " << QCoreApplication::applicationVersion() << '\n';
        return shoulou::cli::Ok;
    }
    args.removeAt(1); // the sub-command parsers see "shoulou-cli <their options>"
    if (command == QLatin1String("import"))
        return shoulou::cli::importCommand(args);
    if (command == QLatin1String("search"))
        return shoulou::cli::searchCommand(args);
    if (command == QLatin1String("demo"))
        return shoulou::cli::demoCommand(args);
    if (command == QLatin1String("customer"))
        return shoulou::cli::customerCommand(args);
    if (command == QLatin1String("enroll"))
        return shoulou::cli::enrollCommand(args);
    if (command == QLatin1String("sync"))
        return shoulou::cli::syncCommand(args);
    if (command == QLatin1String("user"))
        return shoulou::cli::userCommand(args);
    if (command == QLatin1String("roles"))
        return shoulou::cli::rolesCommand(args);
    if (command == QLatin1String("settings"))
        return shoulou::cli::settingsCommand(args);
    if (command == QLatin1String("calendar"))
        return shoulou::cli::calendarCommand(args);
    if (command == QLatin1String("dispatch"))
        return shoulou::cli::dispatchCommand(args);
    if (command == QLatin1String("roster"))
        return shoulou::cli::rosterCommand(args);
    if (command == QLatin1String("kiosk"))
        return shoulou::cli::kioskCommand(args);
    QTextStream(stderr) << QCoreApplication::translate("Cli", "error: unknown command \"%1\"").arg(command) << "\n\n" << usage();
    return shoulou::cli::Usage;
}
