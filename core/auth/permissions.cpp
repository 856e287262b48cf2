#include "permissions.h"

#include <QCoreApplication>
#include <QStringList>

namespace shoulou::auth {

namespace {

constexpr Access N = Access::No;
constexpr Access Y = Access::Yes;
constexpr Access L = Access::Limited;

// The limits of the Limited rows, judged on the mutation's arguments alone (no database), so
// the hub, which runs no handler, judges exactly as the desk does.
bool walkInVisitOnly(const Actor &, const QJsonObject &args)
{
    return args.value(QLatin1String("touch_kind")).toString() == QLatin1String("visit");
}

bool ownerUnchanged(const Actor &, const QJsonObject &args)
{
    return !args.contains(QLatin1String("owner_id")) && !args.contains(QLatin1String("assigned_at"));
}

// The mutation names the acting user themselves (their own password, their own roster state).
bool selfOnly(const Actor &actor, const QJsonObject &args)
{
    return !actor.userId.isEmpty() && args.value(QLatin1String("user_id")).toString() == actor.userId;
}

// Roles in the order of office::Role: kiosk, consultant, manager, channel, admin.
// Every registered mutation has a row (tst_permissions fails otherwise), and so do the
// operations that are made of mutations but are decided as a whole (an import).
const PermissionRule kRules[] = {
    {"office.init", QT_TRANSLATE_NOOP("Permissions", "Setting up the office"), {N, N, Y, N, Y}},
    {"office.set_time_zone", QT_TRANSLATE_NOOP("Permissions", "Changing the office's time zone"), {N, N, Y, N, Y}},
    {"project.create", QT_TRANSLATE_NOOP("Permissions", "Adding a project"), {N, N, Y, N, Y}},
    {"channel.create", QT_TRANSLATE_NOOP("Permissions", "Adding a channel"), {N, N, Y, Y, Y}},
    {"user.create", QT_TRANSLATE_NOOP("Permissions", "Adding a user"), {N, N, Y, N, Y}},
    {"user.set_password",
     QT_TRANSLATE_NOOP("Permissions", "Setting a password"),
     {L, L, Y, L, Y},
     QT_TRANSLATE_NOOP("Permissions", "own password only"),
     QT_TRANSLATE_NOOP("Permissions", "only a site manager or an administrator sets another user's password."),
     selfOnly},
    {"user.reset_password", QT_TRANSLATE_NOOP("Permissions", "Resetting a user's password"), {N, N, Y, N, Y}},
    {"user.revoke", QT_TRANSLATE_NOOP("Permissions", "Revoking a user"), {N, N, Y, N, Y}},
    {"user.restore", QT_TRANSLATE_NOOP("Permissions", "Restoring a revoked user"), {N, N, Y, N, Y}},
    {"lead.ingest",
     QT_TRANSLATE_NOOP("Permissions", "Adding a lead or registering a visit"),
     {L, Y, Y, Y, Y},
     QT_TRANSLATE_NOOP("Permissions", "walk-in visits only"),
     QT_TRANSLATE_NOOP("Permissions", "the reception desk registers walk-in visits only."),
     walkInVisitOnly},
    {"visit.register", QT_TRANSLATE_NOOP("Permissions", "Registering a walk-in at the reception kiosk"), {Y, Y, Y, N, Y}},
    {"import", QT_TRANSLATE_NOOP("Permissions", "Importing a lead list"), {N, N, Y, Y, Y}},
    {"customer.update",
     QT_TRANSLATE_NOOP("Permissions", "Editing a customer"),
     {N, L, Y, L, Y},
     QT_TRANSLATE_NOOP("Permissions", "not the owner"),
     QT_TRANSLATE_NOOP("Permissions", "only a site manager or an administrator assigns a customer to a consultant."),
     ownerUnchanged},
    {"followup.add", QT_TRANSLATE_NOOP("Permissions", "Recording a follow-up"), {N, Y, Y, N, Y}},
    {"customer.reveal", QT_TRANSLATE_NOOP("Permissions", "Showing a full phone number or resident id"), {N, Y, Y, N, Y}},
    {"customer.claim", QT_TRANSLATE_NOOP("Permissions", "Claiming an unowned customer"), {N, Y, Y, N, Y}},
    {"customer.release", QT_TRANSLATE_NOOP("Permissions", "Giving one's customer back to the public pool"), {N, Y, Y, N, Y}},
    {"customer.merge", QT_TRANSLATE_NOOP("Permissions", "Merging customers"), {N, N, Y, N, Y}},
    {"customer.unmerge", QT_TRANSLATE_NOOP("Permissions", "Undoing a merge"), {N, N, Y, N, Y}},
    {"review.resolve", QT_TRANSLATE_NOOP("Permissions", "Deciding a suspected duplicate"), {N, N, Y, N, Y}},
    {"review.resolve_group", QT_TRANSLATE_NOOP("Permissions", "Deciding a group of suspected duplicates"), {N, N, Y, N, Y}},
    {"roster.set",
     QT_TRANSLATE_NOOP("Permissions", "Checking in and out of the roster"),
     {N, L, Y, N, Y},
     QT_TRANSLATE_NOOP("Permissions", "own state only"),
     QT_TRANSLATE_NOOP("Permissions", "only a site manager or an administrator checks someone else in or out."),
     selfOnly},
    {"dispatch.set_mode", QT_TRANSLATE_NOOP("Permissions", "Setting the dispatch mode by hand"), {N, N, Y, N, Y}},
    {"settings.set", QT_TRANSLATE_NOOP("Permissions", "Changing a dispatch or pool rule setting"), {N, N, Y, N, Y}},
    {"calendar.load", QT_TRANSLATE_NOOP("Permissions", "Loading a holiday calendar"), {N, N, Y, N, Y}},
};

static_assert(int(office::Role::Kiosk) == 0 && int(office::Role::Admin) == 4, "the table's columns follow office::Role");

QString translated(const char *text)
{
    return QCoreApplication::translate("Permissions", text);
}

Access accessOf(const PermissionRule &rule, office::Role role)
{
    return rule.access[size_t(role)];
}

// "Site manager, Administrator": the roles that may apply the rule at all.
QString allowedRoles(const PermissionRule &rule)
{
    QStringList roles;
    for (const auto &e : CodeTable<office::Role>::kEntries)
        if (accessOf(rule, e.value) != Access::No)
            roles << labelOf(e.value);
    return roles.join(QCoreApplication::translate("Permissions", ", "));
}

Verdict refusedByRole(const PermissionRule &rule)
{
    return {false, false,
            QCoreApplication::translate("Permissions", "Permission denied: %1 is only for %2.")
                .arg(translated(rule.label), allowedRoles(rule))};
}

} // namespace

std::span<const PermissionRule> Permissions::rules()
{
    return kRules;
}

const PermissionRule *Permissions::find(const QString &name)
{
    for (const PermissionRule &r : kRules)
        if (name == QLatin1String(r.name))
            return &r;
    return nullptr;
}

Access Permissions::access(office::Role role, const QString &name)
{
    const PermissionRule *rule = find(name);
    return rule ? accessOf(*rule, role) : Access::No;
}

bool Permissions::needsArguments(office::Role role, const QString &name)
{
    return access(role, name) == Access::Limited;
}

Verdict Permissions::check(const Actor &actor, const QString &name, const QJsonObject &args)
{
    if (actor.local)
        return {};
    const PermissionRule *rule = find(name);
    if (!rule)
        return {false, false,
                QCoreApplication::translate("Permissions", "Permission denied: %1 has no entry in the table of roles.").arg(name)};
    switch (accessOf(*rule, actor.role)) {
    case Access::Yes:
        return {};
    case Access::No:
        return refusedByRole(*rule);
    case Access::Limited:
        break;
    }
    if (rule->within && rule->within(actor, args))
        return {};
    return {false, false, QCoreApplication::translate("Permissions", "Permission denied: %1").arg(translated(rule->refusal))};
}

Verdict mayApply(office::Role role, const QString &mutationName)
{
    const PermissionRule *rule = Permissions::find(mutationName);
    if (!rule)
        return Permissions::check(Actor::user({}, role), mutationName, {});
    switch (accessOf(*rule, role)) {
    case Access::Yes:
        return {};
    case Access::No:
        return refusedByRole(*rule);
    case Access::Limited:
        break;
    }
    return {true, true, translated(rule->limit)};
}

Verdict mayApply(const Actor &actor, const QString &mutationName, const QJsonObject &args)
{
    return Permissions::check(actor, mutationName, args);
}

QString Permissions::markdown()
{
    QString out = QStringLiteral("| Mutation | What it is |");
    QString rule = QStringLiteral("|---|---|");
    for (const auto &e : CodeTable<office::Role>::kEntries) {
        out += QStringLiteral(" %1 (`%2`) |").arg(QLatin1String(e.label), QLatin1String(e.code));
        rule += QStringLiteral("---|");
    }
    out += QLatin1Char('\n') + rule + QLatin1Char('\n');
    for (const PermissionRule &r : kRules) {
        out += QStringLiteral("| `%1` | %2 |").arg(QLatin1String(r.name), QLatin1String(r.label));
        for (const Access a : r.access)
            out += QLatin1Char(' ') +
                   (a == Access::Yes  ? QStringLiteral("yes")
                    : a == Access::No ? QStringLiteral("—")
                                      : QLatin1String(r.limit)) +
                   QStringLiteral(" |");
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace shoulou::auth
