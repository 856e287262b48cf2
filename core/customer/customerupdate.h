#pragma once

#include "customer/requirement.h"
#include "util/result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace shoulou::customer {

// customer.update@2 (@1 without the refusal of 已认购/已签约 by hand): the fields set are the
// ones changed; unset fields stay as stored. An
// empty grade or owner clears it. JSON only at the edges: toJson() for the outbox, fromJson()
// for a mutation read back from it.
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
    static Result<CustomerUpdate> fromJson(const QJsonObject &json);

    struct Outcome {
        QString customerId; // the live customer the edit landed on
        static Result<Outcome> fromJson(const QJsonObject &json);
    };
};

} // namespace shoulou::customer
