#pragma once

#include "util/result.h"

#include <QJsonObject>
#include <QString>

namespace shoulou::office {

// office.set_time_zone@1: the IANA zone the office's dates are shown and typed in
// (OfficeTime). fromJson refuses a zone this system does not know.
struct TimeZoneChange final {
    static constexpr const char *kName = "office.set_time_zone";
    static constexpr int kVersion = 1;

    QString timeZone; // "Asia/Shanghai"

    QJsonObject toJson() const { return {{QStringLiteral("time_zone"), timeZone}}; }
    static Result<TimeZoneChange> fromJson(const QJsonObject &json, int version = kVersion);
    friend bool operator==(const TimeZoneChange &, const TimeZoneChange &) = default;

    struct Outcome {
        QString timeZone;
        QJsonObject toJson() const { return {{QStringLiteral("time_zone"), timeZone}}; }
        static Result<Outcome> fromJson(const QJsonObject &json);
        friend bool operator==(const Outcome &, const Outcome &) = default;
    };
};

} // namespace shoulou::office
