#pragma once

#include "identity/leadinput.h"
#include "util/result.h"

#include <QJsonObject>

namespace shoulou::mutation {
class Context;
}

namespace shoulou::identity {

// lead.ingest@1: attaches a lead to the one customer it belongs to (DESIGN.md §4).
// Hard keys (phone, resident id, platform id) merge automatically; two different resident ids
// never do — that pair, a pair someone kept apart, and soft matches (same name key, phone one
// digit apart) go to the review queue instead.
// Result: {"customer_id", "status": "created"|"merged"|"duplicate", "matched_by": […],
//          "merged": [ids], "reviews": n}
class Resolver final {
public:
    explicit Resolver(mutation::Context &ctx) : m_ctx(ctx) {}
    Result<QJsonObject> ingest(const LeadInput &lead);

private:
    mutation::Context &m_ctx;
};

} // namespace shoulou::identity
