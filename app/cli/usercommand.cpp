#include "clisession.h"
#include "commands.h"
#include "passwordinput.h"

#include "auth/passwordverifier.h"
#include "auth/useraccounts.h"
#include "auth/userresetpassword.h"
#include "auth/userrestore.h"
#include "auth/userrevoke.h"
#include "auth/usersetpassword.h"
#include "office/usercreate.h"

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

// The new password of `login`, from standard input, checked and made a verifier.
Result<QString> newVerifier(const QString &login)
{
    auto password = readPassword(QCoreApplication::translate("UserCommand", "New password for %1: ").arg(login));
    if (!password)
        return password.error();
    return auth::PasswordVerifier::create(*password);
}

// No password on stdin is wrong usage (2), like a missing option; one too short is bad input (1).
int passwordError(const Error &e)
{
    return e.code == QLatin1String("cli.no_password") ? sessionError(e) : inputError(e.message);
}

Result<QString> userIdOf(CliSession &s, const QString &login)
{
    auto found = auth::UserAccounts::byLogin(s.db(), login);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(QStringLiteral("user.unknown"),
                         QCoreApplication::translate("UserCommand", "no user of this office has the login \"%1\"").arg(login));
    return (*found)->id;
}

// user.create and user.set_password in one transaction: a user is never left without the
// password the script gave.
int addUser(CliSession &s, const QString &login, const QString &name, office::Role role)
{
    auto verifier = newVerifier(login);
    if (!verifier)
        return passwordError(verifier.error());
    mutation::Applier &a = s.applier();
    if (auto r = a.beginBatch(); !r)
        return inputError(r.error().message);
    auto created = a.applyInBatch(office::UserCreate{login, name, role});
    if (!created) {
        a.rollbackBatch();
        return inputError(created.error().message);
    }
    if (auto r = a.applyInBatch(auth::UserSetPassword{created->userId, *verifier}); !r) {
        a.rollbackBatch();
        return inputError(r.error().message);
    }
    if (auto r = a.commitBatch(); !r)
        return inputError(r.error().message);
    printJson(created->toJson());
    return Ok;
}

template <class M>
int applyToLogin(CliSession &s, const QString &login)
{
    auto id = userIdOf(s, login);
    if (!id)
        return inputError(id.error().message);
    auto r = s.applier().apply(M{*id});
    if (!r)
        return inputError(r.error().message);
    printJson(r->toJson());
    return Ok;
}

int listUsers(CliSession &s)
{
    auto users = auth::UserAccounts::list(s.db());
    if (!users)
        return inputError(users.error().message);
    for (const auth::UserAccount &u : *users)
        printJson({{QStringLiteral("user_id"), u.id},
                   {QStringLiteral("login"), u.login},
                   {QStringLiteral("display_name"), u.displayName},
                   {QStringLiteral("role"), toCode(u.role)},
                   {QStringLiteral("active"), u.active},
                   {QStringLiteral("password"), u.passwordCode()}});
    return Ok;
}

} // namespace

int userCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "UserCommand", "Manage the office's accounts (passwords are read from standard input, one line each):\n"
                       "  user add --login L --name N --role R   a new user and their password\n"
                       "  user passwd --login L                  set L's password\n"
                       "  user reset --login L                   clear L's password: L sets a new one at the next sign-in\n"
                       "  user revoke|restore --login L          L may no longer / again sign in\n"
                       "  user list                              every user, one JSON line each\n"
                       "With --as, that user's password comes first, then the new password."));
    p.addHelpOption();
    addAsOption(p);
    p.addPositionalArgument(QStringLiteral("action"),
                            QCoreApplication::translate("UserCommand", "add, passwd, reset, revoke, restore or list"));
    p.addOption({QStringLiteral("db"), QCoreApplication::translate("UserCommand", "Office database file."), QStringLiteral("DB")});
    p.addOption({QStringLiteral("login"), QCoreApplication::translate("UserCommand", "The user's login."), QStringLiteral("L")});
    p.addOption({QStringLiteral("name"), QCoreApplication::translate("UserCommand", "add: the name people see."), QStringLiteral("N")});
    p.addOption({QStringLiteral("role"), QCoreApplication::translate("UserCommand", "add: kiosk, consultant, manager, channel or admin."),
                 QStringLiteral("R")});
    if (!p.parse(args))
        return usageError(p, p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << p.helpText();
        return Ok;
    }
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0);
    const QStringList actions{QStringLiteral("add"),    QStringLiteral("passwd"),  QStringLiteral("reset"),
                              QStringLiteral("revoke"), QStringLiteral("restore"), QStringLiteral("list")};
    if (pos.size() != 1 || !actions.contains(action))
        return usageError(p, QCoreApplication::translate("UserCommand", "give one action: add, passwd, reset, revoke, restore or list"));
    if (!p.isSet(QStringLiteral("db")))
        return usageError(p, QCoreApplication::translate("UserCommand", "--db is required"));
    const QString login = p.value(QStringLiteral("login")).trimmed();
    if (action != QLatin1String("list") && login.isEmpty())
        return usageError(p, QCoreApplication::translate("UserCommand", "--login is required"));
    std::optional<office::Role> role;
    if (action == QLatin1String("add")) {
        if (p.value(QStringLiteral("name")).trimmed().isEmpty())
            return usageError(p, QCoreApplication::translate("UserCommand", "--name is required"));
        role = fromCode<office::Role>(p.value(QStringLiteral("role")));
        if (!role)
            return usageError(p, QCoreApplication::translate("UserCommand", "--role must be kiosk, consultant, manager, channel or admin"));
    }

    auto session = openSession(p);
    if (!session)
        return sessionError(session.error());
    CliSession &s = **session;
    if (action == QLatin1String("list"))
        return listUsers(s);
    if (action == QLatin1String("add"))
        return addUser(s, login, p.value(QStringLiteral("name")).trimmed(), *role);
    if (action == QLatin1String("passwd")) {
        auto id = userIdOf(s, login);
        if (!id)
            return inputError(id.error().message);
        auto verifier = newVerifier(login);
        if (!verifier)
            return passwordError(verifier.error());
        auto r = s.applier().apply(auth::UserSetPassword{*id, *verifier});
        if (!r)
            return inputError(r.error().message);
        printJson(r->toJson());
        return Ok;
    }
    if (action == QLatin1String("reset"))
        return applyToLogin<auth::UserResetPassword>(s, login);
    if (action == QLatin1String("revoke"))
        return applyToLogin<auth::UserRevoke>(s, login);
    return applyToLogin<auth::UserRestore>(s, login);
}

} // namespace shoulou::cli
