#include "appcontroller.h"

#include "accounts/signindialog.h"
#include "auth/passwordverifier.h"
#include "auth/usersetpassword.h"
#include "common/appsettings.h"
#include "common/backgroundtask.h"
#include "common/filechooser.h"
#include "common/messages.h"
#include "common/officesession.h"
#include "common/taskprogressdialog.h"
#include "common/uilogging.h"
#include "common/windowplacement.h"
#include "mutation/applier.h"
#include "office/openoffice.h"
#include "office/usercreate.h"
#include "shell/demooffice.h"
#include "shell/mainwindow.h"
#include "shell/newofficedialog.h"
#include "shell/welcomedialog.h"
#include "shell/workspace.h"
#include "storage/database.h"
#include "sync/enrolldialog.h"
#include "sync/synccontroller.h"
#include "sync/syncstate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QTimer>

namespace shoulou::ui {

namespace {

// A quick open (a current office) shows no dialog; one that takes longer than this does.
constexpr int kShowProgressAfterMs = 400;

} // namespace

AppController::AppController(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{}

AppController::~AppController()
{
    delete m_task;    // waits for a job still running: it writes into this object
    m_window.reset(); // views first: they hold references into the session
    m_sync.reset();
    m_session.reset();
}

TaskProgressDialog *AppController::progressDialog() const
{
    return m_progress;
}

WelcomeDialog *AppController::welcomeDialog() const
{
    return m_welcome;
}

NewOfficeDialog *AppController::newOfficeDialog() const
{
    return m_newOffice;
}

SignInDialog *AppController::signInDialog() const
{
    return m_signIn;
}

QWidget *AppController::dialogParent() const
{
    return m_window.get();
}

void AppController::start(const QString &dbPath, bool demo, qint64 demoCustomers)
{
    if (!dbPath.isEmpty())
        return openOffice(dbPath);
    if (demo)
        return demoOffice(demoCustomers);
    const QString last = AppSettings().lastDatabase();
    if (!last.isEmpty() && QFileInfo::exists(last))
        return openOffice(last);
    welcome();
}

void AppController::openOffice(const QString &path)
{
    openInBackground(path, QCoreApplication::translate("OfficeSession", "Sales office"), {}, [this] {
        if (!m_window)
            welcome();
    });
}

void AppController::createOffice(const QString &path, const QString &officeName, const QString &managerName, const QString &managerLogin,
                                 const QString &password)
{
    // The office and its first manager, with their password, are created before the desk opens
    // it — on the task's thread (the verifier takes a tenth of a second), in one transaction.
    m_createdManager.reset();
    auto prepare = [this, managerName, managerLogin, password](office::OpenOffice &office) -> Result<void> {
        auto verifier = auth::PasswordVerifier::create(password);
        if (!verifier)
            return verifier.error();
        office::UserCreate first;
        first.login = managerLogin;
        first.displayName = managerName;
        first.role = office::Role::Manager;
        mutation::Applier &applier = office.applier();
        if (auto r = applier.beginBatch(); !r)
            return r;
        auto user = applier.applyInBatch(first);
        if (!user) {
            applier.rollbackBatch();
            return user.error();
        }
        if (auto r = applier.applyInBatch(auth::UserSetPassword{user->userId, *verifier}); !r) {
            applier.rollbackBatch();
            return r.error();
        }
        if (auto r = applier.commitBatch(); !r)
            return r;
        auth::SignedInUser manager;
        manager.id = user->userId;
        manager.login = managerLogin;
        manager.displayName = managerName;
        manager.role = office::Role::Manager;
        m_createdManager = manager; // read on the GUI thread once the task has finished
        return {};
    };
    openInBackground(path, officeName, prepare, [this] {
        if (m_newOffice) // what was typed is still there: correct and try again
            m_newOffice->open();
        else if (!m_window)
            welcome();
    });
}

void AppController::openInBackground(const QString &path, const QString &defaultName, Prepare prepare, std::function<void()> onFailure)
{
    if (m_task)
        return; // one office at a time; the progress dialog says what is under way
    m_taskResult = {};
    m_openedKey.reset();
    m_createdKeyFile.clear();
    m_createdManager.reset(); // set again by a createOffice() preparation that succeeds
    m_task = new BackgroundTask(
        [this, path, defaultName, prepare](BackgroundTask &task) {
            // On the task's thread: the connection is opened, migrated, unlocked and closed here;
            // the session opens its own connections on their threads afterwards.
            auto office = office::OpenOffice::open(path, m_clock, QString(), defaultName, nullptr,
                                                   [&task](const QString &step) { task.setStep(step); });
            if (!office) {
                m_taskResult = office.error();
                return;
            }
            if (prepare)
                if (auto r = prepare(**office); !r) {
                    m_taskResult = r.error();
                    return;
                }
            m_openedKey = (*office)->key();
            m_openedEnrolled = sync::SyncState::load((*office)->db()).enrolled;
            m_createdKeyFile = (*office)->createdKeyFile();
        },
        this);
    m_progress = new TaskProgressDialog(*m_task, tr("Opening the office"),
                                        tr("Opening %1…").arg(QDir::toNativeSeparators(QFileInfo(path).fileName())), dialogParent());
    placeOverParent(m_progress, dialogParent());
    auto show = [progress = m_progress] {
        if (progress && !progress->isVisible())
            progress->show();
    };
    // A migration announces its steps: show the dialog at once; otherwise only if slow.
    connect(m_task, &BackgroundTask::stepChanged, m_progress, show);
    QTimer::singleShot(kShowProgressAfterMs, m_progress, show);
    connect(m_task, &BackgroundTask::finished, this, [this, path, onFailure] {
        m_task->deleteLater();
        m_task = nullptr;
        if (m_progress)
            m_progress->deleteLater();
        if (!m_taskResult) {
            failed(tr("Cannot open the office"),
                   tr("%1 could not be opened:\n%2").arg(QDir::toNativeSeparators(path), m_taskResult.error().message), onFailure);
            return;
        }
        finishOpening(path, onFailure);
    });
    m_task->start();
}

void AppController::finishOpening(const QString &path, std::function<void()> onFailure)
{
    auto session = OfficeSession::open(path, m_clock, m_openedKey ? &*m_openedKey : nullptr);
    if (!session) {
        m_createdManager.reset();
        failed(tr("Cannot open the office"), tr("%1 could not be opened:\n%2").arg(QDir::toNativeSeparators(path), session.error().message),
               onFailure);
        return;
    }
    if (m_newOffice)
        m_newOffice->deleteLater();
    delete m_signIn; // it holds the session about to be replaced
    m_window.reset();
    m_sync.reset();
    m_session = std::move(session).value();
    if (m_openedEnrolled)
        startSync();
    AppSettings().setLastDatabase(path);
    connect(m_session.get(), &OfficeSession::signInRequired, this, &AppController::switchUser);
    if (m_createdManager) {
        m_session->signIn(*std::exchange(m_createdManager, std::nullopt));
        return showWindow();
    }
    if (m_session->requiresSignIn())
        return askSignIn(path == defaultDemoPath() ? tr("The demo office: sign in as wangjl (site manager) or zhangwei "
                                                        "(consultant), and choose a password the first time.")
                                                   : QString());
    showWindow(); // an office without accounts: its local administrator works it
}

void AppController::askSignIn(const QString &notice)
{
    if (m_signIn)
        return m_signIn->open();
    m_signIn = new SignInDialog(*m_session);
    m_signIn->setAttribute(Qt::WA_DeleteOnClose);
    m_signIn->setNotice(notice);
    placeOverParent(m_signIn, nullptr);
    connect(m_signIn, &QDialog::accepted, this, &AppController::showWindow);
    connect(m_signIn, &QDialog::rejected, this, [this] {
        if (!m_window)
            welcome(); // another office, or quit
    });
    m_signIn->open();
}

void AppController::switchUser(const QString &notice)
{
    if (!m_session)
        return;
    // The window asked (its menu), so it goes at the next turn of the event loop, not under
    // its own signal.
    QMetaObject::invokeMethod(
        this,
        [this, notice] {
            if (m_window) {
                AppSettings().setWindowGeometry(m_window->saveGeometry());
                m_window.reset();
            }
            m_session->signOut();
            askSignIn(notice);
        },
        Qt::QueuedConnection);
}

void AppController::showWindow()
{
    if (m_window)
        return;
    m_window = std::make_unique<MainWindow>(*m_session);
    assembleWorkspace(*m_window, *m_session);
    connect(m_window.get(), &MainWindow::switchUserRequested, this, [this] { switchUser(); });
    connect(m_window.get(), &MainWindow::newOfficeRequested, this, &AppController::newOffice);
    connect(m_window.get(), &MainWindow::openOfficeRequested, this, &AppController::chooseOffice);
    connect(m_window.get(), &MainWindow::demoOfficeRequested, this, [this] { demoOffice(2000); });
    connect(m_window.get(), &MainWindow::closed, this, &AppController::quitRequested);
    connect(m_window.get(), &MainWindow::enrollRequested, this, &AppController::enrollOpenOffice);
    m_window->attachSync(m_sync.get());
    if (AppSettings().windowGeometry().isEmpty())
        placeOverParent(m_window.get(), nullptr); // the first time: centred, and fitting the screen
    m_window->show();
    // Said once, to whoever opens the office first.
    if (const QString keyFile = std::exchange(m_createdKeyFile, QString()); !keyFile.isEmpty()) {
        // Was only printed on the console: a person at the desk never saw it.
        auto *box = showMessage(m_window.get(), QMessageBox::Information, tr("Office key saved in a file"),
                                tr("This computer has no system keychain, so the office's encryption key was saved in a file:\n\n%1\n\n"
                                   "Keep this file with the database — copy both when you move or back up the office — and keep it out of "
                                   "backups that leave the office. Without it the sealed customer data (resident ids, lead records) cannot "
                                   "be read.")
                                    .arg(QDir::toNativeSeparators(keyFile)));
        box->setObjectName(QStringLiteral("keyFileNotice"));
    }
    emit officeOpened();
}

void AppController::failed(const QString &title, const QString &message, std::function<void()> then)
{
    qCWarning(lcUi).noquote() << title << "-" << message;
    emit openFailed(message);
    auto *box = showMessage(dialogParent(), QMessageBox::Critical, title, message);
    if (then)
        connect(box, &QDialog::finished, this, [then] { then(); });
}

void AppController::welcome()
{
    if (m_welcome)
        return m_welcome->open();
    m_welcome = new WelcomeDialog(dialogParent());
    m_welcome->setAttribute(Qt::WA_DeleteOnClose);
    placeOverParent(m_welcome, dialogParent());
    connect(m_welcome, &QDialog::finished, this, [this, w = m_welcome.data()](int result) {
        const WelcomeDialog::Choice choice = result == QDialog::Accepted ? w->choice() : WelcomeDialog::None;
        switch (choice) {
        case WelcomeDialog::NewOffice:
            return newOffice();
        case WelcomeDialog::OpenOffice:
            return chooseOffice();
        case WelcomeDialog::JoinHub:
            return joinHub();
        case WelcomeDialog::DemoOffice:
            return demoOffice(2000);
        case WelcomeDialog::None:
            break;
        }
        if (!m_window && !m_task)
            emit quitRequested(); // nothing to show
    });
    m_welcome->open();
}

void AppController::newOffice()
{
    if (!m_newOffice) {
        m_newOffice = new NewOfficeDialog(dialogParent());
        placeOverParent(m_newOffice, dialogParent());
        connect(m_newOffice, &QDialog::accepted, this, [this] {
            createOffice(m_newOffice->path(), m_newOffice->officeName(), m_newOffice->managerName(), m_newOffice->managerLogin(),
                         m_newOffice->password());
        });
        connect(m_newOffice, &QDialog::rejected, this, [this] {
            m_newOffice->deleteLater();
            if (!m_window)
                welcome();
        });
    }
    m_newOffice->open();
}

void AppController::chooseOffice()
{
    auto *chooser = new QFileDialog(dialogParent(), tr("Open office database"), QString(), tr("Office database (*.db);;All files (*)"));
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setFileMode(QFileDialog::ExistingFile);
    placeOverParent(chooser, dialogParent());
    connect(chooser, &QFileDialog::fileSelected, this, &AppController::openOffice);
    connect(chooser, &QFileDialog::rejected, this, [this] {
        if (!m_window)
            welcome();
    });
    chooser->open();
}

void AppController::demoOffice(qint64 customers)
{
    const QString path = defaultDemoPath();
    if (QFileInfo::exists(path))
        return openOffice(path);
    if (m_task)
        return;
    m_taskResult = {};
    m_task = new BackgroundTask(
        [this, path, customers](BackgroundTask &task) {
            m_taskResult = buildDemoOffice(path, customers, m_clock, [&task](qint64 done, qint64 total) { task.setProgress(done, total); });
        },
        this);
    m_progress = new TaskProgressDialog(
        *m_task, QCoreApplication::translate("DemoOffice", "Demo office"),
        QCoreApplication::translate("DemoOffice", "Creating a demo office with %n customer(s)…", nullptr, int(customers)), dialogParent());
    placeOverParent(m_progress, dialogParent());
    m_progress->show();
    connect(m_task, &BackgroundTask::finished, this, [this, path] {
        m_task->deleteLater();
        m_task = nullptr;
        if (m_progress)
            m_progress->deleteLater();
        if (!m_taskResult)
            return failed(QCoreApplication::translate("DemoOffice", "Demo office"), m_taskResult.error().message, [this] {
                if (!m_window)
                    welcome();
            });
        openOffice(path);
    });
    m_task->start();
}

void AppController::startSync()
{
    auto sync = SyncController::start(*m_session);
    if (!sync) { // the desk still works; it just does not sync this time
        qCWarning(lcUi) << "sync does not start:" << sync.error().code;
        return;
    }
    m_sync = std::move(sync).value();
}

void AppController::enrollOpenOffice()
{
    if (!m_session || m_sync)
        return;
    auto *dialog = new EnrollDialog(m_session->path(), &m_session->key(), m_clock, dialogParent());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("enrollDialog"));
    placeOverParent(dialog, dialogParent());
    connect(dialog, &QDialog::accepted, this, [this] {
        if (!m_session)
            return;
        // The writer loaded "not enrolled" when it opened: from now on each of its mutations
        // keeps its undo until the hub's order confirms it (the Rebaser needs them).
        m_session->writer().run<bool>(
            this,
            [](WriteContext &ctx) {
                ctx.applier.setCaptureUndo(true);
                return true;
            },
            [](bool) {});
        startSync();
        if (m_window)
            m_window->attachSync(m_sync.get());
    });
    dialog->open();
}

void AppController::joinHub()
{
    FileChoice choice;
    choice.mode = FileChoice::Save;
    choice.title = tr("New database for this desk");
    choice.filter = tr("Office database (*.db)");
    choice.defaultSuffix = QStringLiteral("db");
    auto *chooser = chooseFile(dialogParent(), choice, [this](const QString &path) {
        auto *dialog = new EnrollDialog(path, nullptr, m_clock, dialogParent());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setObjectName(QStringLiteral("enrollDialog"));
        placeOverParent(dialog, dialogParent());
        connect(dialog, &QDialog::accepted, this, [this, path] { openOffice(path); });
        connect(dialog, &QDialog::rejected, this, [this] {
            if (!m_window)
                welcome();
        });
        dialog->open();
    });
    connect(chooser, &QDialog::rejected, this, [this] {
        if (!m_window)
            welcome();
    });
}

} // namespace shoulou::ui
