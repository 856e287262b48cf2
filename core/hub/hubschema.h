#pragma once

#include "storage/migration.h"

#include <QList>

namespace shoulou::hub {

// PRAGMA application_id of hub.db ('SHLH'): an office database is never opened as a hub's
// (nor the other way round), and the office Migrator never touches this file.
constexpr int kHubApplicationId = 0x53484C48;

// The hub database's own versioned schema, applied by storage::Migrator. Append steps.
const QList<storage::Migration> &hubSchemaMigrations();

} // namespace shoulou::hub
