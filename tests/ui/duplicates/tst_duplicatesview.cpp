#include "duplicatesfixture.h"
#include "uitestoffice.h"
#include "waitforidle.h"

#include "common/displayformat.h"
#include "common/emptyhint.h"
#include "duplicates/comparisonmodel.h"
#include "duplicates/duplicatesview.h"
#include "duplicates/mergehistorymodel.h"
#include "duplicates/reviewqueuemodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QtTest>

using namespace shoulou;
using namespace shoulou::test;

class TestDuplicatesView final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void queueListsPairsSideBySide()
    {
        Office o;
        ui::DuplicatesView view(o.ui.session());
        view.activated(); // the shell does this when the screen is shown
        QCOMPARE(view.viewId(), QString("duplicates"));
        settle(o.ui.session());
        auto *list = child<QTableView>(view, "reviewList");
        auto *queue = list->model();
        QCOMPARE(queue->rowCount(), 2);
        // Newest first, the first item selected.
        QCOMPARE(queue->index(0, ui::ReviewQueueModel::Kind).data().toString(), ui::DisplayFormat::reviewKind("resident_id_conflict"));
        QCOMPARE(list->currentIndex().row(), 0);
        QCOMPARE(child<QTabWidget>(view, "duplicatesTabs")->tabText(0), QString("Review queue (2)"));

        auto *sides = child<QTableView>(view, "comparison")->model();
        QTRY_COMPARE(sides->rowCount(), int(ui::ComparisonModel::RowCount));
        const auto ids = [&](int col) { return sides->index(ui::ComparisonModel::ResidentIds, col).data().toString(); };
        QCOMPARE(ids(ui::ComparisonModel::SideA), QString("1101**********002X"));
        QCOMPARE(ids(ui::ComparisonModel::SideB), QString("3405**********001X"));
        QCOMPARE(sides->index(ui::ComparisonModel::Phones, ui::ComparisonModel::SideA).data().toString(), QString("135****5678"));
        // Differences are highlighted, equal fields are not.
        QVERIFY(sides->index(ui::ComparisonModel::ResidentIds, ui::ComparisonModel::SideA).data(Qt::BackgroundRole).isValid());
        QVERIFY(!sides->index(ui::ComparisonModel::Name, ui::ComparisonModel::SideA).data(Qt::BackgroundRole).isValid());
        QVERIFY(!child<QLabel>(view, "conflictWarning")->isHidden());
        // A was seen first (2025-03-01): the merge would keep it, and says so.
        QVERIFY(child<QLabel>(view, "survivorNote")->text().startsWith("Merging keeps customer A, 陈七 (seen first, 2025-03-01"));
        QCOMPARE(sides->headerData(ui::ComparisonModel::SideA, Qt::Horizontal).toString(), QString("Customer A (kept)"));
        QCOMPARE(sides->headerData(ui::ComparisonModel::SideB, Qt::Horizontal).toString(), QString("Customer B"));
        QVERIFY(child<QPushButton>(view, "mergeButton")->isEnabled());

        // The soft match: no warning, phones differ.
        list->setCurrentIndex(queue->index(1, 0));
        QTRY_COMPARE(sides->index(ui::ComparisonModel::Phones, ui::ComparisonModel::SideB).data().toString(), QString("138****5679"));
        QVERIFY(child<QLabel>(view, "conflictWarning")->isHidden());
        QCOMPARE(sides->index(ui::ComparisonModel::Channels, ui::ComparisonModel::SideA).data().toString(),
                 QString("抖音, 2025-03-01 10:00"));
        QCOMPARE(sides->index(ui::ComparisonModel::Owner, ui::ComparisonModel::SideB).data().toString(), QString("nobody"));
    }

    void keepSeparateEmptiesQueue()
    {
        Office o;
        ui::DuplicatesView view(o.ui.session());
        view.activated(); // the shell does this when the screen is shown
        settle(o.ui.session());
        auto *keep = child<QPushButton>(view, "keepSeparateButton");
        for (int i = 0; i < 2; ++i) {
            QTRY_VERIFY(keep->isEnabled());
            keep->click(); // no question: keeping apart loses nothing
            settle(o.ui.session());
        }
        QCOMPARE(o.count("SELECT count(*) FROM review_item WHERE status = 'kept_separate'"), qint64(2));
        QCOMPARE(o.count("SELECT count(*) FROM separation"), qint64(2));
        QCOMPARE(o.count("SELECT count(*) FROM separation WHERE customer_a IN (SELECT id FROM customer WHERE name = '周八')"), qint64(1));
        QCOMPARE(o.count("SELECT count(*) FROM customer WHERE merged_into IS NOT NULL"), qint64(0));
        auto *stack = child<ui::EmptyHint>(view, "reviewEmpty")->parentWidget();
        QCOMPARE(qobject_cast<QStackedWidget *>(stack)->currentWidget()->objectName(), QString("reviewEmpty"));
        QVERIFY(!keep->isEnabled());
        QCOMPARE(child<QTabWidget>(view, "duplicatesTabs")->tabText(0), QString("Review queue"));
    }

    // A decision another desk made first is refused; the refusal is a message over the screen
    // that returns at once (window-modal, no nested event loop), and the queue is read again.
    void aRefusedDecisionIsSaidWithoutBlocking()
    {
        Office o;
        ui::DuplicatesView view(o.ui.session());
        view.activated();
        view.show();
        settle(o.ui.session());
        auto *keep = child<QPushButton>(view, "keepSeparateButton");
        QTRY_VERIFY(keep->isEnabled());
        // Every open item, decided meanwhile by another workstation.
        for (QString id; !(id = o.text("SELECT id FROM review_item WHERE status = 'open' LIMIT 1")).isEmpty();)
            QVERIFY(o.ui.office().applier().apply("review.resolve", 1, {{"review_id", id}, {"decision", "keep_separate"}}).ok());
        auto *list = child<QTableView>(view, "reviewList");
        keep->click();
        QMessageBox *message = nullptr;
        QTRY_VERIFY((message = view.findChild<QMessageBox *>(QStringLiteral("message"))) && message->isVisible());
        QVERIFY2(message->text().contains(QLatin1String("already")), qPrintable(message->text()));
        message->accept();
        settle(o.ui.session());
        QTRY_COMPARE(list->model()->rowCount(), 0);
    }

    void emptyStatesExplain()
    {
        test::UiTestOffice office;
        ui::DuplicatesView view(office.session());
        view.activated(); // the shell does this when the screen is shown
        settle(office.session());
        for (const char *name : {"reviewEmpty", "mergeHistoryEmpty"}) {
            auto *hint = child<ui::EmptyHint>(view, name);
            QCOMPARE(qobject_cast<QStackedWidget *>(hint->parentWidget())->currentWidget(), hint);
            QVERIFY(hint->text().size() > 80);
        }
        QVERIFY(!child<QPushButton>(view, "mergeButton")->isEnabled());
    }

    void enterOpensTheCustomer()
    {
        Office o;
        QVERIFY(o.ui.office().applier().apply("customer.merge", 1, {{"a", o.softA}, {"b", o.softB}}).ok());
        ui::DuplicatesView view(o.ui.session());
        view.activated(); // the shell does this when the screen is shown
        view.show();
        settle(o.ui.session());
        QSignalSpy opened(&o.ui.session(), &ui::OfficeSession::customerOpenRequested);
        auto *list = child<QTableView>(view, "reviewList");
        list->setFocus();
        list->setCurrentIndex(list->model()->index(0, ui::ReviewQueueModel::CustomerB));
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0).at(0).toString(), o.conflictB);

        auto *sides = child<QTableView>(view, "comparison");
        QTRY_COMPARE(sides->model()->rowCount(), int(ui::ComparisonModel::RowCount));
        const QModelIndex a = sides->model()->index(ui::ComparisonModel::Name, ui::ComparisonModel::SideA);
        sides->scrollTo(a);
        // As a real double-click arrives: press and release, then the double-click.
        QTest::mouseClick(sides->viewport(), Qt::LeftButton, {}, sides->visualRect(a).center());
        QTest::mouseDClick(sides->viewport(), Qt::LeftButton, {}, sides->visualRect(a).center());
        QCOMPARE(opened.size(), 2);
        QCOMPARE(opened.at(1).at(0).toString(), o.conflictA);

        child<QTabWidget>(view, "duplicatesTabs")->setCurrentIndex(1);
        auto *history = child<QTableView>(view, "mergeHistoryList");
        history->setFocus();
        history->setCurrentIndex(history->model()->index(0, ui::MergeHistoryModel::Merged));
        QTest::keyClick(history, Qt::Key_Return);
        QCOMPARE(opened.size(), 3);
        QCOMPARE(opened.at(2).at(0).toString(), o.softB);
    }

    void modelsPassTheTester()
    {
        Office o;
        QVERIFY(o.ui.office().applier().apply("customer.merge", 1, {{"a", o.softA}, {"b", o.softB}}).ok());
        ui::DuplicatesView view(o.ui.session());
        view.activated(); // the shell does this when the screen is shown
        using Mode = QAbstractItemModelTester::FailureReportingMode;
        QAbstractItemModelTester queue(child<QTableView>(view, "reviewList")->model(), Mode::QtTest);
        QAbstractItemModelTester sides(child<QTableView>(view, "comparison")->model(), Mode::QtTest);
        QAbstractItemModelTester history(child<QTableView>(view, "mergeHistoryList")->model(), Mode::QtTest);
        settle(o.ui.session());
        QTRY_COMPARE(child<QTableView>(view, "comparison")->model()->rowCount(), int(ui::ComparisonModel::RowCount));
        QCOMPARE(child<QTableView>(view, "mergeHistoryList")->model()->rowCount(), 1);
        // Resetting while loaded (a decision, then the reload) keeps them consistent too.
        auto *keep = child<QPushButton>(view, "keepSeparateButton");
        QTRY_VERIFY(keep->isEnabled());
        keep->click();
        settle(o.ui.session());
        QCOMPARE(child<QTableView>(view, "reviewList")->model()->rowCount(), 0);
    }

    void softMatchShowsTheDigitThatDiffers()
    {
        test::UiTestOffice t;
        auto &office = t.office();
        office.ingest(office.lead(H, {"吴九", "13912342228", "", "", "2025-03-01 10:00", "抖音"}));
        office.ingest(office.lead(H, {"吴九", "13912352228", "", "", "2025-03-02 10:00", "抖音"}));
        ui::DuplicatesView view(t.session());
        view.activated();
        settle(t.session());
        auto *sides = child<QTableView>(view, "comparison")->model();
        QTRY_COMPARE(sides->rowCount(), int(ui::ComparisonModel::RowCount));
        const QString a = sides->index(ui::ComparisonModel::Phones, ui::ComparisonModel::SideA).data().toString();
        const QString b = sides->index(ui::ComparisonModel::Phones, ui::ComparisonModel::SideB).data().toString();
        QVERIFY2(a != b, qPrintable(a)); // not both 139****2228
        QCOMPARE(a, QString("139***42228"));
        QCOMPARE(b, QString("139***52228"));
    }

    void aPersonsLookAlikesAreOneRow()
    {
        test::UiTestOffice t;
        auto &office = t.office();
        for (int i = 0; i < 5; ++i)
            office.ingest(office.lead(H, {"郑一", QStringLiteral("1390000000%1").arg(i), "", "", "2025-03-01 10:00", "抖音"}));
        ui::DuplicatesView view(t.session());
        view.activated();
        settle(t.session());
        auto *queue = child<QTableView>(view, "reviewList")->model();
        QCOMPARE(queue->rowCount(), 1);
        QCOMPARE(queue->index(0, ui::ReviewQueueModel::CustomerB).data().toString(), QString("郑一 and 3 more look-alike(s)"));
        QCOMPARE(child<QTabWidget>(view, "duplicatesTabs")->tabText(0), QString("Review queue (1)"));
        auto *keep = child<QPushButton>(view, "keepSeparateButton");
        QTRY_VERIFY(keep->isEnabled());
        keep->click();
        settle(t.session());
        QCOMPARE(t.office().count("SELECT count(*) FROM review_item WHERE status = 'open'"), qint64(0));
        QCOMPARE(queue->rowCount(), 0);
    }

    void tabLeavesTheListsForTheDecisions()
    {
        Office o;
        ui::DuplicatesView view(o.ui.session());
        view.activated();
        view.show();
        QApplication::setActiveWindow(&view);
        QVERIFY(QTest::qWaitForWindowActive(&view));
        settle(o.ui.session());
        auto *list = child<QTableView>(view, "reviewList");
        auto *sides = child<QTableView>(view, "comparison");
        QTRY_COMPARE(sides->model()->rowCount(), int(ui::ComparisonModel::RowCount));
        list->setFocus();
        QTRY_VERIFY(list->hasFocus());
        QTest::keyClick(list, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), sides);
        QTest::keyClick(sides, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), child<QPushButton>(view, "keepSeparateButton"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), child<QPushButton>(view, "mergeButton"));
    }

    void aReadErrorIsShownNotAnEmptyQueue()
    {
        Office o;
        QVERIFY(o.ui.office().db().execute("DROP TABLE review_item").ok());
        QVERIFY(o.ui.office().db().execute("DROP TABLE merge_event").ok());
        ui::DuplicatesView view(o.ui.session());
        view.activated();
        settle(o.ui.session());
        auto *error = child<QLabel>(view, "reviewError");
        QVERIFY(!error->isHidden());
        QVERIFY2(error->text().contains("could not be read") && error->text().contains("review_item"), qPrintable(error->text()));
        // Not the "nothing to review" hint: that would be a lie.
        auto *hint = child<ui::EmptyHint>(view, "reviewEmpty");
        QVERIFY(qobject_cast<QStackedWidget *>(hint->parentWidget())->currentWidget() != hint);
        QVERIFY(!child<QLabel>(view, "mergeHistoryError")->isHidden());
    }
};

QTEST_MAIN(TestDuplicatesView)
#include "tst_duplicatesview.moc"
