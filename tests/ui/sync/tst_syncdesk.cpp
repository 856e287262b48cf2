// The desk's background sync against a real hub on loopback (in process, real TLS), with a
// second enrolled office file as another workstation: the status bar says pending, then in
// step; a change another desk made arrives while the customer list is scrolled and updates
// its row in place (no reset, the position kept); a change the hub refuses is listed in the
// sync issues panel and leaves it once marked seen; the roster revoking the signed-in user
// signs them out.
#include "customers/customerlistmodel.h"
#include "customers/customersview.h"
#include "servedhub.h"
#include "sync/synccontroller.h"
#include "sync/syncissuesdialog.h"
#include "sync/syncissuesmodel.h"
#include "sync/syncstate.h"
#include "sync/syncstatusbutton.h"
#include "uitestoffice.h"

#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTableView>
#include <QtTest>

using namespace shoulou;

class TstSyncDesk final : public QObject {
    Q_OBJECT

    std::unique_ptr<test::ServedHub> m_served;
    std::unique_ptr<test::UiTestOffice> m_office;
    std::unique_ptr<ui::SyncController> m_sync;
    // The other workstation: a new file enrolled after this one, synced as the CLI does.
    QTemporaryDir m_otherDir;
    std::unique_ptr<storage::Database> m_otherDb;
    std::unique_ptr<mutation::Applier> m_other;
    static constexpr int kCustomers = 150;

    bool syncHere()
    {
        QSignalSpy synced(m_sync.get(), &ui::SyncController::synced);
        m_sync->syncNow();
        return synced.wait(20000);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("SHOULOU_KEY_STORE", "file");
        m_served = std::make_unique<test::ServedHub>();
        m_office = std::make_unique<test::UiTestOffice>();
        auto &o = m_office->office();
        const QStringList header{"姓名", "手机", "渠道"};
        QVERIFY(o.applier().beginBatch().ok());
        for (int i = 0; i < kCustomers; ++i) {
            const auto lead = o.lead(header, {QStringLiteral("客户%1").arg(i),
                                              QStringLiteral("137%1").arg(20000000 + i * 37, 8, 10, QLatin1Char('0')), "自然到访"});
            QVERIFY(o.applier().applyInBatch(QStringLiteral("lead.ingest"), 1, lead.toArgs()).ok());
        }
        QVERIFY(o.applier().commitBatch().ok());
        auto enrolled = m_served->enroll(o.path(), "wang", "wang-secret-1", &o.key(), o.clock());
        QVERIFY2(enrolled.ok(), enrolled.ok() ? "" : qPrintable(enrolled.error().message));
        o.reopen(); // its Applier keeps undos from now on, as the desk's writer does when it opens

        const QString otherPath = m_otherDir.filePath("other.db");
        auto other = m_served->enroll(otherPath, "wang", "wang-secret-1", nullptr, o.clock());
        QVERIFY2(other.ok(), other.ok() ? "" : qPrintable(other.error().message));
        auto db = storage::Database::open(otherPath);
        QVERIFY(db.ok());
        m_otherDb = std::move(db).value();

        ui::OfficeSession &session = m_office->session(); // the manager signed in
        ui::SyncController::Timing timing;
        timing.afterCommitMs = 100;
        timing.onlineEveryMs = timing.offlineFirstMs = timing.offlineMaxMs = 600000; // rounds the tests ask for
        auto sync = ui::SyncController::start(session, timing);
        QVERIFY(sync.ok());
        m_sync = std::move(sync).value();
        QSignalSpy synced(m_sync.get(), &ui::SyncController::synced);
        QVERIFY(synced.wait(30000)); // the first round pushes the office's history
        QVERIFY2(m_sync->status().problem.isEmpty(), qPrintable(m_sync->status().problem));
        QCOMPARE(m_sync->status().pending, 0);

        // The other desk receives the office, and acts as the same manager.
        m_other = std::make_unique<mutation::Applier>(*m_otherDb, o.clock(), &o.key(), m_office->managerId);
        auto received = m_served->syncOnce(*m_other);
        QVERIFY2(received.ok(), received.ok() ? "" : qPrintable(received.error().message));
        QCOMPARE(m_otherDb->queryInt("SELECT count(*) FROM customer"), qint64(kCustomers));
    }

    void cleanupTestCase()
    {
        m_sync.reset();
        m_office.reset();
        m_other.reset();
        m_otherDb.reset();
        m_served.reset();
    }

    void statusSaysPendingThenInStep()
    {
        ui::SyncStatusButton status(*m_sync);
        QVERIFY2(status.text().contains("Online") && status.text().contains("Synced"), qPrintable(status.text()));
        const QString id = m_office->office().db().queryText("SELECT id FROM customer WHERE name = '客户3'");
        // Sent a moment after the commit: first the status counts it, then the round empties it.
        QSignalSpy synced(m_sync.get(), &ui::SyncController::synced);
        bool applied = false;
        m_office->session().apply("customer.update", 2, {{"customer_id", id}, {"grade", "A"}}, this,
                                  [&](Result<QJsonObject> r) { applied = r.ok(); });
        QTRY_VERIFY(applied);
        QTRY_COMPARE(m_sync->status().pending, 1);
        QVERIFY2(status.text().contains("1 change(s) to send"), qPrintable(status.text()));
        QTRY_VERIFY_WITH_TIMEOUT(synced.count() > 0, 20000); // the round may be over already
        QTRY_COMPARE(m_sync->status().pending, 0);
        QVERIFY2(status.text().contains("Synced") && !status.text().contains("to send"), qPrintable(status.text()));
        QCOMPARE(m_office->office().db().queryInt("SELECT count(*) FROM outbox WHERE state = 'pending' OR state = 'sent'"), 0);
    }

    void remoteChangeKeepsTheListPosition()
    {
        ui::CustomersView view(m_office->session());
        view.resize(1000, 400);
        view.show();
        view.activated();
        auto *model = view.model();
        auto *table = view.table();
        QTRY_VERIFY(model->rowCount() > 0);
        while (!model->complete()) {
            if (model->canFetchMore({}))
                model->fetchMore({});
            QTRY_VERIFY(!model->isLoading());
        }
        QCOMPARE(model->rowCount(), kCustomers);
        table->setCurrentIndex(model->index(100, 0));
        table->scrollTo(model->index(100, 0), QAbstractItemView::PositionAtCenter);
        QCoreApplication::processEvents();
        const int scroll = table->verticalScrollBar()->value();
        const int top = table->rowAt(0);
        QVERIFY(scroll > 0);
        const QString id = model->customerId(100);
        QVERIFY(model->row(100).grade != "C");

        // The other desk grades the customer and sends it through the hub (watched from before:
        // the hub's poke may bring it here before this desk is asked to sync).
        QSignalSpy reset(model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(model, &ui::CustomerListModel::changesApplied);
        QVERIFY(m_other->apply("customer.update", 2, {{"customer_id", id}, {"grade", "C"}}).ok());
        auto sent = m_served->syncOnce(*m_other);
        QVERIFY2(sent.ok() && sent->rejected == 0, sent.ok() ? qPrintable(sent->reasons.join(';')) : qPrintable(sent.error().message));

        QVERIFY(syncHere());
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() > 0, 10000);
        QCOMPARE(model->customerId(100), id);
        QCOMPARE(model->row(100).grade, QStringLiteral("C"));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(table->currentIndex().row(), 100);
        QCOMPARE(table->verticalScrollBar()->value(), scroll);
        QCOMPARE(table->rowAt(0), top);
    }

    // Nobody asks this desk to sync (its timer is 10 min away): the hub's poke brings another
    // desk's change at once.
    void aChangeElsewhereArrivesByThePoke()
    {
        const QString id = m_office->office().db().queryText("SELECT id FROM customer WHERE name = '客户5'");
        QSignalSpy changed(&m_office->session(), &ui::OfficeSession::changed);
        QVERIFY(m_other->apply("customer.update", 2, {{"customer_id", id}, {"grade", "D"}}).ok());
        auto sent = m_served->syncOnce(*m_other);
        QVERIFY2(sent.ok() && sent->rejected == 0, sent.ok() ? qPrintable(sent->reasons.join(';')) : qPrintable(sent.error().message));
        QTRY_COMPARE_WITH_TIMEOUT(m_office->office().db().queryText("SELECT grade FROM customer WHERE id = ?1", id), QString("D"), 10000);
        QTRY_VERIFY(changed.count() > 0);
    }

    void refusedChangeIsListedAndResolved()
    {
        // A consultant works at this desk; the hub revokes them before their change arrives.
        m_office->session().setCurrentUserId(m_office->consultantId);
        // Watched from before the revocation: a poke may bring it to this desk at once.
        QSignalSpy signOut(&m_office->session(), &ui::OfficeSession::signInRequired);
        QVERIFY(m_served->hub.admin().revokeUser(m_served->code, "li").ok());
        const QString id = m_office->office().db().queryText("SELECT id FROM customer WHERE name = '客户7'");
        bool applied = false;
        m_office->session().apply("followup.add", 2, {{"customer_id", id}, {"kind", "call"}, {"note", "回访"}}, this,
                                  [&](Result<QJsonObject> r) { applied = r.ok(); });
        QTRY_VERIFY(applied);
        QVERIFY(syncHere());
        QTRY_VERIFY(m_sync->status().issues == 1);
        // The roster's revocation arrived with the same pull: the consultant is signed out.
        QTRY_COMPARE(signOut.count(), 1);

        ui::SyncIssuesDialog dialog(m_office->session(), m_sync.get());
        dialog.show();
        QTRY_COMPARE(dialog.model()->rowCount(), 1);
        const sync::SyncIssue issue = dialog.model()->row(0);
        QCOMPARE(issue.mutation, QStringLiteral("followup.add"));
        QCOMPARE(dialog.model()->data(dialog.model()->index(0, ui::SyncIssuesModel::Change)).toString(), QStringLiteral("Add a follow-up"));
        QVERIFY2(issue.message.contains("revoked"), qPrintable(issue.message));
        auto *resolve = dialog.findChild<QPushButton *>("resolveIssue");
        QVERIFY(resolve->isEnabled());
        QSignalSpy reloaded(&dialog, &ui::SyncIssuesDialog::reloaded);
        QTest::mouseClick(resolve, Qt::LeftButton);
        QVERIFY(reloaded.wait(10000));
        QCOMPARE(dialog.model()->rowCount(), 0);
        QVERIFY(dialog.findChild<QWidget *>("syncIssuesEmpty")->isVisible());
        QTRY_COMPARE(m_sync->status().issues, 0);
        QCOMPARE(m_office->office().db().queryInt("SELECT resolved FROM sync_issue"), 1);
    }
};

QTEST_MAIN(TstSyncDesk)
#include "tst_syncdesk.moc"
