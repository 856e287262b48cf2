#include "clisession.h"
#include "commands.h"

#include "office/projectlookup.h"
#include "settings/projectsettings.h"
#include "settings/settingset.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace shoulou::cli {

namespace {

void printJson(const QJsonObject &o)
{
    QTextStream(stdout) << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// One setting as `list` and `get` print it.
QJsonObject line(const settings::ProjectSettings::Entry &e, const office::ProjectRef &project)
{
    const settings::SettingKey &k = *e.key;
    return {{QStringLiteral("key"), QLatin1String(k.key)},
            {QStringLiteral("value"), double(e.value)},
            {QStringLiteral("source"), settings::ProjectSettings::sourceCode(e.source)},
            {QStringLiteral("default"), double(k.defaultValue)},
            {QStringLiteral("min"), double(k.min)},
            {QStringLiteral("max"), double(k.max)},
            {QStringLiteral("unit"), settings::SettingKeys::unitCode(k.unit)},
            {QStringLiteral("project"), textOrNull(project.name)},
            {QStringLiteral("description"), QCoreApplication::translate("Settings", k.description)}};
}

// A VALUE typed on the command line: a whole number goes as one; anything else goes as the text
// it is, for settings.set to refuse naming the key (one place says what a value must be).
QJsonValue typedValue(const QString &text)
{
    bool ok = false;
    const qint64 n = text.trimmed().toLongLong(&ok);
    return ok ? QJsonValue(double(n)) : QJsonValue(text);
}

} // namespace

int settingsCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "SettingsCommand", "The dispatch and public-pool rule settings of the office or of one project (docs/settings.md):\n"
                           "  settings list            every setting, its value and where the value comes from\n"
                           "  settings get KEY         one setting\n"
                           "  settings set KEY VALUE   change it (for the whole office, or with --project for one project)"));
    p.addHelpOption();
    addAsOption(p);
    p.addPositionalArgument(QStringLiteral("action"), QCoreApplication::translate("SettingsCommand", "list, get or set"));
    p.addOption({QStringLiteral("db"), QCoreApplication::translate("SettingsCommand", "Office database file."), QStringLiteral("DB")});
    addProjectOption(p);
    if (!p.parse(args))
        return usageError(p, p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << p.helpText();
        return Ok;
    }
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0);
    const QMap<QString, int> arity{{QStringLiteral("list"), 1}, {QStringLiteral("get"), 2}, {QStringLiteral("set"), 3}};
    if (!arity.contains(action))
        return usageError(p, QCoreApplication::translate("SettingsCommand", "unknown action \"%1\"").arg(action));
    if (pos.size() != arity.value(action))
        return usageError(p, QCoreApplication::translate("SettingsCommand", "wrong number of arguments for \"%1\"").arg(action));
    if (!p.isSet(QStringLiteral("db")))
        return usageError(p, QCoreApplication::translate("SettingsCommand", "--db is required"));
    const QString key = pos.value(1);
    if (!key.isEmpty() && !settings::SettingKeys::find(key))
        return inputError(
            QCoreApplication::translate("SettingsCommand", "%1 is not a known setting (shoulou-cli settings list shows them)").arg(key));

    auto session = openSession(p);
    if (!session)
        return sessionError(session.error());
    CliSession &s = **session;
    auto projectFound = projectOption(p, s.db());
    if (!projectFound)
        return inputError(projectFound.error().message);
    const office::ProjectRef project = *projectFound;

    if (action == QLatin1String("set")) {
        const QJsonObject mutationArgs{{QStringLiteral("project_id"), textOrNull(project.id)},
                                       {QStringLiteral("key"), key},
                                       {QStringLiteral("value"), typedValue(pos[2])}};
        auto r = s.applier().apply(QString::fromLatin1(settings::SettingSet::kName), settings::SettingSet::kVersion, mutationArgs);
        if (!r)
            return inputError(r.error().message);
        QJsonObject out = *r;
        out.insert(QStringLiteral("project"), textOrNull(project.name));
        printJson(out);
        return Ok;
    }

    auto values = settings::ProjectSettings::load(s.db(), project.id);
    if (!values)
        return inputError(values.error().message);
    if (action == QLatin1String("get")) {
        printJson(line(*values->entry(key), project));
        return Ok;
    }
    for (const auto &e : values->entries())
        printJson(line(e, project));
    return Ok;
}

} // namespace shoulou::cli
