// shoulou-cli roster checkin|checkout|break|receive|status --db DB [--user LOGIN]: the roster of
// issue #12 from a script. A state change prints {"user","state","since","changed"}; status prints
// one line per consultant or site manager of the office.
#include "clisession.h"
#include "commands.h"

#include "dispatch/rosterboard.h"
#include "dispatch/rosterset.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace shoulou::cli {

namespace {

void printJson(const QJsonObject &o)
{
    QTextStream(stdout) << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
}

QJsonValue isoOrNull(qint64 ms)
{
    return ms > 0 ? QJsonValue(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs)) : QJsonValue();
}

int status(CliSession &s)
{
    auto roster = dispatch::RosterBoard::load(s.db());
    if (!roster)
        return inputError(roster.error().message);
    for (const dispatch::RosterEntry &e : std::as_const(*roster))
        printJson({{QStringLiteral("user"), e.login},
                   {QStringLiteral("name"), e.name},
                   {QStringLiteral("role"), e.role},
                   {QStringLiteral("state"), toCode(e.state)},
                   {QStringLiteral("since"), isoOrNull(e.sinceMs)}});
    return Ok;
}

} // namespace

int rosterCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QCoreApplication::translate("RosterCommand", "The dispatch roster:\n"
                                                     "  roster checkin     on duty and available\n"
                                                     "  roster receive     with a visitor (接待中): the reception rotation skips you\n"
                                                     "  roster break       on a break\n"
                                                     "  roster checkout    off duty\n"
                                                     "  roster status      everyone's state, one JSON line each"));
    p.addHelpOption();
    addAsOption(p);
    p.addPositionalArgument(QStringLiteral("action"),
                            QCoreApplication::translate("RosterCommand", "checkin, receive, break, checkout or status"));
    p.addOption({QStringLiteral("db"), QCoreApplication::translate("RosterCommand", "Office database file."), QStringLiteral("DB")});
    p.addOption({QStringLiteral("user"),
                 QCoreApplication::translate("RosterCommand", "Whose state (a login); without it, the user acting (--as)."),
                 QStringLiteral("LOGIN")});
    if (!p.parse(args))
        return usageError(p, p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << p.helpText();
        return Ok;
    }
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0);
    const QHash<QString, dispatch::ConsultantState> states{{QStringLiteral("checkin"), dispatch::ConsultantState::Available},
                                                           {QStringLiteral("receive"), dispatch::ConsultantState::Receiving},
                                                           {QStringLiteral("break"), dispatch::ConsultantState::Break},
                                                           {QStringLiteral("checkout"), dispatch::ConsultantState::Off}};
    if (pos.size() != 1 || (action != QLatin1String("status") && !states.contains(action)))
        return usageError(p, QCoreApplication::translate("RosterCommand", "one action: checkin, receive, break, checkout or status"));
    if (!p.isSet(QStringLiteral("db")))
        return usageError(p, QCoreApplication::translate("RosterCommand", "--db is required"));
    auto session = openSession(p);
    if (!session)
        return sessionError(session.error());
    CliSession &s = **session;
    if (action == QLatin1String("status"))
        return status(s);

    QString login = p.value(QStringLiteral("user"));
    if (login.isEmpty() && s.signedIn())
        login = s.signedIn()->login;
    if (login.isEmpty())
        return usageError(p, QCoreApplication::translate("RosterCommand", "--user LOGIN is required when no one signs in with --as"));
    const QString userId = s.db().queryText("SELECT id FROM app_user WHERE login = ?1", login);
    if (userId.isEmpty())
        return inputError(QCoreApplication::translate("RosterCommand", "--user: no user with the login %1").arg(login));
    auto r = s.applier().apply(dispatch::RosterSet{userId, states.value(action)});
    if (!r)
        return inputError(r.error().message);
    printJson({{QStringLiteral("user"), login},
               {QStringLiteral("state"), r->state},
               {QStringLiteral("since"), isoOrNull(r->sinceMs)},
               {QStringLiteral("changed"), r->changed}});
    return Ok;
}

} // namespace shoulou::cli
