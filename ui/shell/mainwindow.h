#pragma once

#include <QList>
#include <QMainWindow>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace shoulou::ui {

class OfficeSession;
class SyncController;
class WorkspaceView;

// The shell: a sidebar of views and the menus. It knows no view's insides; views are added by
// assembleWorkspace() and talk through the OfficeSession.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(OfficeSession &session, QWidget *parent = nullptr);
    ~MainWindow() override;

    void addView(WorkspaceView *view);
    WorkspaceView *view(const QString &viewId) const;
    WorkspaceView *currentView() const;
    void showView(const QString &viewId);
    // An enrolled office: the status bar shows sync (a click opens the sync issues panel) and
    // the office cannot be enrolled again.
    void attachSync(SyncController *controller);
    void openSyncIssues();

signals:
    void newCustomerRequested();
    void newOfficeRequested();
    void openOfficeRequested();
    void demoOfficeRequested();
    // 连接售楼处服务器…: enrol this office with the office hub.
    void enrollRequested();
    // 退出登录/切换用户: the person leaves the desk; the sign-in dialog comes back.
    void switchUserRequested();
    void closed(); // the person closed the window: the desk ends

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildStatusBar();
    void findCustomer();
    void refreshSignedIn();
    void openUsers();
    void chooseLanguage(const QString &code);

    OfficeSession &m_session;
    QListWidget *m_sidebar;
    QStackedWidget *m_stack;
    QList<WorkspaceView *> m_views;
    QLabel *m_signedIn = nullptr;
    QLabel *m_office = nullptr;
    QAction *m_users = nullptr;
    QAction *m_enroll = nullptr;
    SyncController *m_sync = nullptr;
};

} // namespace shoulou::ui
