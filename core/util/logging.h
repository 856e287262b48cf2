#pragma once

#include <QLoggingCategory>

// One logging category per core module, so a support person can turn one module up
// (QT_LOGGING_RULES="shoulou.io.debug=true") and the desk's log file names where a line came
// from. Log lines carry codes, counts, file paths and SQL text — never personal data (names,
// phone numbers, resident ids).
Q_DECLARE_LOGGING_CATEGORY(lcStorage)  // shoulou.storage: opening, migrations, checkpoints
Q_DECLARE_LOGGING_CATEGORY(lcMutation) // shoulou.mutation: the write path
Q_DECLARE_LOGGING_CATEGORY(lcIdentity) // shoulou.identity: normalisers, resolver, merges
Q_DECLARE_LOGGING_CATEGORY(lcIo)       // shoulou.io: imports and exports
Q_DECLARE_LOGGING_CATEGORY(lcSecurity) // shoulou.security: keys and key stores
Q_DECLARE_LOGGING_CATEGORY(lcOffice)   // shoulou.office: opening an office, its settings
Q_DECLARE_LOGGING_CATEGORY(lcDemo)     // shoulou.demo: the demo office
Q_DECLARE_LOGGING_CATEGORY(lcSync)     // shoulou.sync: the hub connection, push, pull, rebase (never args or keys)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)     // shoulou.auth: sign-in (logins only, never a password or verifier)
Q_DECLARE_LOGGING_CATEGORY(lcDispatch) // shoulou.dispatch: calendars and dispatch rules
