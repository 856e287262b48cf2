#pragma once

#include "util/result.h"

#include <QJsonObject>
#include <QString>

namespace shoulou::customer {

// followup.add@2: a consultant's contact with a customer. A 到访 (visit) follow-up also moves
// a new or following customer to 已到访 (visited); @1, read into the same struct, does not.
// fromJson is strict: a missing id, a wrongly typed field or an unknown kind is refused.
struct FollowUpAdd final {
    static constexpr const char *kName = "followup.add";
    static constexpr int kVersion = 2;

    QString customerId;
    QString kind; // FollowUpKind code; "" = call
    QString note;
    qint64 occurredAtMs = 0; // 0 = now
    qint64 nextAtMs = 0;     // 0 = no next follow-up
    QString consultantId;    // "" = the acting user

    QJsonObject toJson() const;
    static Result<FollowUpAdd> fromJson(const QJsonObject &json, int version = kVersion);
    friend bool operator==(const FollowUpAdd &, const FollowUpAdd &) = default;

    struct Outcome {
        QString followUpId;
        QString customerId;
        QJsonObject toJson() const;
        static Result<Outcome> fromJson(const QJsonObject &json);
        friend bool operator==(const Outcome &, const Outcome &) = default;
    };
};

} // namespace shoulou::customer
