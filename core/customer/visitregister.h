#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace shoulou::customer {

// visit.register@1: a walk-in registered at the reception kiosk, which holds no office key.
// What the person told travels only sealed to the office's key pair (`sealed`, a KioskVisitor);
// beside it only what the kiosk may show: the masked phone and the name reception says. Every
// replica records a kiosk_registration row; one that holds the office key also opens the payload
// and lands the person on their one customer with a visit touch (as at the desk, DeskEntry).
//   {"registration_id": uuid, "sealed": base64, "masked_phone": "138****5678",
//    "display_name": "王先生", "visitors"?: 1–99, "occurred_at": ms, "workstation_id": uuid,
//    "channel_id"?: the walk-in channel}
struct VisitRegister final {
    static constexpr const char *kName = "visit.register";
    static constexpr int kVersion = 1;

    QString registrationId;
    QByteArray sealed;
    QString maskedPhone;
    QString displayName;
    int visitors = 0; // 0: not said
    qint64 occurredAtMs = 0;
    QString workstationId;
    QString channelId; // empty: the office's walk-in channel, if it has one

    QJsonObject toJson() const;
    // Strict: besides the types, a registration id that is no UUID, a sealed payload that is no
    // base64 (or larger than 8 KiB), a masked phone that shows more than 8 digits or hides fewer
    // than 4, a display name holding a phone number are refused naming the field.
    static Result<VisitRegister> fromJson(const QJsonObject &json, int version = kVersion);
    friend bool operator==(const VisitRegister &, const VisitRegister &) = default;

    struct Outcome {
        QString registrationId;
        QString customerId; // the customer the visit landed on; empty where the key is missing (the kiosk)
        QJsonObject toJson() const;
        static Result<Outcome> fromJson(const QJsonObject &json);
        friend bool operator==(const Outcome &, const Outcome &) = default;
    };
};

} // namespace shoulou::customer
