#include "clisession.h"
#include "commands.h"

#include "dispatch/calendarload.h"
#include "dispatch/calendarstore.h"
#include "office/projectlookup.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace shoulou::cli {

namespace {

void printJson(const QJsonObject &o)
{
    QTextStream(stdout) << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
}

// calendar.load@1 from a file: the whole file is checked before anything is stored.
int load(CliSession &s, const QString &path, const office::ProjectRef &project)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return inputError(QCoreApplication::translate("CalendarCommand", "%1: cannot be read (%2)").arg(path, f.errorString()));
    auto file = dispatch::CalendarFile::parse(f.readAll());
    if (!file)
        return inputError(QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), file.error().message));
    auto r = s.applier().apply(dispatch::CalendarLoad{project.id, *file});
    if (!r)
        return inputError(r.error().message);
    QJsonObject out = r->toJson();
    out.insert(QStringLiteral("project"), project.name.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(project.name));
    printJson(out);
    return Ok;
}

} // namespace

int calendarCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "CalendarCommand", "China's public holidays and swapped working days, as dispatch sees them:\n"
                           "  calendar --date YYYY-MM-DD   what kind of day it is, and the dispatch mode it gets\n"
                           "  calendar --load FILE         load a year's calendar (resources/calendar/README.md)"));
    p.addHelpOption();
    addAsOption(p);
    p.addOption({QStringLiteral("db"), QCoreApplication::translate("CalendarCommand", "Office database file."), QStringLiteral("DB")});
    p.addOption(
        {QStringLiteral("date"), QCoreApplication::translate("CalendarCommand", "The date to look up."), QStringLiteral("YYYY-MM-DD")});
    p.addOption(
        {QStringLiteral("load"), QCoreApplication::translate("CalendarCommand", "A calendar file to load."), QStringLiteral("FILE")});
    addProjectOption(p);
    if (!p.parse(args))
        return usageError(p, p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << p.helpText();
        return Ok;
    }
    if (!p.positionalArguments().isEmpty())
        return usageError(
            p, QCoreApplication::translate("CalendarCommand", "unexpected argument \"%1\"").arg(p.positionalArguments().first()));
    if (!p.isSet(QStringLiteral("db")))
        return usageError(p, QCoreApplication::translate("CalendarCommand", "--db is required"));
    if (p.isSet(QStringLiteral("date")) == p.isSet(QStringLiteral("load")))
        return usageError(p, QCoreApplication::translate("CalendarCommand", "give either --date or --load"));
    const QString dateText = p.value(QStringLiteral("date"));
    const auto date = dispatch::CalendarFile::parseDate(dateText);
    if (p.isSet(QStringLiteral("date")) && !date)
        return usageError(p, QCoreApplication::translate("CalendarCommand", "--date takes a date as YYYY-MM-DD, not \"%1\"").arg(dateText));

    auto session = openSession(p);
    if (!session)
        return sessionError(session.error());
    CliSession &s = **session;
    auto projectFound = projectOption(p, s.db());
    if (!projectFound)
        return inputError(projectFound.error().message);
    const office::ProjectRef project = *projectFound;
    if (p.isSet(QStringLiteral("load")))
        return load(s, p.value(QStringLiteral("load")), project);
    auto calendar = dispatch::CalendarStore::load(s.db(), project.id);
    if (!calendar)
        return inputError(calendar.error().message);
    printJson(calendar->day(*date).toJson());
    return Ok;
}

} // namespace shoulou::cli
