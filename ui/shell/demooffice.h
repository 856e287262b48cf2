#pragma once

#include "util/result.h"

#include <QString>

class QWidget;

namespace shoulou::ui {

// Creates a demo office (projects, consultants, customers with six months of history) at
// `path`, on a background thread behind a progress dialog, so the window keeps painting.
Result<void> createDemoOffice(const QString &path, qint64 customers, QWidget *parent);

// Where `shoulou --demo` keeps its demo office.
QString defaultDemoPath();

} // namespace shoulou::ui
