#pragma once

class QWidget;

namespace shoulou::ui {

// Where every new top-level window of the desk opens: centred over its parent's window (or
// the active window, else the screen), shrunk to fit and moved so that it lies wholly inside
// that screen's available area — the title bar always reachable. Call it before the first
// show(); the window keeps its place when it is shown.
void placeOverParent(QWidget *window, const QWidget *parent = nullptr);

} // namespace shoulou::ui
