#pragma once

#include "util/result.h"

#include <QList>
#include <QString>

namespace shoulou::storage {
class Database;
}

namespace shoulou::office {

struct UserEntry final {
    QString id, login, displayName, role;
};
struct ChannelEntry final {
    QString id, name, kind;
    int weightPermille = 0;
};

// The few active users and the channels of an office: what the desk keeps at hand to show
// ids by name and to fill its choice lists.
struct Directory final {
    QList<UserEntry> users;       // active users by display name
    QList<ChannelEntry> channels; // in the order they were created

    // The channel a person standing at the desk came through (the first walk-in channel), or
    // empty when the office has none.
    QString walkInChannelId() const;
};

class OfficeDirectory final {
public:
    // A failed read is an error naming the table, never an empty directory.
    static Result<Directory> load(storage::Database &db);
};

} // namespace shoulou::office
