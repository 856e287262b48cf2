#pragma once

#include <QString>
#include <QStringList>

class QCommandLineParser;

// shoulou-hub's commands. Exit codes (the contract of issue #11): 0 done, 1 refused or failed
// (the reason on stderr), 2 wrong usage or bad input.
namespace shoulou::hubcli {

enum Exit { Ok = 0, Failed = 1, Usage = 2 };

int initCommand(const QStringList &args);
int officeCommand(const QStringList &args);
int userCommand(const QStringList &args);
int workstationCommand(const QStringList &args);
int serveCommand(const QStringList &args);
int backupCommand(const QStringList &args);
int restoreCommand(const QStringList &args);
int fingerprintCommand(const QStringList &args);
int snapshotCommand(const QStringList &args);

// "error: …" and the parser's help on stderr; returns Usage.
int usageError(QCommandLineParser &parser, const QString &message);
// "error: …" on stderr; returns Failed.
int failure(const QString &message);
// Parses `args` with the --data option and --help; returns -1 to go on, else the exit code.
int parseWithData(QCommandLineParser &parser, const QStringList &args);
// One line from stdin (the password), without its line end; empty when there is none.
QString readSecretLine();
void printLine(const QString &line);

} // namespace shoulou::hubcli
