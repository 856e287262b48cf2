#pragma once

#include "util/result.h"

#include <QString>

namespace shoulou::storage {
class Database;
}

namespace shoulou::office {

struct ProjectRef final {
    QString id;
    QString name;
};

// A project as a person names it (`--project 翠湖天地`): by its name, or by its id.
class ProjectLookup final {
public:
    // project.unknown when no project has that name or id; project.ambiguous when several share
    // the name (the error lists their ids, which then name one).
    static Result<ProjectRef> find(storage::Database &db, const QString &nameOrId);
};

} // namespace shoulou::office
