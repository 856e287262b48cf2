// settings.set@1: a rule setting's value for the office or one project (SettingSet has
// checked the key and the range; here what needs the database: that the project exists).
#include "mutation/actinguser.h"
#include "mutation/args.h"
#include "mutation/context.h"
#include "mutation/handlers.h"
#include "mutation/registry.h"
#include "settings/settingset.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace shoulou::settings {

namespace {

Result<SettingSet::Outcome> setSetting(mutation::Context &ctx, const SettingSet &s)
{
    auto &db = ctx.db();
    if (!s.projectId.isEmpty() && db.queryText("SELECT id FROM project WHERE id = ?1", s.projectId).isEmpty())
        return mutation::fieldError(mutation::mutationLabel(SettingSet::kName, SettingSet::kVersion), QStringLiteral("project_id"),
                                    QCoreApplication::translate("Settings", "is not a project of this office"));
    SettingSet::Outcome out{s.projectId, s.key, s.value, std::nullopt};
    auto &prev = db.prepare("SELECT value FROM setting WHERE scope = ?1 AND key = ?2");
    prev.bind(1, s.projectId).bind(2, s.key);
    if (prev.step())
        out.previous = prev.int64(0);
    prev.reset();
    // Who changed it is the outbox's user; kept on the row too, for the settings screen.
    const QString user = mutation::actingUserId(ctx);
    auto &st = db.prepare("INSERT INTO setting(scope, key, value, updated_at, updated_by, op_id) VALUES(?1, ?2, ?3, ?4, ?5, ?6) "
                          "ON CONFLICT(scope, key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, "
                          "updated_by = excluded.updated_by, op_id = excluded.op_id");
    st.bind(1, s.projectId)
        .bind(2, s.key)
        .bind(3, s.value)
        .bind(4, ctx.nowMs())
        .bindOptional(5, user.isEmpty() ? ctx.userId() : user)
        .bind(6, ctx.opId());
    if (!st.exec())
        return makeError(QStringLiteral("storage.sql"), st.lastError());
    return out;
}

} // namespace

void registerSettingsMutations(mutation::Registry &registry)
{
    registry.add<SettingSet>(SettingSet::kVersion, setSetting);
}

} // namespace shoulou::settings
