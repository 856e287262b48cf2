#include "clisession.h"

#include "commands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace shoulou::cli {

Result<std::unique_ptr<CliSession>> CliSession::open(const QString &path)
{
    auto s = std::make_unique<CliSession>();
    auto office = office::OpenOffice::open(path, SystemClock::instance(), qEnvironmentVariable("USER"),
                                           QCoreApplication::translate("CliSession", "Sales office"));
    if (!office)
        return office.error();
    s->m_office = std::move(office).value();
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
