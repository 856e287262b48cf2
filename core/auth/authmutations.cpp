// The accounts' mutations: user.set_password, user.reset_password, user.revoke, user.restore,
// each on its typed arguments. (user.create is the office module's: setting up an office.)
#include "auth/userresetpassword.h"
#include "auth/userrestore.h"
#include "auth/userrevoke.h"
#include "auth/usersetpassword.h"
#include "mutation/args.h"
#include "mutation/context.h"
#include "mutation/handlers.h"
#include "mutation/registry.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace shoulou::auth {

namespace {

// The user a mutation names must be one of this office: an error naming the field otherwise.
Result<void> requireUser(mutation::Context &ctx, const char *name, const QString &userId)
{
    if (ctx.db().queryText("SELECT id FROM app_user WHERE id = ?1", userId).isEmpty())
        return mutation::fieldError(mutation::mutationLabel(name, 1), QStringLiteral("user_id"),
                                    QCoreApplication::translate("AuthMutations", "is not a user of this office"));
    return {};
}

Result<void> exec(storage::Statement &st)
{
    if (!st.exec())
        return makeError(QStringLiteral("storage.sql"), st.lastError());
    return {};
}

Result<UserOutcome> setPassword(mutation::Context &ctx, const UserSetPassword &m)
{
    if (auto r = requireUser(ctx, UserSetPassword::kName, m.userId); !r)
        return r.error();
    auto &st = ctx.db().prepare("UPDATE app_user SET password_hash = ?2, password_set_at = ?3, must_change_password = 0 WHERE id = ?1");
    st.bind(1, m.userId).bind(2, m.passwordHash).bind(3, ctx.nowMs());
    if (auto r = exec(st); !r)
        return r.error();
    return UserOutcome{m.userId};
}

Result<UserOutcome> resetPassword(mutation::Context &ctx, const UserResetPassword &m)
{
    if (auto r = requireUser(ctx, UserResetPassword::kName, m.userId); !r)
        return r.error();
    auto &st = ctx.db().prepare("UPDATE app_user SET password_hash = NULL, password_set_at = NULL, must_change_password = 1 WHERE id = ?1");
    st.bind(1, m.userId);
    if (auto r = exec(st); !r)
        return r.error();
    return UserOutcome{m.userId};
}

Result<UserOutcome> revoke(mutation::Context &ctx, const UserRevoke &m)
{
    if (auto r = requireUser(ctx, UserRevoke::kName, m.userId); !r)
        return r.error();
    const QString label = mutation::mutationLabel(UserRevoke::kName, UserRevoke::kVersion);
    if (m.userId == ctx.userId())
        return mutation::fieldError(label, QStringLiteral("user_id"),
                                    QCoreApplication::translate("AuthMutations", "is you: nobody revokes themselves"));
    // An office left without an active manager or admin could no longer reset a password or
    // restore anyone from the desk.
    auto &st = ctx.db().prepare("SELECT count(*) FROM app_user WHERE active = 1 AND id <> ?1 AND (role = 'manager' OR role = 'admin')");
    st.bind(1, m.userId);
    const qint64 others = st.step() ? st.int64(0) : 0;
    st.reset();
    const QString role = ctx.db().queryText("SELECT role FROM app_user WHERE id = ?1 AND active = 1", m.userId);
    if (others == 0 && (role == QLatin1String("manager") || role == QLatin1String("admin")))
        return mutation::fieldError(label, QStringLiteral("user_id"),
                                    QCoreApplication::translate("AuthMutations", "is the last active site manager or administrator"));
    auto &up = ctx.db().prepare("UPDATE app_user SET active = 0 WHERE id = ?1");
    up.bind(1, m.userId);
    if (auto r = exec(up); !r)
        return r.error();
    return UserOutcome{m.userId};
}

Result<UserOutcome> restore(mutation::Context &ctx, const UserRestore &m)
{
    if (auto r = requireUser(ctx, UserRestore::kName, m.userId); !r)
        return r.error();
    auto &st = ctx.db().prepare("UPDATE app_user SET active = 1 WHERE id = ?1");
    st.bind(1, m.userId);
    if (auto r = exec(st); !r)
        return r.error();
    return UserOutcome{m.userId};
}

} // namespace

void registerAuthMutations(mutation::Registry &registry)
{
    registry.add<UserSetPassword>(UserSetPassword::kVersion, setPassword);
    registry.add<UserResetPassword>(UserResetPassword::kVersion, resetPassword);
    registry.add<UserRevoke>(UserRevoke::kVersion, revoke);
    registry.add<UserRestore>(UserRestore::kVersion, restore);
}

} // namespace shoulou::auth
