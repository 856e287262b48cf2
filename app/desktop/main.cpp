// shoulou: the desktop customer desk of a sales office.
#include "common/translations.h"
#include "shell/appcontroller.h"
#include "util/clock.h"
#include "util/logfile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLoggingCategory>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("shoulou"));
    QApplication::setApplicationDisplayName(QStringLiteral("Shoulou"));
    QApplication::setOrganizationName(QStringLiteral("Shoulou"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
    // The desk's log file, for support: <data folder>/logs/shoulou.log, warnings and above
    // (SHOULOU_LOG_LEVEL=info or debug for more), rotated at 1 MiB, five files kept.
    const QtMsgType level = shoulou::LogFile::levelFromName(qEnvironmentVariable("SHOULOU_LOG_LEVEL"));
    if (level == QtWarningMsg || level == QtCriticalMsg)
        QLoggingCategory::setFilterRules(QStringLiteral("shoulou.*.debug=false\nshoulou.*.info=false"));
    else if (level == QtInfoMsg)
        QLoggingCategory::setFilterRules(QStringLiteral("shoulou.*.debug=false"));
    shoulou::LogFile log(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/logs/shoulou.log"),
                         shoulou::SystemClock::instance(), level);
    shoulou::LogFile::install(&log);
    shoulou::ui::installTranslations(app);
    QApplication::setApplicationDisplayName(QApplication::translate("Main", "Shoulou"));

    QCommandLineParser p;
    p.setApplicationDescription(QApplication::translate("Main", "The customer desk of a real-estate sales office."));
    p.addHelpOption();
    p.addVersionOption();
    p.addOption({QStringLiteral("db"), QApplication::translate("Main", "Open this office database."), QStringLiteral("PATH")});
    p.addOption({QStringLiteral("demo"), QApplication::translate("Main", "Open the demo office (created on first use).")});
    p.addOption({QStringLiteral("demo-customers"), QApplication::translate("Main", "Customers in a new demo office."), QStringLiteral("N"),
                 QStringLiteral("2000")});
    p.process(app);

    shoulou::ui::AppController controller(shoulou::SystemClock::instance());
    if (!controller.start(p.value(QStringLiteral("db")), p.isSet(QStringLiteral("demo")),
                          p.value(QStringLiteral("demo-customers")).toLongLong()))
        return 0;
    return app.exec();
}
