#pragma once

#include "dispatch/consultant.h"
#include "util/result.h"

#include <QJsonObject>
#include <QString>

namespace shoulou::dispatch {

// roster.set@1: a consultant checks in (available), takes a visitor (receiving, 接待中), takes a
// break, or checks out (off). Every change is a mutation, so the roster syncs and is audited like
// everything else; the rules read it as Consultant::state. A consultant sets their own state; a
// site manager anyone's (the permission table's "own state only").
struct RosterSet final {
    static constexpr const char *kName = "roster.set";
    static constexpr int kVersion = 1;

    QString userId;
    ConsultantState state = ConsultantState::Available;

    QJsonObject toJson() const;
    static Result<RosterSet> fromJson(const QJsonObject &json, int version = kVersion);
    friend bool operator==(const RosterSet &, const RosterSet &) = default;

    struct Outcome {
        QString userId;
        QString state;      // the code: available | receiving | break | off
        qint64 sinceMs = 0; // since when (unchanged when the state was already this one)
        bool changed = false;
        QJsonObject toJson() const;
        static Result<Outcome> fromJson(const QJsonObject &json);
        friend bool operator==(const Outcome &, const Outcome &) = default;
    };
};

} // namespace shoulou::dispatch
