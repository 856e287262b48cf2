#include "workspace.h"

#include "common/officesession.h"
#include "shell/mainwindow.h"

namespace shoulou::ui {

void assembleWorkspace(MainWindow &window, OfficeSession &session)
{
    (void)window;
    (void)session;
}

} // namespace shoulou::ui
