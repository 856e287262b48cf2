#include "appcontroller.h"

#include "common/appsettings.h"
#include "common/officesession.h"
#include "mutation/applier.h"
#include "office/openoffice.h"
#include "shell/demooffice.h"
#include "shell/mainwindow.h"
#include "shell/welcomedialog.h"
#include "shell/workspace.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace shoulou::ui {

AppController::AppController(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{}

AppController::~AppController()
{
    m_window.reset(); // views first: they hold references into the session
    m_session.reset();
}

bool AppController::start(const QString &dbPath, bool demo, qint64 demoCustomers)
{
    if (!dbPath.isEmpty())
        return openOffice(dbPath);
    if (demo)
        return demoOffice(demoCustomers);
    const QString last = AppSettings().lastDatabase();
    if (!last.isEmpty() && QFileInfo::exists(last) && openOffice(last))
        return true;
    return welcome();
}

bool AppController::openOffice(const QString &path)
{
    auto session = OfficeSession::open(path, m_clock);
    if (!session) {
        QMessageBox::critical(m_window.get(), tr("Cannot open the office"),
                              tr("%1 could not be opened:\n%2").arg(path, session.error().message));
        return false;
    }
    m_window.reset();
    m_session = std::move(session).value();
    m_window = std::make_unique<MainWindow>(*m_session);
    assembleWorkspace(*m_window, *m_session);
    connect(m_window.get(), &MainWindow::newOfficeRequested, this, &AppController::newOffice);
    connect(m_window.get(), &MainWindow::openOfficeRequested, this, &AppController::chooseOffice);
    connect(m_window.get(), &MainWindow::demoOfficeRequested, this, [this] { demoOffice(2000); });
    AppSettings().setLastDatabase(path);
    m_window->show();
    return true;
}

bool AppController::welcome()
{
    WelcomeDialog d;
    if (d.exec() != QDialog::Accepted)
        return false;
    switch (d.choice()) {
    case WelcomeDialog::NewOffice:
        return newOffice() || welcome();
    case WelcomeDialog::OpenOffice:
        return chooseOffice() || welcome();
    case WelcomeDialog::DemoOffice:
        return demoOffice(2000) || welcome();
    case WelcomeDialog::None:
        break;
    }
    return false;
}

bool AppController::newOffice()
{
    NewOfficeAnswers a;
    if (!askNewOffice(m_window.get(), a))
        return false;
    return createOffice(a.path, a.officeName, a.managerName);
}

bool AppController::createOffice(const QString &path, const QString &officeName, const QString &managerName)
{
    // The office and its first manager are created before the desk opens it.
    auto fail = [this](const QString &message) {
        QMessageBox::critical(m_window.get(), tr("New office"), message);
        return false;
    };
    {
        auto office = office::OpenOffice::open(path, m_clock, QString(), officeName);
        if (!office)
            return fail(office.error().message);
        auto user = (*office)->applier().apply(
            QStringLiteral("user.create"), 1,
            {{"login", QStringLiteral("manager")}, {"display_name", managerName}, {"role", QStringLiteral("manager")}});
        if (!user)
            return fail(user.error().message);
    }
    return openOffice(path);
}

bool AppController::chooseOffice()
{
    const QString path = QFileDialog::getOpenFileName(m_window.get(), tr("Open office database"), QString(),
                                                      tr("Office database (*.db);;All files (*)"));
    return !path.isEmpty() && openOffice(path);
}

bool AppController::demoOffice(qint64 customers)
{
    const QString path = defaultDemoPath();
    if (!QFileInfo::exists(path)) {
        if (auto r = createDemoOffice(path, customers, m_window.get()); !r) {
            QMessageBox::critical(m_window.get(), tr("Demo office"), r.error().message);
            return false;
        }
    }
    return openOffice(path);
}

} // namespace shoulou::ui
