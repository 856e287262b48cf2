// 设置 → 用户…: a manager resets a password, revokes and restores users; a consultant cannot.
#include "accountsfixture.h"

#include "accounts/useraccountsmodel.h"
#include "accounts/usersdialog.h"

#include <QAbstractItemModelTester>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

using namespace shoulou;

namespace {

void select(ui::UsersDialog &d, const QString &userId)
{
    const int row = d.model()->findRow([&](const auth::UserAccount &a) { return a.id == userId; });
    QVERIFY(row >= 0);
    d.table()->selectRow(row);
}

QPushButton *button(ui::UsersDialog &d, const char *name)
{
    return d.findChild<QPushButton *>(QString::fromLatin1(name));
}

} // namespace

class TstUsersDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void managerResetsRevokesAndRestores()
    {
        test::UiTestOffice o; // the manager is signed in
        test::setPassword(o, o.consultantId, QStringLiteral("李顾问的登录密码"));
        ui::UsersDialog d(o.session());
        QAbstractItemModelTester tester(d.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        d.show();
        QTRY_COMPARE(d.model()->rowCount(), 3);
        auto &db = o.office().db();

        select(d, o.consultantId);
        QVERIFY(button(d, "resetPassword")->isEnabled());
        QVERIFY(button(d, "revoke")->isEnabled());
        QVERIFY(!button(d, "restore")->isEnabled());
        button(d, "resetPassword")->click();
        QTRY_COMPARE(db.queryInt("SELECT must_change_password FROM app_user WHERE id = ?1", o.consultantId), qint64(1));
        QCOMPARE(db.queryText("SELECT coalesce(password_hash, 'none') FROM app_user WHERE id = ?1", o.consultantId),
                 QStringLiteral("none"));
        // The list follows (a change set naming app_user), the selection stays.
        QTRY_VERIFY(d.model()->findRow([&](const auth::UserAccount &a) {
            return a.id == o.consultantId && a.password == auth::UserAccount::Password::MustChange;
        }) >= 0);
        QCOMPARE(db.queryText("SELECT user_id FROM outbox WHERE name = 'user.reset_password'"), o.managerId);

        button(d, "revoke")->click();
        QTRY_COMPARE(db.queryInt("SELECT active FROM app_user WHERE id = ?1", o.consultantId), qint64(0));
        QTRY_VERIFY(button(d, "restore")->isEnabled());
        QVERIFY(!button(d, "revoke")->isEnabled());
        QVERIFY(!button(d, "resetPassword")->isEnabled());
        button(d, "restore")->click();
        QTRY_COMPARE(db.queryInt("SELECT active FROM app_user WHERE id = ?1", o.consultantId), qint64(1));

        // Nobody revokes themselves.
        select(d, o.managerId);
        QVERIFY(!button(d, "revoke")->isEnabled());
        QVERIFY(button(d, "resetPassword")->isEnabled());
    }

    void aConsultantManagesNobody()
    {
        test::UiTestOffice o;
        o.session().setCurrentUserId(o.consultantId);
        ui::UsersDialog d(o.session());
        d.show();
        QTRY_COMPARE(d.model()->rowCount(), 3);
        select(d, o.secondConsultantId);
        QVERIFY(!button(d, "resetPassword")->isEnabled());
        QVERIFY(!button(d, "revoke")->isEnabled());
    }
};

QTEST_MAIN(TstUsersDialog)
#include "tst_usersdialog.moc"
