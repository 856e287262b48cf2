#pragma once

#include "util/result.h"

#include <QJsonObject>
#include <QString>

namespace shoulou::customer {

// customer.claim@1 (认领): a consultant takes an unowned customer as theirs; customer.release@1
// gives one of theirs back to the public pool. Both are class A (sync::ArbitrationRules): in a
// synced office the hub decides who was first, so two desks claiming the same customer end with
// one owner and the other told who. The handler checks the same on every replica (and is the
// arbiter of a standalone office): claiming someone else's customer fails naming the owner.
struct CustomerClaim final {
    static constexpr const char *kName = "customer.claim";
    static constexpr const char *kReleaseName = "customer.release";
    static constexpr int kVersion = 1;

    QString customerId;

    QJsonObject toJson() const;
    static Result<CustomerClaim> fromJson(const QJsonObject &json, int version = kVersion);
    friend bool operator==(const CustomerClaim &, const CustomerClaim &) = default;

    struct Outcome {
        QString customerId; // the live customer
        QString ownerId;    // its owner afterwards ("" = the public pool)
        bool changed = false;
        QJsonObject toJson() const;
        static Result<Outcome> fromJson(const QJsonObject &json);
        friend bool operator==(const Outcome &, const Outcome &) = default;
    };
};

// The same arguments under the other name (Registry::add takes the name from the struct).
struct CustomerRelease final {
    static constexpr const char *kName = CustomerClaim::kReleaseName;
    static constexpr int kVersion = 1;

    QString customerId;

    QJsonObject toJson() const;
    static Result<CustomerRelease> fromJson(const QJsonObject &json, int version = kVersion);
    friend bool operator==(const CustomerRelease &, const CustomerRelease &) = default;
    using Outcome = CustomerClaim::Outcome;
};

} // namespace shoulou::customer
