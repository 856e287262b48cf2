#pragma once

#include "identity/mergereason.h"
#include "util/result.h"

#include <QJsonObject>
#include <QString>

namespace shoulou::identity {

// customer.merge@1: a person merges two customers (the CLI, a review). The senior customer
// survives whatever the order of a and b. Two different resident ids are refused unless
// `force` (one of them is wrong). fromJson is strict: both ids are required, force is true or
// false, reason is "manual" (the default) or "review".
struct CustomerMerge final {
    static constexpr const char *kName = "customer.merge";
    static constexpr int kVersion = 1;

    QString a, b;
    bool force = false;
    MergeReason reason = MergeReason::Manual;

    QJsonObject toJson() const;
    static Result<CustomerMerge> fromJson(const QJsonObject &json, int version = kVersion);
    friend bool operator==(const CustomerMerge &, const CustomerMerge &) = default;

    struct Outcome {
        QString survivorId, mergedId;
        QJsonObject toJson() const;
        static Result<Outcome> fromJson(const QJsonObject &json);
        friend bool operator==(const Outcome &, const Outcome &) = default;
    };
};

} // namespace shoulou::identity
