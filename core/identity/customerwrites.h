#pragma once

#include "identity/leadinput.h"
#include "util/result.h"

#include <QString>

namespace shoulou::mutation {
class Context;
}

namespace shoulou::identity {

// The writes of identity resolution. Made from a mutation's Context — which the Applier hands
// to a handler inside the transaction it opened (or a replay of the outbox does) — so they
// are reachable from mutation handlers only; times come from the context, as a replay needs.
// Reads are CustomerStore's.
class CustomerWrites final {
public:
    explicit CustomerWrites(mutation::Context &ctx)
        : m_ctx(ctx)
    {}

    Result<void> insertCustomer(const QString &id, const LeadInput &lead);
    Result<void> addPhone(const QString &customerId, const LeadPhone &phone, const QString &nameKey);
    Result<void> addResidentId(const QString &customerId, const LeadResidentId &rid);
    Result<void> addDevice(const QString &customerId, const LeadDevice &device);
    // The lead as a touch of its customer, with its payload and dedup key.
    Result<void> insertLeadTouch(const QString &id, const QString &customerId, const LeadInput &lead);
    // Lowers the customer's first-seen to the lead's when the lead is older, and takes the
    // lead's name when the lead is more senior than where the current name came from.
    Result<void> absorbSeniority(const QString &customerId, const LeadInput &lead);

    Result<void> addReview(const QString &id, const QString &kind, const QString &a, const QString &b, const QString &detail);

    // The error of the statement that just failed, named by what it was doing.
    Result<void> fail(const char *what) const;

private:
    mutation::Context &m_ctx;
};

} // namespace shoulou::identity
