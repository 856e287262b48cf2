#include "leadingest.h"

#include "mutation/applier.h"

namespace shoulou::identity {

Result<IngestOutcome> ingestLead(mutation::Applier &applier, const LeadInput &lead, bool knownNew, const QByteArray &argsJson)
{
    IngestOutcome outcome;
    auto r = applier.applyTypedInBatch(QStringLiteral("lead.ingest"), 1, argsJson.isEmpty() ? lead.toJson() : argsJson,
                                       [&](mutation::Context &ctx) -> Result<void> {
                                           auto o = Resolver(ctx).ingest(lead, knownNew);
                                           if (!o)
                                               return o.error();
                                           outcome = std::move(o).value();
                                           return {};
                                       });
    if (!r)
        return r.error();
    return outcome;
}

} // namespace shoulou::identity
