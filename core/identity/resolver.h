#pragma once

#include "identity/ingestoutcome.h"
#include "identity/leadinput.h"
#include "util/result.h"

namespace shoulou::mutation {
class Context;
}

namespace shoulou::identity {

// lead.ingest@1: attaches a lead to the one customer it belongs to (DESIGN.md §4).
// Hard keys (phone, resident id, platform id) merge automatically; two different resident ids
// never do — that pair, a pair someone kept apart, and soft matches (same name key, phone one
// digit apart) go to the review queue instead. A merge whose names differ stands and is
// queued too (name_conflict; customer_b is customer_a when the lead joined one customer).
class Resolver final {
public:
    explicit Resolver(mutation::Context &ctx)
        : m_ctx(ctx)
    {}
    // knownNew: the caller has just checked the dedup key (the importer does, to skip
    // known rows without a mutation), so the probe is not repeated.
    Result<IngestOutcome> ingest(const LeadInput &lead, bool knownNew = false);

private:
    mutation::Context &m_ctx;
};

} // namespace shoulou::identity
