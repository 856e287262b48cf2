#pragma once

#include "util/result.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace shoulou::settings {

// settings.set@1: a rule setting's value for the whole office (no project) or for one project.
// Audited and synced like every mutation (the outbox keeps who, when and what). fromJson is
// strict: the key must be in SettingKeys and the value a whole number in its range, refused
// naming the key — so a bad value never reaches the database.
struct SettingSet final {
    static constexpr const char *kName = "settings.set";
    static constexpr int kVersion = 1;

    QString projectId; // empty: the whole office
    QString key;
    qint64 value = 0;

    QJsonObject toJson() const;
    static Result<SettingSet> fromJson(const QJsonObject &json, int version = kVersion);
    friend bool operator==(const SettingSet &, const SettingSet &) = default;

    struct Outcome {
        QString projectId;
        QString key;
        qint64 value = 0;
        std::optional<qint64> previous; // what this scope had before; unset: it had none
        QJsonObject toJson() const;
        static Result<Outcome> fromJson(const QJsonObject &json);
        friend bool operator==(const Outcome &, const Outcome &) = default;
    };
};

} // namespace shoulou::settings
