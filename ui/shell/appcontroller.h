#pragma once

#include "auth/localsignin.h"
#include "security/officekey.h"
#include "util/result.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace shoulou {
class Clock;
namespace office {
class OpenOffice;
}
} // namespace shoulou

namespace shoulou::ui {

class BackgroundTask;
class MainWindow;
class NewOfficeDialog;
class OfficeSession;
class SignInDialog;
class SyncController;
class TaskProgressDialog;
class WelcomeDialog;

// The desk's life cycle: which office is open, and the window over it. Opening another
// office replaces both (a session is one office).
//
// Opening is asynchronous: the file is opened, upgraded (migrations with their safety copy),
// unlocked and, for a new office, set up on a BackgroundTask, behind a progress dialog that
// says which step runs and cannot be closed — the GUI thread keeps its one event loop turning
// (a 1 M-customer upgrade takes minutes). The session and the window are made on the GUI
// thread once that is done. An office with accounts then asks who is at the desk (the sign-in
// dialog) before the window shows anything; one without any account yet (a file the CLI made)
// opens as its local administrator, and a new office signs its first manager in (they just
// chose the password). 退出登录/切换用户 closes the window and asks again; so does the session
// when the signed-in user turns out revoked. officeOpened() (the window is up) or openFailed()
// tells how it ended; quitRequested() that there is nothing left to show (the welcome was
// cancelled).
class AppController final : public QObject {
    Q_OBJECT
public:
    explicit AppController(const Clock &clock, QObject *parent = nullptr);
    ~AppController() override;

    // --db PATH opens that office; --demo the demo office (created on first use);
    // otherwise the office opened last, else the welcome dialog.
    void start(const QString &dbPath, bool demo, qint64 demoCustomers);
    void openOffice(const QString &path);
    // Creates the office file with its name and first manager (their login and password), then
    // opens it with that manager signed in.
    void createOffice(const QString &path, const QString &officeName, const QString &managerName, const QString &managerLogin,
                      const QString &password);

    MainWindow *window() const { return m_window.get(); }
    OfficeSession *session() const { return m_session.get(); }
    // While an office is being opened: its progress dialog (shown once a step is announced).
    TaskProgressDialog *progressDialog() const;
    bool isBusy() const { return m_task != nullptr; }
    WelcomeDialog *welcomeDialog() const;
    NewOfficeDialog *newOfficeDialog() const;
    // While the desk asks who signs in.
    SignInDialog *signInDialog() const;
    // The background sync of an enrolled office (null for a standalone one).
    SyncController *syncController() const { return m_sync.get(); }
    // 连接售楼处服务器…: enrols the open office; once joined, it syncs in the background.
    void enrollOpenOffice();
    // From the welcome window: a new database that receives the office from the hub, then opens.
    void joinHub();
    // 退出登录/切换用户: closes the window (at the next turn of the event loop) and asks again;
    // `notice` says why when it is not the person's own choice.
    void switchUser(const QString &notice = {});

signals:
    void officeOpened();
    void openFailed(const QString &message);
    void quitRequested();

private:
    using Prepare = std::function<Result<void>(office::OpenOffice &)>;
    // Opens `path` on a BackgroundTask (then `prepare` there), then the session and window here.
    void openInBackground(const QString &path, const QString &title, Prepare prepare, std::function<void()> onFailure);
    void finishOpening(const QString &path, std::function<void()> onFailure);
    void askSignIn(const QString &notice);
    void showWindow();
    void welcome();
    void newOffice();
    void chooseOffice();
    void demoOffice(qint64 customers);
    void failed(const QString &title, const QString &message, std::function<void()> then);
    void startSync();
    QWidget *dialogParent() const;

    const Clock &m_clock;
    std::unique_ptr<OfficeSession> m_session;
    std::unique_ptr<SyncController> m_sync; // after the window, before the session
    std::unique_ptr<MainWindow> m_window;
    // The one task running (opening an office or making the demo), and what it hands back.
    BackgroundTask *m_task = nullptr;
    QPointer<TaskProgressDialog> m_progress;
    Result<void> m_taskResult;
    std::optional<security::OfficeKey> m_openedKey;
    bool m_openedEnrolled = false;
    QString m_createdKeyFile;
    QPointer<WelcomeDialog> m_welcome;
    QPointer<NewOfficeDialog> m_newOffice;
    QPointer<SignInDialog> m_signIn;
    // The first manager a createOffice() made: signed in without asking.
    std::optional<auth::SignedInUser> m_createdManager;
};

} // namespace shoulou::ui
