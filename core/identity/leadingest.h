#pragma once

#include "identity/leadinput.h"
#include "identity/resolver.h"
#include "util/result.h"

namespace shoulou::mutation {
class Applier;
}

namespace shoulou::identity {

// lead.ingest@1 through the typed path (inside an open batch): the outbox gets the lead's
// JSON, the Resolver runs on the struct without a JSON round trip.
Result<IngestOutcome> ingestLead(mutation::Applier &applier, const LeadInput &lead, bool knownNew = false);

} // namespace shoulou::identity
