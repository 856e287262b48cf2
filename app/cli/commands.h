#pragma once

#include <QStringList>

// Exit codes of shoulou-cli: 0 done, 1 bad input (unreadable file, unknown customer, refused
// key …), 2 wrong usage.
namespace shoulou::cli {

// 3: the hub cannot be reached (enroll, sync).
enum Exit { Ok = 0, BadInput = 1, Usage = 2, Unreachable = 3 };

int importCommand(const QStringList &args);
int searchCommand(const QStringList &args);
int demoCommand(const QStringList &args);
int customerCommand(const QStringList &args);
int enrollCommand(const QStringList &args);
int syncCommand(const QStringList &args);
int userCommand(const QStringList &args);
int rolesCommand(const QStringList &args);
int settingsCommand(const QStringList &args);
int calendarCommand(const QStringList &args);
int kioskCommand(const QStringList &args);
int rosterCommand(const QStringList &args);
int dispatchCommand(const QStringList &args);

} // namespace shoulou::cli
