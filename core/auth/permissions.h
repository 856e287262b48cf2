#pragma once

#include "auth/actor.h"
#include "office/role.h"

#include <QJsonObject>
#include <QString>

#include <array>
#include <span>

namespace shoulou::auth {

// May a role apply a mutation: not, yes, or in a limited form (the kiosk registers walk-in
// visits only, a consultant edits a customer but does not change its owner, anyone sets their
// own password). What "limited" allows is judged on the mutation's arguments.
enum class Access { No, Yes, Limited };

// One row of the table: a mutation (or an operation made of mutations, like "import"), what it
// does for a person, and the access of each role, in the order of office::Role.
struct PermissionRule final {
    const char *name;              // "customer.merge"; an operation: "import"
    const char *label;             // QT_TRANSLATE_NOOP("Permissions", "Merge customers")
    std::array<Access, 5> access;  // kiosk, consultant, manager, channel, admin
    const char *limit = nullptr;   // QT_TRANSLATE_NOOP: what Limited allows ("walk-in visits only")
    const char *refusal = nullptr; // QT_TRANSLATE_NOOP: why a Limited role was refused this time
    // For Limited: whether these arguments stay within the limit.
    bool (*within)(const Actor &actor, const QJsonObject &args) = nullptr;
};

// The answer, with the reason a person reads when refused ("权限不足：合并客户仅限案场经理、管理员。").
struct Verdict final {
    bool allowed = true;
    bool limited = false; // allowed only in the rule's limited form (mayApply without arguments)
    QString reason;       // translated; empty when allowed without limit
    explicit operator bool() const { return allowed; }
};

// THE table of who may do what (one table in core; docs/roles.md is generated from it and
// tst_permissions checks both). The desk and the CLI check it before applying (in
// mutation::Applier); the hub re-checks it at push time against the user's current role.
class Permissions final {
public:
    static std::span<const PermissionRule> rules();
    // The rule of a mutation or operation name ("customer.merge", no version), or nullptr.
    static const PermissionRule *find(const QString &name);
    static Access access(office::Role role, const QString &name);
    // The full check: a Limited role is judged on `args`. The local administrator may do
    // everything. A name without a rule is refused (a new mutation must get its row).
    static Verdict check(const Actor &actor, const QString &name, const QJsonObject &args);
    // True when judging `name` for `role` needs the mutation's arguments (its access is Limited).
    static bool needsArguments(office::Role role, const QString &name);
    // The table as Markdown (English, untranslated): what docs/roles.md holds between its markers.
    static QString markdown();
};

// The role alone: allowed (Yes), allowed in a limited form (Limited: `limited` is set and
// `reason` says the limit), or refused with the reason.
Verdict mayApply(office::Role role, const QString &mutationName);
// The same judged on the mutation's arguments and who sends it.
Verdict mayApply(const Actor &actor, const QString &mutationName, const QJsonObject &args);

} // namespace shoulou::auth
