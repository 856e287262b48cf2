#pragma once

#include <QStringList>

// Exit codes of shoulou-cli: 0 done, 1 bad input (unreadable file, unknown customer, refused
// key …), 2 wrong usage.
namespace shoulou::cli {

enum Exit { Ok = 0, BadInput = 1, Usage = 2 };

int importCommand(const QStringList &args);
int searchCommand(const QStringList &args);
int demoCommand(const QStringList &args);
int customerCommand(const QStringList &args);
int userCommand(const QStringList &args);
int rolesCommand(const QStringList &args);

} // namespace shoulou::cli
