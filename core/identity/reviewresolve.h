#pragma once

#include "util/result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace shoulou::identity {

// review.resolve@1: a person's decision on one review item.
struct ReviewResolve final {
    static constexpr const char *kName = "review.resolve";
    static constexpr int kVersion = 1;

    enum class Decision { Merge, KeepSeparate };

    QString reviewId;
    Decision decision = Decision::KeepSeparate;

    QJsonObject toJson() const;
    static Result<ReviewResolve> fromJson(const QJsonObject &json);

    struct Outcome {
        QString reviewId;
        QString survivorId; // after a merge
        static Result<Outcome> fromJson(const QJsonObject &json);
    };
};

// review.resolve_group@1: one decision about every suggestion of a person's group.
struct ReviewGroupResolve final {
    static constexpr const char *kName = "review.resolve_group";
    static constexpr int kVersion = 1;

    QStringList reviewIds;
    ReviewResolve::Decision decision = ReviewResolve::Decision::KeepSeparate;

    QJsonObject toJson() const;

    struct Outcome {
        QStringList decided;
        QString survivorId;
        static Result<Outcome> fromJson(const QJsonObject &json);
    };
};

// customer.unmerge@1: splits a merged record out of its customer again.
struct CustomerUnmerge final {
    static constexpr const char *kName = "customer.unmerge";
    static constexpr int kVersion = 1;

    QString customerId; // the merged record

    QJsonObject toJson() const { return {{QStringLiteral("customer_id"), customerId}}; }

    struct Outcome {
        QString customerId;
        QString formerRootId;
        static Result<Outcome> fromJson(const QJsonObject &json);
    };
};

} // namespace shoulou::identity
