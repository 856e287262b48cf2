#include "mainwindow.h"

#include "accounts/usersdialog.h"
#include "common/appsettings.h"
#include "common/messages.h"
#include "common/officesession.h"
#include "common/windowplacement.h"
#include "shell/workspaceview.h"
#include "sync/synccontroller.h"
#include "sync/syncissuesdialog.h"
#include "sync/syncstatusbutton.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>

namespace shoulou::ui {

MainWindow::MainWindow(OfficeSession &session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_sidebar(new QListWidget)
    , m_stack(new QStackedWidget)
{
    // The office's name alone: the platform adds " — 售楼" (the application's display name), and
    // the file is the window's file path (shown by platforms that show one, e.g. a proxy icon).
    setWindowTitle(session.officeName().isEmpty() ? QFileInfo(session.path()).completeBaseName() : session.officeName());
    setWindowFilePath(session.path());
    auto *central = new QWidget;
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setFixedWidth(150);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setStyleSheet(QStringLiteral("QListWidget#sidebar { background: palette(window); font-size: 15px; padding-top: 6px; }"
                                            "QListWidget#sidebar::item { padding: 9px 12px; margin: 1px 6px; border-radius: 4px; }"
                                            "QListWidget#sidebar::item:selected { background: palette(highlight); "
                                            "color: palette(highlighted-text); }"));
    layout->addWidget(m_sidebar);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_views.size())
            return;
        m_stack->setCurrentIndex(row);
        m_views[row]->activated();
    });
    buildMenus();
    buildStatusBar();
    const QByteArray geometry = AppSettings().windowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::addView(WorkspaceView *view)
{
    m_views << view;
    m_stack->addWidget(view);
    m_sidebar->addItem(view->title());
    if (m_views.size() == 1)
        m_sidebar->setCurrentRow(0);
}

WorkspaceView *MainWindow::view(const QString &viewId) const
{
    for (WorkspaceView *v : m_views)
        if (v->viewId() == viewId)
            return v;
    return nullptr;
}

WorkspaceView *MainWindow::currentView() const
{
    const int row = m_stack->currentIndex();
    return row >= 0 && row < m_views.size() ? m_views[row] : nullptr;
}

void MainWindow::showView(const QString &viewId)
{
    for (int i = 0; i < m_views.size(); ++i)
        if (m_views[i]->viewId() == viewId)
            m_sidebar->setCurrentRow(i);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&Office"));
    file->addAction(tr("&New office…"), this, &MainWindow::newOfficeRequested);
    file->addAction(tr("&Open office…"), QKeySequence::Open, this, &MainWindow::openOfficeRequested);
    file->addAction(tr("Open a &demo office"), this, &MainWindow::demoOfficeRequested);
    file->addSeparator();
    file->addAction(tr("&Import leads…"), this, [this] { showView(QStringLiteral("import")); });
    file->addSeparator();
    m_enroll = file->addAction(tr("&Connect to the office hub…"), this, &MainWindow::enrollRequested);
    m_enroll->setObjectName(QStringLiteral("enrollAction"));
    file->addSeparator();
    QAction *switchUser = file->addAction(tr("Sign out / s&witch user"), this, &MainWindow::switchUserRequested);
    switchUser->setObjectName(QStringLiteral("switchUserAction"));
    // Without accounts there is nobody to switch to: the office's local administrator works it.
    switchUser->setEnabled(m_session.requiresSignIn());
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *customer = menuBar()->addMenu(tr("&Customer"));
    QAction *newCustomer = customer->addAction(tr("&New customer…"), QKeySequence::New, this, &MainWindow::newCustomerRequested);
    newCustomer->setObjectName(QStringLiteral("newCustomerAction"));
    QAction *find = customer->addAction(tr("&Find customer"), QKeySequence::Find, this, &MainWindow::findCustomer);
    find->setObjectName(QStringLiteral("findAction"));

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    m_users = settings->addAction(tr("&Users…"), this, &MainWindow::openUsers);
    m_users->setObjectName(QStringLiteral("usersAction"));
    QMenu *language = settings->addMenu(tr("&Language"));
    auto *group = new QActionGroup(this);
    const QString current = AppSettings().language();
    const QList<QPair<QString, QString>> languages{{QString(), tr("Follow the system")},
                                                   {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
                                                   {QStringLiteral("en"), QStringLiteral("English")}};
    for (const auto &[code, label] : languages) {
        QAction *a = language->addAction(label, this, [this, code] { chooseLanguage(code); });
        a->setCheckable(true);
        a->setChecked(code == current);
        group->addAction(a);
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Shoulou"), this, [this] {
        QMessageBox::about(this, tr("About Shoulou"),
                           tr("<b>Shoulou %1</b><p>The customer desk of a real-estate sales office: leads from every "
                              "channel resolved into one customer each.</p><p>GPL-3.0-or-later.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::buildStatusBar()
{
    m_office = new QLabel(tr("Office: %1").arg(QFileInfo(m_session.path()).fileName()));
    m_office->setToolTip(m_session.path());
    statusBar()->addWidget(m_office);
    m_signedIn = new QLabel;
    m_signedIn->setObjectName(QStringLiteral("signedInAs"));
    m_signedIn->setToolTip(tr("Who is working at this desk: follow-ups and edits are recorded as theirs."));
    statusBar()->addPermanentWidget(m_signedIn);
    refreshSignedIn();
    connect(&m_session, &OfficeSession::currentUserChanged, this, &MainWindow::refreshSignedIn);
}

void MainWindow::refreshSignedIn()
{
    if (const auto &u = m_session.signedInUser())
        m_signedIn->setText(tr("Signed in: %1 (%2)").arg(u->displayName, labelOf(u->role)));
    else if (m_session.requiresSignIn())
        m_signedIn->setText(tr("Nobody is signed in"));
    else
        m_signedIn->setText(tr("Local administrator (this office has no accounts)"));
    m_users->setEnabled(m_session.mayApply(QStringLiteral("user.reset_password")).allowed);
}

void MainWindow::attachSync(SyncController *controller)
{
    if (m_sync || !controller)
        return;
    m_sync = controller;
    m_enroll->setEnabled(false);
    m_enroll->setToolTip(tr("This office is already enrolled with its hub."));
    auto *status = new SyncStatusButton(*controller);
    connect(status, &QToolButton::clicked, this, &MainWindow::openSyncIssues);
    statusBar()->addPermanentWidget(status);
}

void MainWindow::openSyncIssues()
{
    if (auto *open = findChild<SyncIssuesDialog *>())
        return open->raise();
    auto *dialog = new SyncIssuesDialog(m_session, m_sync, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("syncIssuesDialog"));
    placeOverParent(dialog, this);
    dialog->open();
}

void MainWindow::openUsers()
{
    auto *dialog = new UsersDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("usersDialog"));
    placeOverParent(dialog, this);
    dialog->open();
}

void MainWindow::findCustomer()
{
    if (WorkspaceView *v = currentView(); v && v->focusSearch())
        return;
    showView(QStringLiteral("customers"));
    if (WorkspaceView *v = view(QStringLiteral("customers")))
        v->focusSearch();
}

void MainWindow::chooseLanguage(const QString &code)
{
    AppSettings().setLanguage(code);
    showMessage(this, QMessageBox::Information, tr("Language"), tr("The new language is used from the next start of Shoulou."));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    AppSettings().setWindowGeometry(saveGeometry());
    event->accept();
    emit closed();
}

} // namespace shoulou::ui
