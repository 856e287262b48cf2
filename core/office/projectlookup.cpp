#include "projectlookup.h"

#include "storage/database.h"
#include "storage/readerror.h"

#include <QCoreApplication>
#include <QStringList>

namespace shoulou::office {

Result<ProjectRef> ProjectLookup::find(storage::Database &db, const QString &nameOrId)
{
    static const char *const kSql = "SELECT id, name FROM project WHERE id = ?1 OR name = ?1 ORDER BY id = ?1 DESC, id";
    auto &st = db.prepare(kSql);
    st.bind(1, nameOrId.trimmed());
    QList<ProjectRef> found;
    while (st.step())
        found.append({st.text(0), st.text(1)});
    const auto error = storage::readError(st, kSql);
    st.reset();
    if (error)
        return *error;
    if (found.isEmpty())
        return makeError(QStringLiteral("project.unknown"),
                         QCoreApplication::translate("ProjectLookup", "no project is called \"%1\"").arg(nameOrId));
    if (found.size() > 1 && found.first().id != nameOrId.trimmed()) {
        QStringList ids;
        for (const ProjectRef &p : found)
            ids << p.id;
        return makeError(QStringLiteral("project.ambiguous"),
                         QCoreApplication::translate("ProjectLookup", "several projects are called \"%1\"; name one by its id: %2")
                             .arg(nameOrId, ids.join(QStringLiteral(", "))));
    }
    return found.first();
}

} // namespace shoulou::office
