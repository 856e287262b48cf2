#pragma once

#include <QString>

class QWidget;

namespace shoulou::ui {

// Asks before a decision about customers: `text` says what will happen; the dialog's accept
// button carries `action` (e.g. "Merge anyway"). Cancel is the default: Enter never merges.
// The dialog's objectName is "duplicatesConfirm", so tests can answer it.
bool confirmDecision(QWidget *parent, const QString &title, const QString &text, const QString &action, bool warning);

} // namespace shoulou::ui
