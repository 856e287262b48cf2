#include "arbitrationrules.h"

namespace shoulou::sync {

namespace {

constexpr ArbitrationKind Take = ArbitrationKind::Take;
constexpr ArbitrationKind Assign = ArbitrationKind::Assign;
constexpr ArbitrationKind Release = ArbitrationKind::Release;

// A customer's owner is one key for every path that sets it: a consultant claiming an unowned
// customer, a consultant giving one back, a manager assigning. So the hub's view of who holds
// a customer is the replicas' view, and a claim after a manager's assignment loses to it.
const ArbitrationRule kRules[] = {
    {"customer.claim", Take, "customer:", "customer_id", "CUSTOMER_ALREADY_OWNED"},
    {"customer.release", Release, "customer:", "customer_id", "CUSTOMER_OWNED_BY_OTHER"},
    {"customer.update", Assign, "customer:", "customer_id", "", "owner_id", "owner_id"},
};

} // namespace

std::span<const ArbitrationRule> ArbitrationRules::rules()
{
    return kRules;
}

const ArbitrationRule *ArbitrationRules::find(const QString &name)
{
    for (const ArbitrationRule &r : kRules)
        if (name == QLatin1String(r.name))
            return &r;
    return nullptr;
}

bool ArbitrationRules::arbitrated(const QString &name)
{
    const ArbitrationRule *r = find(name);
    return r && !r->onlyWith;
}

std::optional<ArbitrationRequest> ArbitrationRules::of(const QString &name, const QJsonObject &args)
{
    const ArbitrationRule *r = find(name);
    if (!r || (r->onlyWith && !args.contains(QLatin1String(r->onlyWith))))
        return std::nullopt;
    const QString id = args.value(QLatin1String(r->keyField)).toString();
    if (id.isEmpty())
        return std::nullopt; // the op's own checks refuse it everywhere
    ArbitrationRequest q;
    q.kind = r->kind;
    q.key = QLatin1String(r->keyPrefix) + id;
    q.takenCode = QLatin1String(r->takenCode);
    if (r->assignField)
        q.assignTo = args.value(QLatin1String(r->assignField)).toString();
    return q;
}

} // namespace shoulou::sync
