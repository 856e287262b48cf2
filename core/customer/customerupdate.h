#pragma once

#include "customer/requirement.h"
#include "util/result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace shoulou::customer {

// customer.update@2 (@1 without the refusal of 已认购/已签约 by hand; both versions read into
// this struct): the fields set are the ones changed; unset fields stay as stored. An empty
// grade or owner clears it. JSON only at the edges: toJson() for the outbox, fromJson() for a
// mutation read back from it — strict, so a missing id, a wrongly typed field, an empty name,
// an unknown grade or status or a requirement out of range is refused naming the field. (That
// the owner is a user, and that 已认购/已签约 are not set by hand, the handler checks.)
struct CustomerUpdate final {
    static constexpr const char *kName = "customer.update";
    static constexpr int kVersion = 2;

    QString customerId;
    std::optional<QString> name;
    std::optional<QString> grade;   // Grade code, "" = not graded
    std::optional<QString> status;  // CustomerStatus code
    std::optional<QString> ownerId; // "" = nobody (public pool)
    std::optional<qint64> assignedAtMs;
    std::optional<Requirement> requirement;
    std::optional<QStringList> tags;

    // Nothing but the id: saving would change nothing.
    bool isEmpty() const { return !name && !grade && !status && !ownerId && !requirement && !tags; }
    QJsonObject toJson() const;
    static Result<CustomerUpdate> fromJson(const QJsonObject &json, int version = kVersion);
    friend bool operator==(const CustomerUpdate &, const CustomerUpdate &) = default;

    struct Outcome {
        QString customerId; // the live customer the edit landed on
        QJsonObject toJson() const;
        static Result<Outcome> fromJson(const QJsonObject &json);
        friend bool operator==(const Outcome &, const Outcome &) = default;
    };
};

} // namespace shoulou::customer
