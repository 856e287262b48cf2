#pragma once

#include "dispatch/consultant.h"
#include "dispatch/modedecision.h"
#include "settings/rulesettings.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace shoulou::dispatch {

// Everything a dispatch rule may look at, read once (from the local database or the hub's
// roster) and then immutable: the rules are pure functions of a Snapshot and a Clock, so a
// decision can be replayed, tested with golden tables and explained (DESIGN.md §3).
struct Snapshot final {
    QList<Consultant> roster;
    QStringList rotation; // reception rotation (接待轮序): consultant ids, next first
    settings::RuleSettings settings;
    ModeDecision mode; // today's mode and why (calendar, or a manager's override)
    QString managerId; // who gets what nobody else can take (may be empty)
    QString managerName;

    const Consultant *find(const QString &id) const;
    // The rotation as it is walked: the listed ids first, then on-duty consultants missing from
    // it (checked in since it was saved) in id order, so nobody on duty is passed over.
    QStringList rotationOrder() const;
};

} // namespace shoulou::dispatch
