#pragma once

#include "util/result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace shoulou::office {

// channel.create@1: a source of leads (an import names one nobody set up yet; the office
// adds its agencies). fromJson is strict: the name is required, the kind one of the channel
// kinds, the weight 0–1000 permille, aliases a list of texts.
struct ChannelCreate final {
    static constexpr const char *kName = "channel.create";
    static constexpr int kVersion = 1;

    QString name;
    QString code;             // "" = derived from the name
    QString kind;             // online, agency, walk_in, referral, other; "" = other
    int weightPermille = 500; // what a touch through it weighs in attribution
    QStringList aliases;      // other spellings an import may use

    QJsonObject toJson() const;
    static Result<ChannelCreate> fromJson(const QJsonObject &json, int version = kVersion);
    friend bool operator==(const ChannelCreate &, const ChannelCreate &) = default;

    struct Outcome {
        QString channelId;
        QJsonObject toJson() const { return {{QStringLiteral("channel_id"), channelId}}; }
        static Result<Outcome> fromJson(const QJsonObject &json);
        friend bool operator==(const Outcome &, const Outcome &) = default;
    };
};

} // namespace shoulou::office
