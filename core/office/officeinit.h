#pragma once

#include "util/result.h"

#include <QJsonObject>
#include <QString>

namespace shoulou::office {

// office.init@1: a database becomes an office, with the default channels. Once only.
struct OfficeInit final {
    static constexpr const char *kName = "office.init";
    static constexpr int kVersion = 1;

    QString name;

    QJsonObject toJson() const { return {{QStringLiteral("name"), name}}; }
    static Result<OfficeInit> fromJson(const QJsonObject &json, int version = kVersion);
    friend bool operator==(const OfficeInit &, const OfficeInit &) = default;

    struct Outcome {
        QString officeId;
        QJsonObject toJson() const { return {{QStringLiteral("office_id"), officeId}}; }
        static Result<Outcome> fromJson(const QJsonObject &json);
        friend bool operator==(const Outcome &, const Outcome &) = default;
    };
};

} // namespace shoulou::office
