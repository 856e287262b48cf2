// shoulou-cli dispatch mode --db DB [--project NAME] --set grab|idle|calendar [--until ISO8601]:
// a site manager runs a launch day as a grab pool, or a quiet holiday as idle dispatch, until a
// moment (by default the end of the office's day); "calendar" hands the decision back. Prints
// the mode now in force and why: {"mode","project","until","reason"}.
#include "clisession.h"
#include "commands.h"

#include "dispatch/calendarstore.h"
#include "dispatch/modedecision.h"
#include "dispatch/modeoverridestore.h"
#include "dispatch/modeset.h"
#include "office/openoffice.h"
#include "office/projectlookup.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace shoulou::cli {

namespace {

// The end of the office's day that holds `nowMs` (its next midnight).
qint64 endOfDay(storage::Database &db, qint64 nowMs)
{
    const QTimeZone zone = office::OpenOffice::timeZoneOf(db);
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs, zone);
    return QDateTime(now.date().addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch();
}

} // namespace

int dispatchCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "DispatchCommand", "Dispatch by hand:\n"
                           "  dispatch mode --set grab|idle|calendar [--until ISO8601] [--project NAME]\n"
                           "      run a day or a period as a grab pool or as idle dispatch (until the end of today unless\n"
                           "      --until says otherwise); calendar hands the decision back to the holiday calendar"));
    p.addHelpOption();
    addAsOption(p);
    p.addPositionalArgument(QStringLiteral("action"), QCoreApplication::translate("DispatchCommand", "mode"));
    p.addOption({QStringLiteral("db"), QCoreApplication::translate("DispatchCommand", "Office database file."), QStringLiteral("DB")});
    addProjectOption(p);
    p.addOption({QStringLiteral("set"), QCoreApplication::translate("DispatchCommand", "grab, idle or calendar."), QStringLiteral("MODE")});
    p.addOption({QStringLiteral("until"), QCoreApplication::translate("DispatchCommand", "When the calendar decides again."),
                 QStringLiteral("ISO8601")});
    if (!p.parse(args))
        return usageError(p, p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << p.helpText();
        return Ok;
    }
    if (p.positionalArguments() != QStringList{QStringLiteral("mode")})
        return usageError(p, QCoreApplication::translate("DispatchCommand", "one action: mode"));
    if (!p.isSet(QStringLiteral("db")))
        return usageError(p, QCoreApplication::translate("DispatchCommand", "--db is required"));
    const QString mode = p.value(QStringLiteral("set"));
    if (mode != QLatin1String("grab") && mode != QLatin1String("idle") && mode != QLatin1String("calendar"))
        return usageError(p, QCoreApplication::translate("DispatchCommand", "--set takes grab, idle or calendar"));
    QDateTime until;
    if (p.isSet(QStringLiteral("until"))) {
        until = QDateTime::fromString(p.value(QStringLiteral("until")), Qt::ISODate);
        if (!until.isValid())
            return usageError(
                p, QCoreApplication::translate("DispatchCommand", "--until takes a moment as ISO 8601 (2026-10-01T18:00+08:00), not \"%1\"")
                       .arg(p.value(QStringLiteral("until"))));
    }

    auto session = openSession(p);
    if (!session)
        return sessionError(session.error());
    CliSession &s = **session;
    auto projectFound = projectOption(p, s.db());
    if (!projectFound)
        return inputError(projectFound.error().message);
    const office::ProjectRef project = *projectFound;
    const qint64 now = s.clock().nowMs();
    if (!until.isValid() && mode != QLatin1String("calendar"))
        until = QDateTime::fromMSecsSinceEpoch(endOfDay(s.db(), now));
    auto applied = s.applier().apply(dispatch::ModeSet{project.id, mode, until.isValid() ? until.toMSecsSinceEpoch() : 0});
    if (!applied)
        return inputError(applied.error().message);

    auto calendar = dispatch::CalendarStore::load(s.db(), project.id);
    if (!calendar)
        return inputError(calendar.error().message);
    auto overrides = dispatch::ModeOverrideStore::load(s.db(), now);
    if (!overrides)
        return inputError(overrides.error().message);
    const dispatch::ModeDecision d = dispatch::ModeDecision::resolve(*calendar, *overrides, project.id, s.clock().nowMs());
    QJsonObject out{
        {QStringLiteral("mode"), toCode(d.mode)},
        {QStringLiteral("project"), project.name.isEmpty() ? QJsonValue() : QJsonValue(project.name)},
        {QStringLiteral("until"),
         d.overridden ? QJsonValue(QDateTime::fromMSecsSinceEpoch(d.overridden->untilMs, Qt::UTC).toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("reason"), d.reason}};
    QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Compact) << '\n';
    return Ok;
}

} // namespace shoulou::cli
