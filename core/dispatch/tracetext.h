#pragma once

#include "dispatch/consultant.h"

#include <QString>

// Small pieces the dispatch rules' traces are made of, so every rule says a time, a duration
// or a consultant's state the same way.
namespace shoulou::dispatch::trace {

// "14:03" in the office's time zone.
QString clock(qint64 ms);
// "2025-10-11" in the office's time zone.
QString date(qint64 ms);
// Whole minutes from `fromMs` to `toMs` (never negative).
qint64 minutes(qint64 fromMs, qint64 toMs);
// "李娜" or, for an id not on the roster, the id itself.
QString nameOr(const Consultant *c, const QString &id);
// Why a consultant cannot take a walk-in or an idle lead now, or empty: not on duty,
// receiving a visitor, on a break.
QString unavailable(const Consultant &c);
// "the site manager 王经理", or "the site manager" when the snapshot names nobody.
QString manager(const QString &name);

} // namespace shoulou::dispatch::trace
