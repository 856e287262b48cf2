// Two workstations race for one customer through a real hub on loopback (in process, real
// TLS): 李顾问 claims it on another workstation first; 赵顾问, at the desk, claims it a moment
// later on a replica that has not heard yet. The hub gives it to the first committed; the
// desk's optimistic claim is undone, the customer's screen says who was first, the sync issues
// list the refusal, and every replica ends with the same owner. Without the hub in reach the
// claim button waits for it.
#include "customer/customerdetaildialog.h"
#include "customer/ownershipbar.h"
#include "servedhub.h"
#include "sync/synccontroller.h"
#include "sync/syncstate.h"
#include "uitestoffice.h"

#include <QLabel>
#include <QPushButton>
#include <QtTest>

using namespace shoulou;

class TstClaimRace final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("SHOULOU_KEY_STORE", "file");
    }

    void theFirstCommittedClaimWinsAndTheOtherDeskIsTold()
    {
        test::ServedHub served;
        test::UiTestOffice desk;
        auto &o = desk.office();
        QVERIFY(o.ingest(o.lead({"姓名", "手机", "渠道"}, {"陈先生", "13911112222", "自然到访"})).contains("customer_id"));
        const QString customer = o.db().queryText("SELECT id FROM customer LIMIT 1");
        QVERIFY(served.enrollFirstDesk(o));

        ui::OfficeSession &session = desk.session();
        ui::SyncController::Timing timing;
        timing.afterCommitMs = 50;
        timing.onlineEveryMs = timing.offlineFirstMs = timing.offlineMaxMs = 600000; // rounds the test asks for
        timing.followPokes = false; // this desk must not hear of the other claim before its own
        auto started = ui::SyncController::start(session, timing);
        QVERIFY(started.ok());
        std::unique_ptr<ui::SyncController> sync = std::move(started).value();
        QSignalSpy synced(sync.get(), &ui::SyncController::synced);
        QVERIFY(synced.wait(30000)); // the office's history goes to the hub
        QVERIFY2(sync->status().problem.isEmpty(), qPrintable(sync->status().problem));
        QVERIFY(session.isEnrolled() && session.isHubOnline());

        // 李顾问's workstation: a new file, synced as the CLI does, claims first.
        QTemporaryDir otherDir;
        const QString otherPath = otherDir.filePath("li.db");
        QVERIFY(served.enroll(otherPath, "li", "li-secret-22", nullptr, o.clock()).ok());
        auto otherDb = storage::Database::open(otherPath);
        QVERIFY(otherDb.ok());
        mutation::Applier li(**otherDb, o.clock(), &o.key(), desk.consultantId);
        QVERIFY(served.syncOnce(li).ok());
        QVERIFY(li.apply("customer.claim", 1, {{"customer_id", customer}}).ok());
        auto liSync = served.syncOnce(li);
        QVERIFY(liSync.ok());
        QCOMPARE(liSync->rejected, 0);

        // At the desk 赵顾问 sees the customer unowned and claims it.
        session.setCurrentUserId(desk.secondConsultantId);
        auto *dialog = ui::CustomerDetailDialog::openFor(session, customer, nullptr);
        QTRY_VERIFY(dialog->isLoaded());
        QPushButton *claim = dialog->ownershipBar()->claimButton();
        QVERIFY(claim->isVisible());
        QVERIFY(claim->isEnabled());
        QVERIFY(!dialog->ownershipBar()->releaseButton()->isVisible());
        synced.clear();
        QTest::mouseClick(claim, Qt::LeftButton);
        // Claimed here at once (the customer is 赵顾问's until the hub says otherwise) …
        QTRY_VERIFY2(dialog->statusLabel()->text().contains("confirms"), qPrintable(dialog->statusLabel()->text()));
        // … then the round after the commit: the hub refuses it, naming the winner, and the
        // claim is undone here.
        QTRY_VERIFY_WITH_TIMEOUT(synced.count() > 0, 20000);
        QTRY_VERIFY2_WITH_TIMEOUT(dialog->statusLabel()->text().contains(QStringLiteral("李顾问")),
                                  qPrintable(dialog->statusLabel()->text()), 10000);
        QVERIFY(dialog->statusLabel()->text().contains("first"));
        QCOMPARE(o.db().queryText("SELECT owner_id FROM customer WHERE id = ?1", customer), desk.consultantId);
        QCOMPARE(dialog->detail().ownerId, desk.consultantId);
        QVERIFY(!claim->isVisible());
        QCOMPARE(sync->status().issues, 1);
        QVERIFY(o.db().queryText("SELECT message FROM sync_issue").contains(QStringLiteral("李顾问")));
        QCOMPARE(o.db().queryText("SELECT state FROM outbox WHERE name = 'customer.claim'"), QString("rejected"));

        // Every replica has the one owner.
        QVERIFY(served.syncOnce(li).ok());
        QCOMPARE((*otherDb)->queryText("SELECT owner_id FROM customer WHERE id = ?1", customer), desk.consultantId);
        delete dialog;
    }

    void claimingWaitsForTheHub()
    {
        test::UiTestOffice desk;
        auto &o = desk.office();
        QVERIFY(o.ingest(o.lead({"姓名", "手机"}, {"周女士", "13922223333"})).contains("customer_id"));
        const QString customer = o.db().queryText("SELECT id FROM customer LIMIT 1");
        ui::OfficeSession &session = desk.session();
        session.setCurrentUserId(desk.consultantId);
        auto *dialog = ui::CustomerDetailDialog::openFor(session, customer, nullptr);
        QTRY_VERIFY(dialog->isLoaded());
        QPushButton *claim = dialog->ownershipBar()->claimButton();
        // An enrolled desk whose hub is out of reach: the claim waits, and says why.
        session.setHubState(true, false);
        QVERIFY(claim->isVisible());
        QVERIFY(!claim->isEnabled());
        QVERIFY(claim->toolTip().contains("hub"));
        session.setHubState(true, true);
        QVERIFY(claim->isEnabled());
        // A standalone office decides itself: the claim is final at once, and can be given back.
        session.setHubState(false, false);
        QVERIFY(claim->isEnabled());
        QTest::mouseClick(claim, Qt::LeftButton);
        QTRY_COMPARE(o.db().queryText("SELECT owner_id FROM customer WHERE id = ?1", customer), desk.consultantId);
        QTRY_VERIFY(dialog->ownershipBar()->releaseButton()->isVisible());
        QVERIFY(dialog->statusLabel()->text().contains("yours"));
        QTest::mouseClick(dialog->ownershipBar()->releaseButton(), Qt::LeftButton);
        QTRY_VERIFY(o.db().queryText("SELECT owner_id FROM customer WHERE id = ?1", customer).isEmpty());
        QTRY_VERIFY(claim->isVisible());
        // Someone else's customer: neither button for another consultant.
        QTest::mouseClick(claim, Qt::LeftButton);
        QTRY_COMPARE(o.db().queryText("SELECT owner_id FROM customer WHERE id = ?1", customer), desk.consultantId);
        session.setCurrentUserId(desk.secondConsultantId);
        dialog->reload();
        QTRY_VERIFY(!claim->isVisible());
        QVERIFY(!dialog->ownershipBar()->releaseButton()->isVisible());
        delete dialog;
    }

    void claimingSomeoneElsesCustomerFailsHere()
    {
        test::UiTestOffice desk;
        auto &o = desk.office();
        QVERIFY(o.ingest(o.lead({"姓名", "手机"}, {"吴先生", "13933334444"})).contains("customer_id"));
        const QString customer = o.db().queryText("SELECT id FROM customer LIMIT 1");
        o.applier().setUserId(desk.consultantId);
        QVERIFY(o.applier().apply("customer.claim", 1, {{"customer_id", customer}}).ok());
        o.applier().setUserId(desk.secondConsultantId);
        auto r = o.applier().apply("customer.claim", 1, {{"customer_id", customer}});
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("李顾问")), qPrintable(r.error().message));
        auto back = o.applier().apply("customer.release", 1, {{"customer_id", customer}});
        QVERIFY(!back.ok()); // only the owner gives it back
        QCOMPARE(o.db().queryText("SELECT owner_id FROM customer WHERE id = ?1", customer), desk.consultantId);
        o.applier().setUserId(desk.consultantId);
        auto again = o.applier().apply("customer.claim", 1, {{"customer_id", customer}});
        QVERIFY(again.ok());
        QCOMPARE(again->value("changed").toBool(), false); // already theirs
    }
};

QTEST_MAIN(TstClaimRace)
#include "tst_claimrace.moc"
