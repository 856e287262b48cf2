#include "clisession.h"

#include "auth/signinthrottle.h"
#include "commands.h"
#include "passwordinput.h"
#include "sync/syncstate.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace shoulou::cli {

Result<std::unique_ptr<CliSession>> CliSession::open(const QString &path, const QString &asLogin, office::OpenOffice::Kiosk kiosk)
{
    auto s = std::make_unique<CliSession>();
    auto office = office::OpenOffice::open(path, SystemClock::instance(), qEnvironmentVariable("USER"),
                                           QCoreApplication::translate("CliSession", "Sales office"), nullptr, {}, kiosk);
    if (!office)
        return office.error();
    s->m_office = std::move(office).value();
    if (asLogin.isEmpty()) {
        // An enrolled office's changes must name a user the hub knows: the one who enrolled it
        // (their id in the roster once it has arrived, the hub's answer at enrolment before).
        const sync::SyncState state = sync::SyncState::load(s->db());
        if (state.enrolled && !state.login.isEmpty()) {
            auto &st = s->db().prepare("SELECT id FROM app_user WHERE login = ?1");
            st.bind(1, state.login);
            const QString id = st.step() ? st.text(0) : state.userId;
            st.reset();
            if (!id.isEmpty())
                s->applier().setUserId(id);
        }
        return s;
    }
    auto password = readPassword(QCoreApplication::translate("CliSession", "Password for %1: ").arg(asLogin));
    if (!password)
        return password.error();
    auto user = auth::LocalSignIn::signIn(s->db(), asLogin, *password);
    if (!user) {
        // Each run is a new process, so there is nothing to wait out here (argon2id itself
        // costs a tenth of a second a try); the failure is logged like the desk's.
        if (user.error().code == QLatin1String("auth.wrong_password") || user.error().code == QLatin1String("auth.unknown_login")) {
            auth::SignInThrottle log(SystemClock::instance());
            log.failed(asLogin);
        }
        return user.error();
    }
    s->m_user = *user;
    s->applier().setUserId(user->id);
    return s;
}

void addAsOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("as"),
                      QCoreApplication::translate("Cli", "Act as this user (their password is read from standard input, one line); "
                                                         "default: the office's local administrator."),
                      QStringLiteral("LOGIN")});
}

Result<std::unique_ptr<CliSession>> openSession(const QCommandLineParser &parser, office::OpenOffice::Kiosk kiosk)
{
    return CliSession::open(parser.value(QStringLiteral("db")), parser.value(QStringLiteral("as")), kiosk);
}

int usageError(QCommandLineParser &parser, const QString &message)
{
    QTextStream err(stderr);
    err << QCoreApplication::translate("Cli", "error: %1").arg(message) << "\n\n" << parser.helpText();
    return Usage;
}

void addProjectOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("project"),
                      QCoreApplication::translate("Cli", "The project (its name or id); without it, the whole office."),
                      QStringLiteral("NAME")});
}

Result<office::ProjectRef> projectOption(const QCommandLineParser &parser, storage::Database &db)
{
    if (!parser.isSet(QStringLiteral("project")))
        return office::ProjectRef{};
    return office::ProjectLookup::find(db, parser.value(QStringLiteral("project")));
}

int inputError(const QString &message)
{
    QTextStream err(stderr);
    err << QCoreApplication::translate("Cli", "error: %1").arg(message) << '\n';
    return BadInput;
}

int sessionError(const Error &error)
{
    if (error.code.startsWith(QLatin1String("auth.")) || error.code.startsWith(QLatin1String("cli."))) {
        QTextStream err(stderr);
        err << QCoreApplication::translate("Cli", "error: %1").arg(error.message) << '\n';
        return Usage;
    }
    return inputError(error.message);
}

void printLine(const QString &line)
{
    QTextStream out(stdout);
    out << line << '\n';
}

} // namespace shoulou::cli
