#pragma once

#include "util/result.h"

#include <QString>

namespace shoulou::mutation {
class Context;
}

namespace shoulou::identity {

class CustomerStore;

// Union-find over customers with a fixed root rule: the senior customer (earliest first
// touch, then the smaller first-touch key) survives; the other becomes a redirect tombstone.
// Because the rule looks only at the customers, merges give the same result in any order.
class Merger final {
public:
    Merger(mutation::Context &ctx, CustomerStore &store)
        : m_ctx(ctx)
        , m_store(store)
    {}

    // Merges the trees of two live roots; returns the survivor.
    Result<QString> merge(const QString &rootA, const QString &rootB, const QString &reason);
    // Splits `customerId` (and whatever had been merged into it) back out of its tree, and
    // records that the two must not be merged automatically again. Returns the former root.
    Result<QString> unmerge(const QString &customerId);

private:
    mutation::Context &m_ctx;
    CustomerStore &m_store;
};

} // namespace shoulou::identity
