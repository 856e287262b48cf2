#pragma once

#include "dispatch/consultant.h"
#include "util/result.h"

#include <QList>
#include <QString>

namespace shoulou::storage {
class Database;
}

namespace shoulou::dispatch {

// Who is on the roster now: every active consultant (and site manager) of the office with
// their state and since when — read from roster_state, so a user who never checked in is off.
struct RosterEntry final {
    QString userId;
    QString login;
    QString name;
    QString role;
    ConsultantState state = ConsultantState::Off;
    qint64 sinceMs = 0; // 0: never checked in
};

class RosterBoard final {
public:
    static Result<QList<RosterEntry>> load(storage::Database &db);
};

} // namespace shoulou::dispatch
