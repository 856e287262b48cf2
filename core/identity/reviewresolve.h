#pragma once

#include "util/result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace shoulou::identity {

// The decisions of the review queue, as the screens apply them and the outbox carries them.
// (Three small structs of one family, kept in one file pair: the duplicates screen uses all.)
// fromJson is strict: a missing id, a wrongly typed field or an unknown decision is refused.

// review.resolve@1: a person's decision on one review item.
struct ReviewResolve final {
    static constexpr const char *kName = "review.resolve";
    static constexpr int kVersion = 1;

    enum class Decision { Merge, KeepSeparate };

    QString reviewId;
    Decision decision = Decision::KeepSeparate;

    QJsonObject toJson() const;
    static Result<ReviewResolve> fromJson(const QJsonObject &json, int version = kVersion);
    friend bool operator==(const ReviewResolve &, const ReviewResolve &) = default;

    struct Outcome {
        QString reviewId;
        QString survivorId; // after a merge
        Decision decision = Decision::KeepSeparate;
        QJsonObject toJson() const;
        static Result<Outcome> fromJson(const QJsonObject &json);
        friend bool operator==(const Outcome &, const Outcome &) = default;
    };
};

// review.resolve_group@1: one decision about every suggestion of a person's group.
struct ReviewGroupResolve final {
    static constexpr const char *kName = "review.resolve_group";
    static constexpr int kVersion = 1;

    QStringList reviewIds;
    ReviewResolve::Decision decision = ReviewResolve::Decision::KeepSeparate;

    QJsonObject toJson() const;
    static Result<ReviewGroupResolve> fromJson(const QJsonObject &json, int version = kVersion);
    friend bool operator==(const ReviewGroupResolve &, const ReviewGroupResolve &) = default;

    struct Outcome {
        QStringList decided; // the items still open that this decided, in order
        QString survivorId;
        ReviewResolve::Decision decision = ReviewResolve::Decision::KeepSeparate;
        QJsonObject toJson() const;
        static Result<Outcome> fromJson(const QJsonObject &json);
        friend bool operator==(const Outcome &, const Outcome &) = default;
    };
};

// customer.unmerge@1: splits a merged record out of its customer again.
struct CustomerUnmerge final {
    static constexpr const char *kName = "customer.unmerge";
    static constexpr int kVersion = 1;

    QString customerId; // the merged record

    QJsonObject toJson() const { return {{QStringLiteral("customer_id"), customerId}}; }
    static Result<CustomerUnmerge> fromJson(const QJsonObject &json, int version = kVersion);
    friend bool operator==(const CustomerUnmerge &, const CustomerUnmerge &) = default;

    struct Outcome {
        QString customerId;
        QString formerRootId;
        QJsonObject toJson() const;
        static Result<Outcome> fromJson(const QJsonObject &json);
        friend bool operator==(const Outcome &, const Outcome &) = default;
    };
};

} // namespace shoulou::identity
