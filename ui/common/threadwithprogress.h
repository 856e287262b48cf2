#pragma once

#include <functional>

class QProgressDialog;

namespace shoulou::ui {

// Runs `work` on a thread of its own while the GUI keeps painting `progress`: `tick` runs on
// the GUI thread every `tickMs` to update it. Returns when `work` has finished. For the few
// long jobs a person starts and waits for (a demo office, an export).
void runWithProgress(const std::function<void()> &work, QProgressDialog &progress, const std::function<void()> &tick, int tickMs = 150);

} // namespace shoulou::ui
