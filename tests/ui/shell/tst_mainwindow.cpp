// The shell as assembled for the desk: sidebar views, Ctrl+F and Ctrl+N, who is signed in (the
// status bar; the "working as" chooser is gone), opening an office through the controller.
#include "common/appsettings.h"
#include "common/translations.h"
#include "customers/customersview.h"
#include "shell/appcontroller.h"
#include "shell/mainwindow.h"
#include "shell/workspace.h"
#include "shell/workspaceview.h"
#include "uitestoffice.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QtTest>

using namespace shoulou;

class TstMainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void sidebarHostsTheViews();
    void shortcuts();
    void statusBarShowsWhoIsSignedIn();
    void controllerOpensAndRemembersTheOffice();
    void languageSettingOverridesTheSystem();
    void newOfficeHasItsNameAndManager();
    void openErrorsAreSaidForAPerson();
};

void TstMainWindow::sidebarHostsTheViews()
{
    test::UiTestOffice o;
    ui::MainWindow w(o.session());
    ui::assembleWorkspace(w, o.session());
    auto *sidebar = w.findChild<QListWidget *>(QStringLiteral("sidebar"));
    QVERIFY(sidebar);
    QStringList ids;
    for (const QString id : {"today", "customers", "duplicates", "import"})
        if (w.view(id))
            ids << id;
    QVERIFY(ids.contains("today") && ids.contains("customers"));
    QCOMPARE(sidebar->count(), ids.size());
    QCOMPARE(w.currentView()->viewId(), QStringLiteral("today"));
    w.showView(QStringLiteral("customers"));
    QCOMPARE(w.currentView()->viewId(), QStringLiteral("customers"));
    QCOMPARE(sidebar->currentItem()->text(), w.view("customers")->title());
}

void TstMainWindow::shortcuts()
{
    test::UiTestOffice o;
    ui::MainWindow w(o.session());
    ui::assembleWorkspace(w, o.session());
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    // Ctrl+F from Today goes to the customers' search box.
    QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(w.currentView()->viewId(), QStringLiteral("customers"));
    auto *search = w.view("customers")->findChild<QLineEdit *>(QStringLiteral("customerSearch"));
    QTRY_VERIFY(search->hasFocus());
    QSignalSpy newCustomer(&w, &ui::MainWindow::newCustomerRequested);
    QTest::keyClick(&w, Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(newCustomer.count(), 1);
}

void TstMainWindow::statusBarShowsWhoIsSignedIn()
{
    test::UiTestOffice o;
    QCOMPARE(o.session().currentUserId(), o.managerId); // the fixture signs the manager in
    o.session().setCurrentUserId(o.consultantId);
    ui::MainWindow w(o.session());
    QVERIFY(!w.findChild<QComboBox *>(QStringLiteral("currentUser"))); // nobody chooses whom to work as
    auto *label = w.findChild<QLabel *>(QStringLiteral("signedInAs"));
    QVERIFY(label);
    QVERIFY2(label->text().contains(QStringLiteral("李顾问")), qPrintable(label->text()));
    QVERIFY(w.findChild<QAction *>(QStringLiteral("switchUserAction"))->isEnabled());
    // A consultant does not manage users; a manager does.
    QVERIFY(!w.findChild<QAction *>(QStringLiteral("usersAction"))->isEnabled());
    o.session().setCurrentUserId(o.managerId);
    QVERIFY2(label->text().contains(QStringLiteral("王经理")), qPrintable(label->text()));
    QVERIFY(w.findChild<QAction *>(QStringLiteral("usersAction"))->isEnabled());
    // Mutations are recorded as the signed-in user's.
    o.session().setCurrentUserId(o.consultantId);
    const QString id = o.office().ingest(o.office().lead({"姓名", "手机"}, {"钱七", "13700001234"})).value("customer_id").toString();
    bool done = false;
    o.session().apply("followup.add", 1, {{"customer_id", id}, {"kind", "call"}, {"note", "x"}}, &o.session(),
                      [&](Result<QJsonObject> r) { done = r.ok(); });
    QTRY_VERIFY(done);
    QCOMPARE(o.office().db().queryText("SELECT user_id FROM outbox ORDER BY client_seq DESC LIMIT 1"), o.consultantId);
    QCOMPARE(o.office().db().queryText("SELECT consultant_id FROM follow_up WHERE customer_id = ?1", id), o.consultantId);
    QCOMPARE(ui::AppSettings().lastLogin(o.office().path()), QStringLiteral("li")); // offered at the next sign-in
}

void TstMainWindow::controllerOpensAndRemembersTheOffice()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("desk.db"));
    {
        ui::AppController c(SystemClock::instance());
        c.start(path, false, 0); // opens on a background task
        QTRY_VERIFY(c.window() && c.window()->isVisible());
        QVERIFY(c.window()->view("customers"));
        QVERIFY(c.session()->channels().size() >= 8); // a new file became an office with its channels
    }
    QCOMPARE(ui::AppSettings().lastDatabase(), QFileInfo(path).absoluteFilePath());
    ui::AppController again(SystemClock::instance());
    again.start(QString(), false, 0); // no --db: the last office reopens
    QTRY_VERIFY(again.session());
    QCOMPARE(again.session()->path(), path);
}

void TstMainWindow::languageSettingOverridesTheSystem()
{
    ui::AppSettings().setLanguage(QStringLiteral("zh_CN"));
    QCOMPARE(ui::installTranslations(*QCoreApplication::instance()), QStringLiteral("zh_CN"));
    // Ours, and Qt's own (the buttons of Qt's dialogs).
    QCOMPARE(QCoreApplication::translate("shoulou::ui::TodayView", "Today"), QStringLiteral("今日"));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
    QCOMPARE(QLocale().name(), QStringLiteral("zh_CN"));
    ui::AppSettings().setLanguage(QString());
}

void TstMainWindow::newOfficeHasItsNameAndManager()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.db"));
    ui::AppController c(SystemClock::instance());
    c.createOffice(path, QStringLiteral("西湖壹号售楼处"), QStringLiteral("王建立"), QStringLiteral("wangjl"),
                   QStringLiteral("西湖壹号 2025"));
    QTRY_VERIFY(c.session());
    QCOMPARE(c.session()->users().size(), 1);
    QCOMPARE(c.session()->users().first().displayName, QStringLiteral("王建立"));
    QCOMPARE(c.session()->users().first().role, QStringLiteral("manager"));
    QCOMPARE(c.session()->currentUserId(), c.session()->users().first().id); // signed in: they just chose the password
    QCOMPARE(c.session()->users().first().login, QStringLiteral("wangjl"));
    QVERIFY(c.window() && c.window()->isVisible());
    auto db = storage::Database::open(path);
    QVERIFY(db.ok());
    QCOMPARE((*db)->queryText("SELECT name FROM office"), QStringLiteral("西湖壹号售楼处"));
}

// The new-office form's file in a folder that is not there: the reason is said in the
// person's language, not SQLite's "unable to open database file".
void TstMainWindow::openErrorsAreSaidForAPerson()
{
    ui::AppSettings().setLanguage(QStringLiteral("zh_CN"));
    ui::installTranslations(*QCoreApplication::instance());
    QTemporaryDir dir;
    auto db = storage::Database::open(dir.filePath(QStringLiteral("missing/office.db")), storage::Database::Options{false, false});
    ui::AppSettings().setLanguage(QString());
    ui::installTranslations(*QCoreApplication::instance());
    QVERIFY(!db.ok());
    QVERIFY2(!db.error().message.contains(QStringLiteral("unable to open")), qPrintable(db.error().message));
    QVERIFY2(db.error().message.contains(QStringLiteral("文件夹")), qPrintable(db.error().message));
}

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
