#pragma once

#include "identity/leadinput.h"
#include "identity/resolver.h"
#include "util/result.h"

namespace shoulou::mutation {
class Applier;
}

namespace shoulou::identity {

// lead.ingest@1 through the typed path (inside an open batch): the outbox gets the lead's
// JSON, the Resolver runs on the struct without a JSON round trip. `argsJson` is
// lead.toJson() when the caller already made it (the importer's reader thread does).
Result<IngestOutcome> ingestLead(mutation::Applier &applier, const LeadInput &lead, bool knownNew = false, const QByteArray &argsJson = {});

} // namespace shoulou::identity
