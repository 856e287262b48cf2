#pragma once

#include "util/result.h"

#include <QString>

#include <functional>

namespace shoulou {
class Clock;
}

namespace shoulou::ui {

// Creates a demo office (projects, consultants, customers with six months of history) at
// `path`. Long: run it on a BackgroundTask (the controller does); `progress` gets customers
// done so far and the total, on the calling thread.
Result<void> buildDemoOffice(const QString &path, qint64 customers, const Clock &clock,
                             const std::function<void(qint64 done, qint64 total)> &progress);

// Where `shoulou --demo` keeps its demo office.
QString defaultDemoPath();

} // namespace shoulou::ui
