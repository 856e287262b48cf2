#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace shoulou::dispatch {

// A grab-pool offer as the rule makes it: who sees it, for how long, what they see (the phone
// masked until someone has claimed it), and what happens when nobody claims it. The hub (or a
// standalone office's database) commits the first claim; the rule only decides the offer.
struct GrabOffer final {
    QString leadId;
    int round = 1;          // 1, then 2 … up to dispatch.grab_rounds
    QStringList recipients; // consultant ids, in roster order
    int ttlSeconds = 15;
    qint64 expiresAtMs = 0;
    QString channel;
    QString maskedPhone;  // "138****5678"
    QStringList fallback; // what follows an unclaimed round: "grab_round", "idle", "manager"

    QJsonObject toJson() const;
    friend bool operator==(const GrabOffer &, const GrabOffer &) = default;
};

} // namespace shoulou::dispatch
