#include "clisession.h"

#include "commands.h"
#include "office/officesetup.h"
#include "security/keyunlock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace shoulou::cli {

Result<std::unique_ptr<CliSession>> CliSession::open(const QString &path)
{
    auto s = std::make_unique<CliSession>();
    auto db = storage::Database::open(path);
    if (!db)
        return db.error();
    s->m_db = std::move(db).value();
    auto key = security::unlockOfficeKeyForFile(*s->m_db);
    if (!key)
        return key.error();
    s->m_key.emplace(*key);
    s->m_applier = std::make_unique<mutation::Applier>(*s->m_db, SystemClock::instance(), &*s->m_key,
                                                       qEnvironmentVariable("USER"));
    if (auto r = office::ensureOffice(*s->m_applier, QCoreApplication::translate("CliSession", "Sales office")); !r)
        return r.error();
    return s;
}

int usageError(QCommandLineParser &parser, const QString &message)
{
    QTextStream err(stderr);
    err << QCoreApplication::translate("Cli", "error: %1").arg(message) << "\n\n" << parser.helpText();
    return Usage;
}

int inputError(const QString &message)
{
    QTextStream err(stderr);
    err << QCoreApplication::translate("Cli", "error: %1").arg(message) << '\n';
    return BadInput;
}

void printLine(const QString &line)
{
    QTextStream out(stdout);
    out << line << '\n';
}

} // namespace shoulou::cli
