// Signing in against the office database: right, wrong, unknown, revoked, no password yet,
// a password a manager marked to be changed; and setting one's own password.
#include "testoffice.h"

#include "auth/localsignin.h"
#include "auth/passwordverifier.h"
#include "auth/userresetpassword.h"
#include "auth/userrevoke.h"
#include "auth/usersetpassword.h"
#include "office/usercreate.h"

#include <QtTest>

using namespace shoulou;
using auth::LocalSignIn;

class TestLocalSignIn final : public QObject {
    Q_OBJECT

    // One office for the whole class: a manager "wang" with a password, a consultant "li"
    // without one (an office from before accounts).
    std::unique_ptr<test::TestOffice> m_office;
    QString m_wang, m_li;
    const QString kPassword = QStringLiteral("西湖壹号 2025");

private slots:
    void initTestCase()
    {
        m_office = std::make_unique<test::TestOffice>();
        auto &a = m_office->applier();
        m_wang = a.apply(office::UserCreate{"wang", "王经理", office::Role::Manager})->userId;
        m_li = a.apply(office::UserCreate{"li", "李顾问", office::Role::Consultant})->userId;
        auto v = auth::PasswordVerifier::create(kPassword);
        QVERIFY(v.ok());
        QVERIFY(a.apply(auth::UserSetPassword{m_wang, *v}).ok());
    }

    void rightPassword()
    {
        auto u = LocalSignIn::signIn(m_office->db(), QStringLiteral(" wang "), kPassword);
        QVERIFY2(u.ok(), u.ok() ? "" : qPrintable(u.error().message));
        QCOMPARE(u->id, m_wang);
        QCOMPARE(u->login, QStringLiteral("wang"));
        QCOMPARE(u->displayName, QStringLiteral("王经理"));
        QCOMPARE(u->role, office::Role::Manager);
        QVERIFY(!u->mustChangePassword);
        QVERIFY(!u->needsRehash);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("says");
        QTest::newRow("wrong password") << "wang"
                                        << "西湖壹号 2024"
                                        << "auth.wrong_password"
                                        << "Wrong password";
        QTest::newRow("empty password") << "wang"
                                        << ""
                                        << "auth.wrong_password"
                                        << "Wrong password";
        QTest::newRow("unknown login") << "wong"
                                       << "whatever1"
                                       << "auth.unknown_login"
                                       << "wong";
        QTest::newRow("logins are exact") << "Wang" << kPassword << "auth.unknown_login"
                                          << "Wang";
        QTest::newRow("no password yet") << "li"
                                         << ""
                                         << "auth.password_not_set"
                                         << "李顾问";
    }
    void refusals()
    {
        QFETCH(QString, login);
        QFETCH(QString, password);
        QFETCH(QString, code);
        QFETCH(QString, says);
        auto u = LocalSignIn::signIn(m_office->db(), login, password);
        QVERIFY(!u.ok());
        QCOMPARE(u.error().code, code);
        QVERIFY2(u.error().message.contains(says), qPrintable(u.error().message));
    }

    void firstPasswordThenChange()
    {
        // li has none: sets one without a current password, as themselves (the mutation to apply).
        auto tooShort = LocalSignIn::ownPassword(m_office->db(), QStringLiteral("li"), {}, QStringLiteral("short"));
        QVERIFY(!tooShort.ok());
        QVERIFY2(tooShort.error().message.startsWith(QStringLiteral("New password")), qPrintable(tooShort.error().message));
        auto own = LocalSignIn::ownPassword(m_office->db(), QStringLiteral("li"), {}, QStringLiteral("李顾问的登录密码"));
        QVERIFY2(own.ok(), own.ok() ? "" : qPrintable(own.error().message));
        QCOMPARE(own->user.id, m_li);
        QCOMPARE(own->mutation.userId, m_li);
        QVERIFY(auth::PasswordVerifier::verify(own->mutation.passwordHash, QStringLiteral("李顾问的登录密码")));
        m_office->applier().setUserId(m_li); // as li: anyone may set their own
        QVERIFY(m_office->applier().apply(own->mutation).ok());
        m_office->applier().setUserId(QStringLiteral("tester"));
        QVERIFY(LocalSignIn::signIn(m_office->db(), QStringLiteral("li"), QStringLiteral("李顾问的登录密码")).ok());
        // Now a change needs the current password.
        auto wrong = LocalSignIn::ownPassword(m_office->db(), QStringLiteral("li"), QStringLiteral("guess1234"),
                                              QStringLiteral("新的密码新的密码"));
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().code, QStringLiteral("auth.wrong_password"));
        QVERIFY(LocalSignIn::ownPassword(m_office->db(), QStringLiteral("li"), QStringLiteral("李顾问的登录密码"),
                                         QStringLiteral("新的密码新的密码"))
                    .ok());
    }

    void resetAsksForANewOne()
    {
        QVERIFY(m_office->applier().apply(auth::UserResetPassword{m_li}).ok());
        auto u = LocalSignIn::signIn(m_office->db(), QStringLiteral("li"), QStringLiteral("李顾问的登录密码"));
        QVERIFY(!u.ok());
        QCOMPARE(u.error().code, QStringLiteral("auth.password_not_set"));
        // A password that is kept but marked must-change signs in, and says so.
        auto v = auth::PasswordVerifier::create(QStringLiteral("临时密码临时密码"));
        QVERIFY(m_office->applier().apply(auth::UserSetPassword{m_li, *v}).ok());
        QVERIFY(m_office->db().execute("UPDATE app_user SET must_change_password = 1 WHERE login = 'li'").ok());
        auto marked = LocalSignIn::signIn(m_office->db(), QStringLiteral("li"), QStringLiteral("临时密码临时密码"));
        QVERIFY(marked.ok());
        QVERIFY(marked->mustChangePassword);
    }

    void revokedIsRefused()
    {
        QVERIFY(m_office->applier().apply(auth::UserRevoke{m_li}).ok());
        auto u = LocalSignIn::signIn(m_office->db(), QStringLiteral("li"), QStringLiteral("临时密码临时密码"));
        QVERIFY(!u.ok());
        QCOMPARE(u.error().code, QStringLiteral("auth.revoked"));
        // A wrong password is still only "wrong": the account's state is told to its owner.
        QCOMPARE(LocalSignIn::signIn(m_office->db(), QStringLiteral("li"), QStringLiteral("nope12345")).error().code,
                 QStringLiteral("auth.wrong_password"));
        QCOMPARE(LocalSignIn::ownPassword(m_office->db(), QStringLiteral("li"), QStringLiteral("临时密码临时密码"),
                                          QStringLiteral("新的密码新的密码"))
                     .error()
                     .code,
                 QStringLiteral("auth.revoked"));
    }
};

QTEST_GUILESS_MAIN(TestLocalSignIn)
#include "tst_localsignin.moc"
