#pragma once

#include "dispatch/modeoverride.h"
#include "util/result.h"

#include <QList>

namespace shoulou::storage {
class Database;
}

namespace shoulou::dispatch {

// The managers' hand-set modes (mode_override) as ModeDecision::resolve takes them: those that
// have not ended by `nowMs`, office-wide and per project.
class ModeOverrideStore final {
public:
    static Result<QList<ModeOverride>> load(storage::Database &db, qint64 nowMs);
};

} // namespace shoulou::dispatch
