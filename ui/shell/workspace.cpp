#include "workspace.h"

#include "common/officesession.h"
#include "customers/customersview.h"
#include "shell/mainwindow.h"
#include "today/todayview.h"

namespace shoulou::ui {

void assembleWorkspace(MainWindow &window, OfficeSession &session)
{
    window.addView(new TodayView(session));
    auto *customers = new CustomersView(session);
    window.addView(customers);
    QObject::connect(customers, &CustomersView::newCustomerRequested, &window, &MainWindow::newCustomerRequested);
}

} // namespace shoulou::ui
