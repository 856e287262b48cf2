#pragma once

#include "dispatch/graboffer.h"
#include "util/codetable.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace shoulou::dispatch {

// How a lead or a visitor was placed: by idle dispatch, offered in the grab pool, to the
// customer's own consultant, by the reception rotation, or to the site manager.
enum class DecisionMode { Idle, Grab, Owner, Rotation, Manager };

// A rule's answer with its reasons, stored with the lead ("why this consultant"). The machine
// form (toJson) is what `shoulou-cli lead add` prints: "mode", "assigned_to" (a user id or
// null) and "trace", plus what the mode needs (the offer, the queue, the owner covered for).
struct Decision final {
    DecisionMode mode = DecisionMode::Manager;
    QString assignedTo; // user id; empty: nobody yet (an offer, a queued lead, no manager)
    QStringList trace;  // translated sentences, in the order the rule thought them

    // Walk-ins: the consultant whose protected customer this is, when someone else receives
    // them for now (the owner is told; the customer stays theirs).
    QString ownerId;
    // The reception rotation after this walk-in (the receiver moved to the back).
    QStringList rotationAfter;
    // Idle dispatch with nobody idle: the lead waits for the next idle consultant until
    // escalateAtMs, then goes to escalateTo (the manager).
    bool queued = false;
    qint64 escalateAtMs = 0;
    QString escalateTo;
    // Grab pool.
    std::optional<GrabOffer> offer;

    QJsonObject toJson() const;
};

} // namespace shoulou::dispatch

namespace shoulou {
template <>
struct CodeTable<dispatch::DecisionMode> {
    static constexpr const char *kContext = "DecisionMode";
    static constexpr CodeEntry<dispatch::DecisionMode> kEntries[] = {
        {dispatch::DecisionMode::Idle, "idle", QT_TRANSLATE_NOOP("DecisionMode", "Idle dispatch")},
        {dispatch::DecisionMode::Grab, "grab", QT_TRANSLATE_NOOP("DecisionMode", "Grab pool")},
        {dispatch::DecisionMode::Owner, "owner", QT_TRANSLATE_NOOP("DecisionMode", "Own consultant")},
        {dispatch::DecisionMode::Rotation, "rotation", QT_TRANSLATE_NOOP("DecisionMode", "Reception rotation")},
        {dispatch::DecisionMode::Manager, "manager", QT_TRANSLATE_NOOP("DecisionMode", "Site manager")},
    };
};
} // namespace shoulou
