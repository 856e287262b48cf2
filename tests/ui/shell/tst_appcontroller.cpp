// Start-up as a person meets it: opening (and upgrading) an office off the GUI thread behind a
// dialog that cannot be closed, the new-office form, the key-file notice, the window title,
// where windows open, and the focus chains of the start-up dialogs.
#include "common/appsettings.h"
#include "common/taskprogressdialog.h"
#include "common/windowplacement.h"
#include "customer/newcustomerdialog.h"
#include "shell/appcontroller.h"
#include "shell/mainwindow.h"
#include "shell/newofficedialog.h"
#include "shell/welcomedialog.h"
#include "shell/workspace.h"
#include "storage/migrator.h"
#include "uitestoffice.h"

#include <QApplication>
#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QtTest>

using namespace shoulou;

namespace {

// The focus chain from `first`, as Tab walks it, by object name (or class), `steps` long.
QStringList tabChain(QWidget *first, int steps)
{
    QStringList names;
    first->setFocus();
    for (int i = 0; i < steps; ++i) {
        QWidget *f = QApplication::focusWidget();
        names << (f ? (f->objectName().isEmpty() ? QString::fromLatin1(f->metaObject()->className()) : f->objectName()) : QString());
        QTest::keyClick(f ? f : first, Qt::Key_Tab);
    }
    return names;
}

bool onScreen(const QWidget *w)
{
    const QRect avail = w->screen()->availableGeometry();
    return avail.contains(w->frameGeometry().topLeft()) && avail.contains(w->frameGeometry().bottomRight());
}

} // namespace

class TstAppController : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void migrationRunsOffTheGuiThreadBehindADialogThatStaysOpen();
    void newOfficeInAMissingFolder();
    void newOfficeFormKeepsWhatWasTyped();
    void windowTitleShowsTheOfficeNameOnce();
    void windowsOpenOverTheirParentOnScreen();
    void focusChainsOfTheStartupDialogs();
};

void TstAppController::migrationRunsOffTheGuiThreadBehindADialogThatStaysOpen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    // A v1 office, and a connection of the test's that holds the write lock, so the upgrade
    // (after its safety copy) waits on it for as long as the test needs.
    auto holder = storage::Database::open(path, storage::Database::Options{false, false});
    QVERIFY(holder.ok());
    QVERIFY(storage::Migrator({storage::schemaMigrations().first()}).migrate((*holder)->handle(), path).ok());
    QVERIFY((*holder)->execute("BEGIN IMMEDIATE").ok());

    int ticks = 0; // a 0 ms timer on the GUI thread: it fires only while the event loop turns
    QTimer ticker;
    ticker.setInterval(0);
    connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
    ticker.start();

    ui::AppController c(SystemClock::instance());
    QString failure;
    connect(&c, &ui::AppController::openFailed, this, [&](const QString &m) { failure = m; });
    c.start(path, false, 0); // returns at once
    QVERIFY(!c.window());
    QTRY_VERIFY(c.progressDialog() && c.progressDialog()->isVisible());
    QPointer<ui::TaskProgressDialog> progress = c.progressDialog();
    QTRY_VERIFY2(!progress || progress->step().contains(QStringLiteral("schema version 2")),
                 qPrintable(failure)); // it says what runs: the schema step, after the copy
    QVERIFY2(progress, qPrintable(failure));
    const int before = ticks;
    QTest::qWait(300);
    QVERIFY2(ticks > before + 10, qPrintable(QString::number(ticks - before))); // the GUI thread keeps turning

    // It cannot be closed half-way: no close button, Esc and close() are refused.
    QVERIFY(!(progress->windowFlags() & Qt::WindowCloseButtonHint));
    QTest::keyClick(progress, Qt::Key_Escape);
    QVERIFY(!progress->close());
    QCoreApplication::processEvents();
    QVERIFY(progress->isVisible());
    QVERIFY(c.isBusy());

    QVERIFY((*holder)->execute("ROLLBACK").ok()); // let the upgrade go on
    QTRY_VERIFY_WITH_TIMEOUT(c.window() && c.window()->isVisible(), 10000);
    QVERIFY(!c.isBusy());
    QCOMPARE((*holder)->schemaVersion(), storage::Migrator(storage::schemaMigrations()).latestVersion());
    const QStringList copies = QDir(dir.path()).entryList({QStringLiteral("old.db.v1-*.bak")});
    QCOMPARE(copies.size(), 1);
}

void TstAppController::newOfficeInAMissingFolder()
{
    QTemporaryDir dir;
    // Like ~/Documents on a fresh machine: the folder is not there yet.
    const QString path = dir.filePath(QStringLiteral("Documents/offices/office.db"));
    ui::NewOfficeDialog form;
    form.findChild<QLineEdit *>(QStringLiteral("officeName"))->setText(QStringLiteral("西湖壹号售楼处"));
    form.findChild<QLineEdit *>(QStringLiteral("managerName"))->setText(QStringLiteral("王建立"));
    form.findChild<QLineEdit *>(QStringLiteral("password"))->setText(QStringLiteral("西湖壹号 2025"));
    form.findChild<QLineEdit *>(QStringLiteral("confirmPassword"))->setText(QStringLiteral("西湖壹号 2025"));
    form.findChild<QLineEdit *>(QStringLiteral("file"))->setText(path);
    form.open();
    form.accept();
    QCOMPARE(form.result(), int(QDialog::Accepted));
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("Documents/offices"))).isDir());

    ui::AppController c(SystemClock::instance());
    c.createOffice(form.path(), form.officeName(), form.managerName(), form.managerLogin(), form.password());
    QTRY_VERIFY(c.window() && c.window()->isVisible());
    QCOMPARE(c.session()->users().first().displayName, QStringLiteral("王建立"));
    // The key file (no keychain in the tests) is announced in the desk, with where it is.
    QMessageBox *notice = nullptr;
    QTRY_VERIFY((notice = c.window()->findChild<QMessageBox *>(QStringLiteral("keyFileNotice"))) && notice->isVisible());
    QVERIFY2(notice->text().contains(QDir::toNativeSeparators(path + QStringLiteral(".key"))), qPrintable(notice->text()));
}

void TstAppController::newOfficeFormKeepsWhatWasTyped()
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("notafolder")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    ui::NewOfficeDialog form;
    form.findChild<QLineEdit *>(QStringLiteral("officeName"))->setText(QStringLiteral("滨江售楼处"));
    form.findChild<QLineEdit *>(QStringLiteral("managerName"))->setText(QStringLiteral("李经理"));
    form.findChild<QLineEdit *>(QStringLiteral("password"))->setText(QStringLiteral("滨江售楼处123"));
    form.findChild<QLineEdit *>(QStringLiteral("confirmPassword"))->setText(QStringLiteral("滨江售楼处123"));
    // A folder that cannot be made (a file is in the way).
    form.findChild<QLineEdit *>(QStringLiteral("file"))->setText(dir.filePath(QStringLiteral("notafolder/sub/office.db")));
    form.show();
    form.accept();
    QVERIFY(form.isVisible()); // not closed
    QMessageBox *message = nullptr;
    QTRY_VERIFY((message = form.findChild<QMessageBox *>(QStringLiteral("message"))) && message->isVisible());
    QVERIFY(message->text().contains(QStringLiteral("notafolder")));
    QCOMPARE(form.officeName(), QStringLiteral("滨江售楼处"));
    QCOMPARE(form.managerName(), QStringLiteral("李经理"));
    QVERIFY(form.path().endsWith(QStringLiteral("notafolder/sub/office.db")));
    message->close();
}

void TstAppController::windowTitleShowsTheOfficeNameOnce()
{
    test::UiTestOffice o;
    ui::MainWindow w(o.session());
    QCOMPARE(w.windowTitle(), QStringLiteral("测试售楼处")); // the platform adds " — 售楼" once
    QCOMPARE(w.windowFilePath(), o.office().path());
}

void TstAppController::windowsOpenOverTheirParentOnScreen()
{
    test::UiTestOffice o;
    const QString id = o.office().ingest(o.office().lead({"姓名", "手机"}, {"张伟", "13912345678"})).value("customer_id").toString();
    QVERIFY(!id.isEmpty());
    ui::MainWindow w(o.session());
    ui::assembleWorkspace(w, o.session());
    const QRect avail = w.screen()->availableGeometry();
    // The window sits off in a corner: the dialogs follow it, never to (0,0) when it is not there.
    w.setGeometry(avail.left() + avail.width() / 3, avail.top() + avail.height() / 3, avail.width() / 2, avail.height() / 2);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));

    o.session().requestOpenCustomer(id); // as the new-customer form does for an existing phone
    QWidget *detail = nullptr;
    QTRY_VERIFY(detail = [&]() -> QWidget * {
        for (QDialog *d : w.findChildren<QDialog *>())
            if (d->inherits("shoulou::ui::CustomerDetailDialog"))
                return d;
        return nullptr;
    }());
    QTRY_VERIFY(detail->isVisible());
    auto *newCustomer = ui::NewCustomerDialog::openNew(o.session(), &w);
    QVERIFY(QTest::qWaitForWindowExposed(newCustomer));
    ui::WelcomeDialog welcome(&w);
    ui::NewOfficeDialog form(&w);
    for (QWidget *d : std::initializer_list<QWidget *>{&welcome, &form}) {
        ui::placeOverParent(d, &w);
        d->show();
        QVERIFY(QTest::qWaitForWindowExposed(d));
    }
    for (QWidget *d : std::initializer_list<QWidget *>{detail, newCustomer, &welcome, &form}) {
        const QString name = QString::fromLatin1(d->metaObject()->className());
        QVERIFY2(onScreen(d), qPrintable(name + QStringLiteral(" off screen")));
        QVERIFY2(d->frameGeometry().top() >= avail.top(), qPrintable(name)); // the title bar is reachable
        if (d->width() < avail.width() - 40 && d->height() < avail.height() - 80) {
            // Small enough to be centred over the window (and not clamped by the screen's edge).
            const QPoint off = d->frameGeometry().center() - w.frameGeometry().center();
            const bool clampedX = d->frameGeometry().right() >= avail.right() - 8 || d->frameGeometry().left() <= avail.left() + 8;
            const bool clampedY = d->frameGeometry().bottom() >= avail.bottom() - 8 || d->frameGeometry().top() <= avail.top() + 8;
            QVERIFY2(clampedX || qAbs(off.x()) < 40, qPrintable(name + QStringLiteral(" x off by %1").arg(off.x())));
            QVERIFY2(clampedY || qAbs(off.y()) < 40, qPrintable(name + QStringLiteral(" y off by %1").arg(off.y())));
        }
    }
    newCustomer->close();
    detail->close();
}

void TstAppController::focusChainsOfTheStartupDialogs()
{
    ui::WelcomeDialog welcome;
    welcome.show();
    QVERIFY(QTest::qWaitForWindowActive(&welcome));
    QCOMPARE(tabChain(welcome.findChild<QWidget *>(QStringLiteral("newOffice")), 6),
             (QStringList{"newOffice", "openOffice", "joinHub", "demoOffice", "QPushButton", "newOffice"}));
    welcome.close();

    ui::NewOfficeDialog form;
    form.show();
    QVERIFY(QTest::qWaitForWindowActive(&form));
    QCOMPARE(QApplication::focusWidget(), form.findChild<QWidget *>(QStringLiteral("officeName"))); // starts at the top
    const QStringList chain = tabChain(form.findChild<QWidget *>(QStringLiteral("officeName")), 10);
    QCOMPARE(chain.mid(0, 7), (QStringList{"officeName", "managerName", "managerLogin", "password", "confirmPassword", "file", "browse"}));
    QCOMPARE(chain.mid(7, 2), (QStringList{"QPushButton", "QPushButton"})); // OK, Cancel
    QCOMPARE(chain.at(9), QStringLiteral("officeName"));                    // and round again
    form.close();
}

QTEST_MAIN(TstAppController)
#include "tst_appcontroller.moc"
