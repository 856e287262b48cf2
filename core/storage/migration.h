#pragma once

#include <QList>

namespace shoulou::storage {

// One schema step: applying it moves PRAGMA user_version from `version - 1` to `version`.
struct Migration final {
    int version;
    const char *sql;
};

// The migrations of this build, in order. Never edit a released step: append a new one.
const QList<Migration> &schemaMigrations();

} // namespace shoulou::storage
