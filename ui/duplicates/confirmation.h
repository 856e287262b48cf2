#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace shoulou::ui {

// Asks before a decision about customers: `text` says what will happen; the dialog's accept
// button carries `action` (e.g. "Merge anyway"). Cancel is the default: Enter never merges.
// The dialog is opened window-modal and returns at once (no nested event loop); `accepted`
// runs when the person confirms, never otherwise. Its objectName is "duplicatesConfirm", so
// tests can answer it.
void confirmDecision(QWidget *parent, const QString &title, const QString &text, const QString &action, bool warning,
                     std::function<void()> accepted);

} // namespace shoulou::ui
