#pragma once

namespace shoulou::ui {

class MainWindow;
class OfficeSession;

// Puts this views into the shell and wires the customer dialogs to the session's
// requests. The one place that knows every view.
void assembleWorkspace(MainWindow &window, OfficeSession &session);

} // namespace shoulou::ui
