// The desk's start as a person meets it with accounts: an office with users opens to the
// sign-in dialog (the window shows nothing before), 退出登录/切换用户 returns to it, a user
// revoked while signed in is sent back to it, and a new office asks its first manager for a
// password twice.
#include "accounts/signindialog.h"
#include "auth/passwordverifier.h"
#include "auth/userrevoke.h"
#include "auth/usersetpassword.h"
#include "common/officesession.h"
#include "mutation/applier.h"
#include "office/openoffice.h"
#include "office/usercreate.h"
#include "shell/appcontroller.h"
#include "shell/mainwindow.h"
#include "shell/newofficedialog.h"
#include "shell/welcomedialog.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace shoulou;

namespace {

// An office file with a manager and a consultant, both with passwords, made as its local
// administrator would (the CLI's user add).
QString makeOffice(const QString &path, QString *consultantId = nullptr)
{
    auto office = office::OpenOffice::open(path, SystemClock::instance(), QString(), QStringLiteral("滨江售楼处"));
    if (!office)
        qFatal("%s", qPrintable(office.error().message));
    mutation::Applier &a = (*office)->applier();
    for (const auto &[login, name, role, password] : {std::tuple{"wang", "王经理", office::Role::Manager, "王经理的登录密码"},
                                                      std::tuple{"li", "李顾问", office::Role::Consultant, "李顾问的登录密码"}}) {
        auto id = a.apply(office::UserCreate{QString::fromUtf8(login), QString::fromUtf8(name), role});
        auto v = auth::PasswordVerifier::create(QString::fromUtf8(password));
        if (!id || !v || !a.apply(auth::UserSetPassword{id->userId, *v}))
            qFatal("user");
        if (consultantId && role == office::Role::Consultant)
            *consultantId = id->userId;
    }
    return path;
}

void signInThrough(ui::SignInDialog *d, const QString &login, const QString &password)
{
    d->findChild<QLineEdit *>(QStringLiteral("login"))->setText(login);
    d->findChild<QLineEdit *>(QStringLiteral("password"))->setText(password);
    d->findChild<QPushButton *>(QStringLiteral("signInButton"))->click();
}

} // namespace

class TstSignInFlow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void anOfficeWithAccountsOpensToTheSignIn()
    {
        QTemporaryDir dir;
        const QString path = makeOffice(dir.filePath(QStringLiteral("o.db")));
        ui::AppController c(SystemClock::instance());
        c.start(path, false, 0);
        QTRY_VERIFY(c.signInDialog() && c.signInDialog()->isVisible());
        QVERIFY(!c.window()); // nothing of the office is shown before
        QVERIFY(c.session() && !c.session()->isSignedIn());
        signInThrough(c.signInDialog(), QStringLiteral("wang"), QStringLiteral("王经理的登录密码"));
        QTRY_VERIFY(c.window() && c.window()->isVisible());
        QVERIFY(c.window()->findChild<QLabel *>(QStringLiteral("signedInAs"))->text().contains(QStringLiteral("王经理")));
    }

    void switchingUser()
    {
        QTemporaryDir dir;
        QString li;
        const QString path = makeOffice(dir.filePath(QStringLiteral("o.db")), &li);
        ui::AppController c(SystemClock::instance());
        c.start(path, false, 0);
        QTRY_VERIFY(c.signInDialog() && c.signInDialog()->isVisible());
        signInThrough(c.signInDialog(), QStringLiteral("wang"), QStringLiteral("王经理的登录密码"));
        QTRY_VERIFY(c.window() && c.window()->isVisible());

        c.window()->findChild<QAction *>(QStringLiteral("switchUserAction"))->trigger();
        QTRY_VERIFY(!c.window());
        QTRY_VERIFY(c.signInDialog() && c.signInDialog()->isVisible());
        QVERIFY(!c.session()->isSignedIn());
        QCOMPARE(c.signInDialog()->findChild<QLineEdit *>(QStringLiteral("login"))->text(), QStringLiteral("wang")); // offered again
        signInThrough(c.signInDialog(), QStringLiteral("li"), QStringLiteral("李顾问的登录密码"));
        QTRY_VERIFY(c.window() && c.window()->isVisible());
        QCOMPARE(c.session()->currentUserId(), li);
        QVERIFY(c.window()->findChild<QLabel *>(QStringLiteral("signedInAs"))->text().contains(QStringLiteral("李顾问")));
        QVERIFY(!c.window()->findChild<QAction *>(QStringLiteral("usersAction"))->isEnabled());

        // Cancelling the sign-in goes back to the welcome (another office, or quit).
        c.switchUser();
        QTRY_VERIFY(c.signInDialog() && c.signInDialog()->isVisible());
        c.signInDialog()->reject();
        QTRY_VERIFY(c.welcomeDialog() && c.welcomeDialog()->isVisible());
        c.welcomeDialog()->reject();
    }

    // Revoked by a manager elsewhere while signed in here: the next change is refused, and the
    // desk returns to the sign-in dialog saying why.
    void aRevokedUserIsSignedOut()
    {
        QTemporaryDir dir;
        QString li;
        const QString path = makeOffice(dir.filePath(QStringLiteral("o.db")), &li);
        ui::AppController c(SystemClock::instance());
        c.start(path, false, 0);
        QTRY_VERIFY(c.signInDialog() && c.signInDialog()->isVisible());
        signInThrough(c.signInDialog(), QStringLiteral("li"), QStringLiteral("李顾问的登录密码"));
        QTRY_VERIFY(c.window() && c.window()->isVisible());
        {
            auto office = office::OpenOffice::open(path, SystemClock::instance(), QString(), QString());
            QVERIFY(office.ok());
            QVERIFY((*office)->applier().apply(auth::UserRevoke{li}).ok());
        }
        Result<QJsonObject> result = QJsonObject();
        bool done = false;
        c.session()->apply("channel.create", 1, {{"name", "朋友圈"}}, c.session(), [&](Result<QJsonObject> r) {
            result = r;
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(result.error().code, QStringLiteral("auth.revoked"));
        QTRY_VERIFY(!c.window());
        QTRY_VERIFY(c.signInDialog() && c.signInDialog()->isVisible());
        QVERIFY(c.signInDialog()->findChild<QLabel *>(QStringLiteral("notice"))->text().contains(QStringLiteral("revoked")));
    }

    void newOfficeAsksForThePasswordTwice()
    {
        QTemporaryDir dir;
        ui::NewOfficeDialog form;
        form.findChild<QLineEdit *>(QStringLiteral("officeName"))->setText(QStringLiteral("西湖壹号售楼处"));
        form.findChild<QLineEdit *>(QStringLiteral("managerName"))->setText(QStringLiteral("王建立"));
        form.findChild<QLineEdit *>(QStringLiteral("file"))->setText(dir.filePath(QStringLiteral("new.db")));
        QCOMPARE(form.managerLogin(), QStringLiteral("manager")); // a login is suggested
        form.show();
        auto refusal = [&]() -> QString {
            QMessageBox *m = nullptr;
            if (!QTest::qWaitFor([&] { return (m = form.findChild<QMessageBox *>(QStringLiteral("message"))) && m->isVisible(); }))
                return {};
            const QString text = m->text();
            m->close();
            delete m;
            return text;
        };
        form.findChild<QLineEdit *>(QStringLiteral("password"))->setText(QStringLiteral("short"));
        form.accept();
        QVERIFY(form.isVisible());
        QVERIFY2(refusal().contains(QStringLiteral("Your password")), "the message names the field");
        form.findChild<QLineEdit *>(QStringLiteral("password"))->setText(QStringLiteral("西湖壹号 2025"));
        form.findChild<QLineEdit *>(QStringLiteral("confirmPassword"))->setText(QStringLiteral("西湖壹号 2024"));
        form.accept();
        QVERIFY(form.isVisible());
        QVERIFY(refusal().contains(QStringLiteral("differ")));
        form.findChild<QLineEdit *>(QStringLiteral("confirmPassword"))->setText(QStringLiteral("西湖壹号 2025"));
        form.accept();
        QCOMPARE(form.result(), int(QDialog::Accepted));

        ui::AppController c(SystemClock::instance());
        c.createOffice(form.path(), form.officeName(), form.managerName(), form.managerLogin(), form.password());
        QTRY_VERIFY(c.window() && c.window()->isVisible()); // the first manager is signed in
        QCOMPARE(c.session()->signedInUser()->login, QStringLiteral("manager"));
        // …and signs in with that password next time.
        auto db = storage::Database::open(form.path());
        QVERIFY(db.ok());
        QVERIFY(auth::PasswordVerifier::verify((*db)->queryText("SELECT password_hash FROM app_user WHERE login = 'manager'"),
                                               QStringLiteral("西湖壹号 2025")));
    }
};

QTEST_MAIN(TstSignInFlow)
#include "tst_signinflow.moc"
