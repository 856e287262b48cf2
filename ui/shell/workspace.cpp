#include "workspace.h"

#include "common/officesession.h"
#include "customer/customerdetaildialog.h"
#include "customer/newcustomerdialog.h"
#include "customers/customersview.h"
#include "duplicates/duplicatesview.h"
#include "importing/importview.h"
#include "shell/mainwindow.h"
#include "today/todayview.h"

namespace shoulou::ui {

void assembleWorkspace(MainWindow &window, OfficeSession &session)
{
    window.addView(new TodayView(session));
    auto *customers = new CustomersView(session);
    window.addView(customers);
    window.addView(new DuplicatesView(session));
    window.addView(new ImportView(session));
    QObject::connect(customers, &CustomersView::newCustomerRequested, &window, &MainWindow::newCustomerRequested);

    // Customer dialogs share the window as parent, so a new customer's notice finds an open detail.
    QObject::connect(&session, &OfficeSession::customerOpenRequested, &window,
                     [&session, &window](const QString &id) { CustomerDetailDialog::openFor(session, id, &window); });
    QObject::connect(&window, &MainWindow::newCustomerRequested, &window,
                     [&session, &window] { NewCustomerDialog::openNew(session, &window); });
}

} // namespace shoulou::ui
