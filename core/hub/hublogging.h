#pragma once

#include <QLoggingCategory>

// shoulou.hub: the hub's requests, connections and administration. Lines carry codes, ids,
// logins, addresses and counts — never passwords, tokens, keys or mutation arguments.
Q_DECLARE_LOGGING_CATEGORY(lcHub)
