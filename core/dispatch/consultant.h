#pragma once

#include "util/codetable.h"

#include <QString>

namespace shoulou::dispatch {

// Where a consultant is on the roster (DESIGN.md §5): free, with a visitor (接待中), on a
// break, or gone for the day.
enum class ConsultantState { Available, Receiving, Break, Off };

// One consultant as the dispatch rules see them at a moment: a plain value of the snapshot.
struct Consultant final {
    QString id;   // app_user id
    QString name; // display name, for traces
    ConsultantState state = ConsultantState::Off;
    bool onDuty = false;       // checked in today and not checked out (Off implies not on duty)
    qint64 lastFollowUpMs = 0; // 0: none yet
    qint64 lastLeadMs = 0;     // when they last got a lead (0: none yet)
    int leadsToday = 0;        // online leads given to them today
    int winsToday = 0;         // grab-pool offers they won today
    bool online = true;        // their desk is connected (an offline desk cannot see an offer)

    // Busy until: the later of the last follow-up and the last lead (0: never busy today).
    qint64 busySinceMs() const { return qMax(lastFollowUpMs, lastLeadMs); }
    friend bool operator==(const Consultant &, const Consultant &) = default;
};

} // namespace shoulou::dispatch

namespace shoulou {
template <>
struct CodeTable<dispatch::ConsultantState> {
    static constexpr const char *kContext = "ConsultantState";
    static constexpr CodeEntry<dispatch::ConsultantState> kEntries[] = {
        {dispatch::ConsultantState::Available, "available", QT_TRANSLATE_NOOP("ConsultantState", "available")},
        {dispatch::ConsultantState::Receiving, "receiving", QT_TRANSLATE_NOOP("ConsultantState", "receiving a visitor")},
        {dispatch::ConsultantState::Break, "break", QT_TRANSLATE_NOOP("ConsultantState", "on a break")},
        {dispatch::ConsultantState::Off, "off", QT_TRANSLATE_NOOP("ConsultantState", "off duty")},
    };
};
} // namespace shoulou
