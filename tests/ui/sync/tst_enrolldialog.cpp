// The enrolment dialog against a real hub on loopback (in process, real TLS): the certificate's
// fingerprint is shown before anything is sent; a wrong password is said in the dialog and
// writes nothing; the right one enrolls the open office (its meta says so).
#include "servedhub.h"
#include "sync/enrolldialog.h"
#include "sync/syncstate.h"
#include "uitestoffice.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

using namespace shoulou;

class TstEnrollDialog final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("SHOULOU_KEY_STORE", "file");
    }

    void fingerprintFirstThenWrongAndRightPassword()
    {
        test::ServedHub served;
        test::UiTestOffice office;
        ui::OfficeSession &session = office.session();
        ui::EnrollDialog dialog(session.path(), &session.key(), session.clock());
        dialog.show();
        auto *join = dialog.findChild<QPushButton *>("joinOffice");
        auto *matches = dialog.findChild<QCheckBox *>("fingerprintMatches");
        auto *error = dialog.findChild<QLabel *>("enrollError");
        QVERIFY(join && matches && error);
        dialog.findChild<QLineEdit *>("hubAddress")->setText(served.url());
        dialog.findChild<QLineEdit *>("officeCode")->setText(served.code);
        dialog.findChild<QLineEdit *>("login")->setText("wang");
        dialog.findChild<QLineEdit *>("password")->setText("not-the-password");
        QVERIFY(!join->isEnabled()); // nothing is sent before the fingerprint was looked at
        QTest::mouseClick(dialog.findChild<QPushButton *>("connectHub"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.fingerprint(), served.fingerprint(), 15000);
        QCOMPARE(dialog.findChild<QLabel *>("fingerprint")->text(), served.fingerprint());
        QVERIFY(!join->isEnabled());
        matches->setChecked(true);
        QVERIFY(join->isEnabled());

        QSignalSpy failed(&dialog, &ui::EnrollDialog::failed);
        QTest::mouseClick(join, Qt::LeftButton);
        QVERIFY(dialog.isBusy());
        QVERIFY(failed.wait(15000));
        QVERIFY2(error->isVisible() && error->text().contains("password"), qPrintable(error->text()));
        QVERIFY(dialog.isVisible());
        QVERIFY(!sync::SyncState::load(office.office().db()).enrolled);
        QCOMPARE(office.office().db().meta("sync.hub_url"), QString());

        served.hub.clock().advanceMs(5000); // the hub makes a login wait after a wrong password
        dialog.findChild<QLineEdit *>("password")->setText("wang-secret-1");
        QVERIFY(join->isEnabled());
        QTest::mouseClick(join, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.result().has_value(), 15000);
        QCOMPARE(dialog.result()->role, QStringLiteral("manager"));
        QVERIFY(dialog.result()->broughtHistory);
        QVERIFY(!dialog.isVisible()); // accepted
        const sync::SyncState state = sync::SyncState::load(office.office().db());
        QVERIFY(state.enrolled);
        QCOMPARE(state.hubUrl, served.url());
        QCOMPARE(state.fingerprint, served.fingerprint());
        QVERIFY(!state.token.isEmpty());
    }

    void unreachableHubIsSaid()
    {
        test::UiTestOffice office;
        ui::OfficeSession &session = office.session();
        ui::EnrollDialog dialog(session.path(), &session.key(), session.clock());
        QSignalSpy failed(&dialog, &ui::EnrollDialog::failed);
        dialog.findChild<QLineEdit *>("hubAddress")->setText("wss://127.0.0.1:1");
        dialog.fetchFingerprint();
        QVERIFY(failed.wait(15000));
        QVERIFY2(failed.first().first().toString().contains("cannot be reached"), qPrintable(failed.first().first().toString()));
        QVERIFY(dialog.fingerprint().isEmpty());
    }
};

QTEST_MAIN(TstEnrollDialog)
#include "tst_enrolldialog.moc"
