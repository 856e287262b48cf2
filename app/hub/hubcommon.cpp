#include "hubcommands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>

namespace shoulou::hubcli {

int usageError(QCommandLineParser &parser, const QString &message)
{
    QTextStream err(stderr);
    err << QCoreApplication::translate("HubCli", "error: %1").arg(message) << "\n\n" << parser.helpText();
    return Usage;
}

int failure(const QString &message)
{
    QTextStream err(stderr);
    err << QCoreApplication::translate("HubCli", "error: %1").arg(message) << '\n';
    return Failed;
}

int parseWithData(QCommandLineParser &parser, const QStringList &args)
{
    parser.addHelpOption();
    parser.addOption({QStringLiteral("data"), QCoreApplication::translate("HubCli", "The hub's data directory."), QStringLiteral("DIR")});
    if (!parser.parse(args))
        return usageError(parser, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return Ok;
    }
    if (!parser.isSet(QStringLiteral("data")) || parser.value(QStringLiteral("data")).isEmpty())
        return usageError(parser, QCoreApplication::translate("HubCli", "--data is required"));
    return -1;
}

QString readSecretLine()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    QByteArray line = in.readLine(64 * 1024);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    const QString s = QString::fromUtf8(line);
    line.fill('\0');
    return s;
}

void printLine(const QString &line)
{
    QTextStream(stdout) << line << '\n';
}

} // namespace shoulou::hubcli
