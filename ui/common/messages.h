#pragma once

#include <QMessageBox>

namespace shoulou::ui {

// A message box shown with open(): window-modal over `parent`, returning at once (no nested
// event loop), deleted when closed. Returns it so a caller (or a test) can follow it.
QMessageBox *showMessage(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text);

} // namespace shoulou::ui
