#pragma once

#include "util/result.h"

#include <QJsonObject>
#include <QString>

namespace shoulou::customer {

// customer.reveal@1: someone unmasked a field of a customer (DESIGN.md §8). Only who looked
// and when is recorded (reveal_log); the plaintext is read afterwards, outside the mutation
// (CustomerReveal), so it never reaches the outbox.
struct RevealRecord final {
    static constexpr const char *kName = "customer.reveal";
    static constexpr int kVersion = 1;

    QString customerId;
    QString field; // "phone" or "resident_id"

    QJsonObject toJson() const;
    static Result<RevealRecord> fromJson(const QJsonObject &json, int version = kVersion);
    friend bool operator==(const RevealRecord &, const RevealRecord &) = default;

    struct Outcome {
        QString customerId; // the live customer whose field was shown
        QString field;
        QJsonObject toJson() const;
        static Result<Outcome> fromJson(const QJsonObject &json);
        friend bool operator==(const Outcome &, const Outcome &) = default;
    };
};

} // namespace shoulou::customer
