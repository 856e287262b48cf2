// shoulou-screens: renders the desk's main screens for docs/screenshots (run by
// packaging/screenshots.sh under Xvfb in zh_CN). Drives the real windows on a demo office
// and grabs the whole X screen, so dialogs appear as a person would see them.
#include "accounts/signindialog.h"
#include "common/officesession.h"
#include "common/translations.h"
#include "common/windowplacement.h"
#include "customers/customerlistmodel.h"
#include "customers/customersview.h"
#include "importing/importview.h"
#include "importing/resultpage.h"
#include "shell/mainwindow.h"
#include "shell/welcomedialog.h"
#include "shell/workspace.h"
#include "sync/synccontroller.h"
#include "syncscreens.h"
#include "util/clock.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QTabWidget>
#include <QTimer>
#include <QWindow>

using namespace shoulou;

namespace {

QString g_out;

void settle(ui::OfficeSession *session, int ms = 400)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms ||
           (session && (session->reader().pending() || session->writer().pending() || session->background().pending()))) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        if (t.elapsed() > 20000)
            break;
    }
}

void shoot(const QString &name)
{
    QCoreApplication::processEvents();
    const QPixmap shot = QGuiApplication::primaryScreen()->grabWindow(0);
    const QString file = QDir(g_out).filePath(name + QStringLiteral(".png"));
    shot.save(file);
    qInfo("%s", qPrintable(file));
}

void closeDialogs()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (qobject_cast<QDialog *>(w) && w->isVisible())
            w->close();
    QCoreApplication::processEvents();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ShoulouScreens"));
    QApplication::setApplicationName(QStringLiteral("shoulou"));
    ui::installTranslations(app);
    QCommandLineParser p;
    p.addOption({QStringLiteral("db"), QStringLiteral("Demo office database."), QStringLiteral("DB")});
    p.addOption({QStringLiteral("out"), QStringLiteral("Output folder."), QStringLiteral("DIR")});
    p.addOption({QStringLiteral("data"), QStringLiteral("tests/data (sample import files)."), QStringLiteral("DIR")});
    for (const char *hubOption :
         {"hub", "fingerprint", "office-code", "hub-login", "hub-password", "hub-binary", "hub-data", "revoke-login"})
        p.addOption({QString::fromLatin1(hubOption), QStringLiteral("The served hub the sync screens use (screenshots.sh)."),
                     QStringLiteral("VALUE")});
    p.process(app);
    g_out = p.value(QStringLiteral("out"));
    QDir().mkpath(g_out);

    {
        ui::WelcomeDialog welcome;
        ui::placeOverParent(&welcome, nullptr); // as the desk opens it: centred on the screen
        welcome.show();
        settle(nullptr);
        shoot(QStringLiteral("welcome"));
    }

    auto session = ui::OfficeSession::open(p.value(QStringLiteral("db")), SystemClock::instance());
    if (!session) {
        qCritical("%s", qPrintable(session.error().message));
        return 1;
    }
    ui::OfficeSession *s = session->get();
    QString consultant, manager;
    for (const ui::UserInfo &u : s->users()) {
        if (consultant.isEmpty() && u.role == QLatin1String("consultant"))
            consultant = u.id;
        if (manager.isEmpty() && u.role == QLatin1String("manager"))
            manager = u.id;
    }
    {
        // The desk's door, as it opens on an office with accounts.
        ui::SignInDialog signIn(*s);
        ui::placeOverParent(&signIn, nullptr);
        signIn.show();
        settle(s);
        shoot(QStringLiteral("sign-in"));
        // A user of an office from before accounts: asked to choose a password (twice).
        signIn.findChild<QLineEdit *>(QStringLiteral("login"))->setText(QStringLiteral("zhangwei"));
        signIn.findChild<QPushButton *>(QStringLiteral("signInButton"))->click();
        settle(s, 600);
        shoot(QStringLiteral("sign-in-first-password"));
    }
    // A consultant's desk: their own Today. (Signed in without a password: the demo's users
    // choose theirs at the first sign-in.)
    s->setCurrentUserId(consultant);
    std::unique_ptr<ui::SyncController> sync; // outlives the window whose status bar shows it
    ui::MainWindow window(*s);
    ui::assembleWorkspace(window, *s);
    window.setGeometry(0, 0, 1440, 900);
    window.show();
    settle(s, 1000);
    shoot(QStringLiteral("today"));

    window.showView(QStringLiteral("customers"));
    settle(s);
    shoot(QStringLiteral("customers"));
    auto *customers = static_cast<ui::CustomersView *>(window.view(QStringLiteral("customers")));
    customers->searchBox()->setText(QStringLiteral("zhang"));
    settle(s);
    shoot(QStringLiteral("customers-search"));
    customers->searchBox()->setText(QStringLiteral("00000000"));
    settle(s);
    shoot(QStringLiteral("customers-no-match"));
    customers->searchBox()->clear();
    settle(s);

    // A worked customer's detail: the one with the most follow-ups among the first page.
    QString worked;
    for (int r = 0; r < customers->model()->rowCount() && worked.isEmpty(); ++r)
        if (customers->model()->row(r).lastFollowUpAt && !customers->model()->row(r).grade.isEmpty())
            worked = customers->model()->customerId(r);
    s->requestOpenCustomer(worked.isEmpty() ? customers->model()->customerId(0) : worked);
    settle(s, 1200);
    shoot(QStringLiteral("customer-detail"));
    closeDialogs();
    // An unowned customer, as the consultant at the desk sees it: the claim button (认领).
    QString unowned;
    for (int r = 0; r < customers->model()->rowCount() && unowned.isEmpty(); ++r)
        if (customers->model()->row(r).ownerId.isEmpty())
            unowned = customers->model()->customerId(r);
    if (!unowned.isEmpty()) {
        s->requestOpenCustomer(unowned);
        settle(s, 1200);
        shoot(QStringLiteral("customer-claim"));
        closeDialogs();
    }
    const screens::Camera camera{[s](int ms) { settle(s, ms); }, shoot};
    const QString conflicted = worked.isEmpty() ? customers->model()->customerId(0) : worked;
    screens::shootConflict(*s, window, conflicted, camera);
    closeDialogs();

    emit window.newCustomerRequested();
    settle(s, 600);
    shoot(QStringLiteral("new-customer"));
    closeDialogs();

    window.showView(QStringLiteral("duplicates"));
    settle(s, 800);
    shoot(QStringLiteral("duplicates"));
    if (auto *tabs = window.view(QStringLiteral("duplicates"))->findChild<QTabWidget *>()) {
        tabs->setCurrentIndex(1);
        settle(s, 600);
        shoot(QStringLiteral("merge-history"));
        tabs->setCurrentIndex(0);
    }

    // Importing lead lists and managing users are the site manager's.
    s->setCurrentUserId(manager);
    if (auto *users = window.findChild<QAction *>(QStringLiteral("usersAction"))) {
        users->trigger();
        settle(s, 600);
        shoot(QStringLiteral("users"));
        closeDialogs();
    }
    window.showView(QStringLiteral("import"));
    settle(s);
    shoot(QStringLiteral("import-choose"));
    auto *import = static_cast<ui::ImportView *>(window.view(QStringLiteral("import")));
    import->setFile(QDir(p.value(QStringLiteral("data"))).filePath(QStringLiteral("import/leads_mixed.csv")));
    settle(s, 1000);
    shoot(QStringLiteral("import-preview"));
    if (auto *start = import->findChild<QPushButton *>(QStringLiteral("startButton"))) {
        start->click();
        QElapsedTimer t;
        t.start();
        while (!import->resultPage()->isVisible() && t.elapsed() < 30000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        settle(s, 600);
        shoot(QStringLiteral("import-result"));
    }
    if (p.isSet(QStringLiteral("hub"))) {
        screens::HubAccess hub{p.value(QStringLiteral("hub")),          p.value(QStringLiteral("fingerprint")),
                               p.value(QStringLiteral("office-code")),  p.value(QStringLiteral("hub-login")),
                               p.value(QStringLiteral("hub-password")), p.value(QStringLiteral("hub-binary")),
                               p.value(QStringLiteral("hub-data")),     p.value(QStringLiteral("revoke-login"))};
        QString revoked;
        for (const ui::UserInfo &u : s->users())
            if (u.login == hub.revokedLogin)
                revoked = u.id;
        window.showView(QStringLiteral("customers"));
        screens::shootSync(*s, window, sync, hub, revoked, conflicted, camera);
    }
    return 0;
}
