// The sign-in dialog as a person meets it: the right password signs in, a wrong one says so and
// waits (a countdown, the button disabled — on the session's clock, nothing sleeps), a user
// without a password chooses one twice, a revoked user is refused.
#include "accountsfixture.h"

#include "accounts/signindialog.h"
#include "auth/userrevoke.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

using namespace shoulou;

namespace {

QLineEdit *field(ui::SignInDialog &d, const char *name)
{
    return d.findChild<QLineEdit *>(QString::fromLatin1(name));
}

QPushButton *button(ui::SignInDialog &d)
{
    return d.findChild<QPushButton *>(QStringLiteral("signInButton"));
}

// Types into a field (replacing what is there; QTest types ASCII only, so Chinese is inserted
// as an input method would) and presses Enter there.
void typeAndEnter(ui::SignInDialog &d, const char *name, const QString &text)
{
    QLineEdit *f = field(d, name);
    f->setFocus();
    f->selectAll();
    QTest::keyClick(f, Qt::Key_Backspace);
    f->insert(text);
    QTest::keyClick(f, Qt::Key_Return);
}

void enterLogin(ui::SignInDialog &d, const QString &login)
{
    QLineEdit *f = field(d, "login");
    f->selectAll();
    QTest::keyClick(f, Qt::Key_Backspace);
    QTest::keyClicks(f, login);
}

} // namespace

class TstSignInDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void rightPasswordSignsIn()
    {
        test::UiTestOffice o;
        test::setPassword(o, o.managerId, QStringLiteral("王经理的登录密码"));
        o.openSignedOut();
        QVERIFY(o.session().requiresSignIn());
        QVERIFY(!o.session().isSignedIn());
        ui::SignInDialog d(o.session());
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        enterLogin(d, QStringLiteral("wang"));
        typeAndEnter(d, "password", QStringLiteral("王经理的登录密码")); // Enter submits
        QTRY_VERIFY(o.session().isSignedIn());
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QCOMPARE(o.session().currentUserId(), o.managerId);
        QCOMPARE(o.session().signedInUser()->role, office::Role::Manager);
        QVERIFY(field(d, "password")->text().isEmpty()); // not kept in the widget
    }

    void wrongPasswordWaitsWithACountdown()
    {
        test::UiTestOffice o;
        test::setPassword(o, o.managerId, QStringLiteral("王经理的登录密码"));
        o.openSignedOut();
        ui::SignInDialog d(o.session());
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        enterLogin(d, QStringLiteral("wang"));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("sign-in failed for login wang")));
        typeAndEnter(d, "password", QStringLiteral("王经理的登录秘密"));
        QTRY_VERIFY2(d.message().contains(QStringLiteral("Wrong password")), qPrintable(d.message()));
        QVERIFY2(d.message().contains(QStringLiteral("1 s")), qPrintable(d.message()));
        QVERIFY(!button(d)->isEnabled());
        // Enter meanwhile asks nothing (and counts nothing).
        QTest::keyClick(field(d, "password"), Qt::Key_Return);
        QCOMPARE(o.session().throttle().failures(QStringLiteral("wang")), 1);

        o.office().clock().advanceMs(1000);
        QTRY_VERIFY(button(d)->isEnabled());
        QVERIFY(!d.message().contains(QStringLiteral(" s.")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("sign-in failed for login wang")));
        typeAndEnter(d, "password", QStringLiteral("还是不对的密码"));
        QTRY_VERIFY2(d.message().contains(QStringLiteral("2 s")), qPrintable(d.message())); // doubled
        QVERIFY(!button(d)->isEnabled());
        // Another login does not wait for this one's mistakes.
        enterLogin(d, QStringLiteral("li"));
        QVERIFY(button(d)->isEnabled());
        enterLogin(d, QStringLiteral("wang"));
        QVERIFY(!button(d)->isEnabled());
        o.office().clock().advanceMs(1000);
        QTRY_VERIFY2(d.message().contains(QStringLiteral("1 s")), qPrintable(d.message())); // counting down
        QVERIFY(!button(d)->isEnabled());
        o.office().clock().advanceMs(1000);
        QTRY_VERIFY(button(d)->isEnabled());
        typeAndEnter(d, "password", QStringLiteral("王经理的登录密码"));
        QTRY_VERIFY(o.session().isSignedIn());
        QCOMPARE(o.session().throttle().failures(QStringLiteral("wang")), 0); // a success forgets
    }

    void unknownLoginIsSaid()
    {
        test::UiTestOffice o;
        o.openSignedOut();
        ui::SignInDialog d(o.session());
        d.show();
        enterLogin(d, QStringLiteral("wong"));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("sign-in failed for login wong")));
        typeAndEnter(d, "password", QStringLiteral("whatever123"));
        QTRY_VERIFY2(d.message().contains(QStringLiteral("wong")), qPrintable(d.message()));
        QVERIFY(!o.session().isSignedIn());
    }

    // An office from before accounts: 李顾问 has no password, types the login, and is asked to
    // choose one — twice, alike, long enough — then works signed in.
    void userWithoutPasswordSetsOne()
    {
        test::UiTestOffice o;
        o.openSignedOut();
        ui::SignInDialog d(o.session());
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        enterLogin(d, QStringLiteral("li"));
        QTest::keyClick(field(d, "login"), Qt::Key_Return);
        QTRY_VERIFY(d.isSettingPassword());
        QVERIFY(field(d, "newPassword")->isVisible());
        QVERIFY(field(d, "confirmPassword")->isVisible());
        QVERIFY(!field(d, "password")->isVisible()); // there is no current one to ask for
        QVERIFY(d.findChild<QLabel *>(QStringLiteral("info"))->text().contains(QStringLiteral("李顾问")));
        QVERIFY(QApplication::focusWidget() == field(d, "newPassword"));

        field(d, "newPassword")->insert(QStringLiteral("李顾问的新登录密码"));
        typeAndEnter(d, "confirmPassword", QStringLiteral("李顾问的新登陆密码"));
        QVERIFY2(d.message().contains(QStringLiteral("differ")), qPrintable(d.message()));
        field(d, "newPassword")->setText(QStringLiteral("short"));
        typeAndEnter(d, "confirmPassword", QStringLiteral("short"));
        QVERIFY2(d.message().contains(QStringLiteral("too short")), qPrintable(d.message()));
        QVERIFY(!o.session().isSignedIn());

        field(d, "newPassword")->setText(QStringLiteral("李顾问的新登录密码"));
        typeAndEnter(d, "confirmPassword", QStringLiteral("李顾问的新登录密码"));
        QTRY_VERIFY(o.session().isSignedIn());
        QCOMPARE(o.session().currentUserId(), o.consultantId);
        auto &db = o.office().db();
        QVERIFY(!db.queryText("SELECT coalesce(password_hash, '') FROM app_user WHERE id = ?1", o.consultantId).isEmpty());
        // Set by li themselves, as the outbox records it.
        QCOMPARE(db.queryText("SELECT user_id FROM outbox WHERE name = 'user.set_password'"), o.consultantId);
        QVERIFY(!db.queryText("SELECT args FROM outbox WHERE name = 'user.set_password'").contains(QStringLiteral("新密码")));
    }

    void revokedUserIsRefused()
    {
        test::UiTestOffice o;
        test::setPassword(o, o.consultantId, QStringLiteral("李顾问的登录密码"));
        QVERIFY(o.office().applier().apply(auth::UserRevoke{o.consultantId}).ok());
        o.openSignedOut();
        ui::SignInDialog d(o.session());
        d.show();
        enterLogin(d, QStringLiteral("li"));
        typeAndEnter(d, "password", QStringLiteral("李顾问的登录密码"));
        QTRY_VERIFY2(d.message().contains(QStringLiteral("revoked")), qPrintable(d.message()));
        QVERIFY(!o.session().isSignedIn());
        QVERIFY(d.isVisible());
        QVERIFY(!d.isSettingPassword());
    }

    // Until someone signs in, the session of an office with accounts writes nothing.
    void nobodySignedInWritesNothing()
    {
        test::UiTestOffice o;
        o.openSignedOut();
        Result<QJsonObject> result = QJsonObject();
        bool done = false;
        o.session().apply("channel.create", 1, {{"name", "朋友圈"}}, &o.session(), [&](Result<QJsonObject> r) {
            result = r;
            done = true;
        });
        QTRY_VERIFY(done);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("auth.not_signed_in"));
    }
};

QTEST_MAIN(TstSignInDialog)
#include "tst_signindialog.moc"
