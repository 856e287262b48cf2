// Merging and unmerging from the duplicates screen: every merge and unmerge confirms with
// what will happen, and the history says who did it.
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

class TestDuplicatesMerge final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void mergeSoftMatch()
    {
        Office o;
        ui::DuplicatesView view(o.ui.session());
        view.activated(); // the shell does this when the screen is shown
        settle(o.ui.session());
        auto *list = child<QTableView>(view, "reviewList");
        list->setCurrentIndex(list->model()->index(1, 0));
        auto *merge = child<QPushButton>(view, "mergeButton");
        QTRY_VERIFY(merge->isEnabled());
        bool answered = false;
        answerConfirmation(true, &answered); // a merge asks first (mergeAsksWithWhatWillHappen)
        merge->click();
        QTRY_VERIFY(answered);
        settle(o.ui.session());

        QCOMPARE(o.text("SELECT status FROM review_item WHERE kind = 'soft_match'"), QString("merged"));
        QCOMPARE(o.text("SELECT merged_into FROM customer WHERE id = ?1", o.softB), o.softA); // seen first survives
        QCOMPARE(o.count("SELECT count(*) FROM merge_event WHERE reason = 'review'"), qint64(1));
        QCOMPARE(o.text("SELECT merged_id FROM merge_event"), o.softB);
        // The item left the queue; the remaining one is selected.
        QCOMPARE(list->model()->rowCount(), 1);
        QCOMPARE(list->currentIndex().row(), 0);
        QTRY_VERIFY(merge->isEnabled());
        QCOMPARE(child<QTabWidget>(view, "duplicatesTabs")->tabText(0), QString("Review queue (1)"));
        // The merge is in the history.
        QCOMPARE(child<QTableView>(view, "mergeHistoryList")->model()->rowCount(), 1);
    }

    void residentIdConflictAsksFirst()
    {
        Office o;
        ui::DuplicatesView view(o.ui.session());
        view.activated(); // the shell does this when the screen is shown
        view.show();
        settle(o.ui.session());
        auto *merge = child<QPushButton>(view, "mergeButton");
        QTRY_VERIFY(merge->isEnabled()); // row 0: the conflict
        bool answered = false;
        QString said;
        answerConfirmation(false, &answered, &said);
        merge->click();
        QTRY_VERIFY(answered);
        QVERIFY2(said.contains("1101**********002X") && said.contains("3405**********001X"), qPrintable(said));
        settle(o.ui.session());
        QCOMPARE(o.count("SELECT count(*) FROM review_item WHERE kind = 'resident_id_conflict' AND status = 'open'"), qint64(1));
        QCOMPARE(o.count("SELECT count(*) FROM customer WHERE merged_into IS NOT NULL"), qint64(0));

        answered = false;
        answerConfirmation(true, &answered);
        merge->click();
        QTRY_VERIFY(answered);
        settle(o.ui.session());
        QCOMPARE(o.text("SELECT status FROM review_item WHERE kind = 'resident_id_conflict'"), QString("merged"));
        QCOMPARE(o.text("SELECT merged_into FROM customer WHERE id = ?1", o.conflictB), o.conflictA);
        QCOMPARE(o.count("SELECT count(*) FROM merge_event WHERE merged_id IN (SELECT id FROM customer WHERE name = '陈七')"), qint64(1));
    }

    void mergeAsksWithWhatWillHappen()
    {
        Office o;
        ui::DuplicatesView view(o.ui.session());
        view.activated();
        view.show();
        settle(o.ui.session());
        auto *list = child<QTableView>(view, "reviewList");
        list->setCurrentIndex(list->model()->index(1, 0)); // the soft match
        auto *merge = child<QPushButton>(view, "mergeButton");
        QTRY_VERIFY(merge->isEnabled());
        bool answered = false;
        QString said;
        answerConfirmation(false, &answered, &said);
        merge->click();
        QTRY_VERIFY(answered);
        // Who stays and what moves, before anything happens.
        QVERIFY2(said.startsWith("周八 (seen first, 2025-03-01 10:00) stays; 1 phone(s), 1 touch(es) and 0 follow-up(s)"),
                 qPrintable(said));
        settle(o.ui.session());
        QCOMPARE(o.count("SELECT count(*) FROM customer WHERE merged_into IS NOT NULL"), qint64(0));
        QCOMPARE(o.count("SELECT count(*) FROM review_item WHERE status = 'open'"), qint64(2));
    }

    void unmergeFromHistory()
    {
        Office o;
        auto &office = o.ui.office();
        QVERIFY(office.applier().apply("customer.merge", 1, {{"a", o.softA}, {"b", o.softB}}).ok());
        ui::DuplicatesView view(o.ui.session());
        view.activated(); // the shell does this when the screen is shown
        view.show();
        settle(o.ui.session());
        auto *history = child<QTableView>(view, "mergeHistoryList");
        auto *unmerge = child<QPushButton>(view, "unmergeButton");
        QCOMPARE(history->model()->rowCount(), 1);
        QVERIFY(!unmerge->isEnabled()); // nothing selected yet
        history->setCurrentIndex(history->model()->index(0, 0));
        QVERIFY(unmerge->isEnabled());
        QCOMPARE(history->model()->index(0, ui::MergeHistoryModel::Reason).data().toString(), ui::DisplayFormat::mergeReason("manual"));
        // Same names: each side's own phone tells them apart.
        QCOMPARE(history->model()->index(0, ui::MergeHistoryModel::Merged).data().toString(), QString("周八 (138****5679)"));
        QCOMPARE(history->model()->index(0, ui::MergeHistoryModel::Survivor).data().toString(), QString("周八 (138****5678)"));

        bool answered = false;
        answerConfirmation(true, &answered);
        unmerge->click();
        QTRY_VERIFY(answered);
        settle(o.ui.session());
        QVERIFY(o.count("SELECT unmerged_at FROM merge_event") > 0);
        QCOMPARE(o.count("SELECT count(*) FROM customer WHERE name = '周八' AND merged_into IS NULL AND root_id = id"), qint64(2));
        QCOMPARE(o.count("SELECT count(*) FROM separation"), qint64(1));
        // The row stays, marked undone, and cannot be undone twice.
        QCOMPARE(history->model()->rowCount(), 1);
        QVERIFY(history->model()->index(0, ui::MergeHistoryModel::State).data().toString().startsWith("Undone "));
        QCOMPARE(history->currentIndex().row(), 0);
        QVERIFY(!unmerge->isEnabled());
    }

    void historySaysWhoMergedAndWhatAnUnmergeMoves()
    {
        Office o;
        ui::DuplicatesView view(o.ui.session());
        view.activated();
        view.show();
        settle(o.ui.session());
        auto *list = child<QTableView>(view, "reviewList");
        list->setCurrentIndex(list->model()->index(1, 0));
        auto *merge = child<QPushButton>(view, "mergeButton");
        QTRY_VERIFY(merge->isEnabled());
        bool answered = false;
        answerConfirmation(true, &answered);
        merge->click();
        QTRY_VERIFY(answered);
        settle(o.ui.session());
        const QString actor = o.ui.session().currentUser()->displayName;
        QCOMPARE(o.text("SELECT merged_by FROM merge_event"), o.ui.session().currentUserId());
        auto *history = child<QTableView>(view, "mergeHistoryList");
        QCOMPARE(history->model()->rowCount(), 1);
        QCOMPARE(history->model()->index(0, ui::MergeHistoryModel::By).data().toString(), actor);
        history->setCurrentIndex(history->model()->index(0, 0));
        QString said;
        answered = false;
        answerConfirmation(true, &answered, &said);
        child<QPushButton>(view, "unmergeButton")->click();
        QTRY_VERIFY(answered);
        QVERIFY2(said.contains("1 phone(s), 1 touch(es) and 0 follow-up(s) move back to 周八"), qPrintable(said));
        settle(o.ui.session());
        QVERIFY(history->model()->index(0, ui::MergeHistoryModel::State).data().toString().endsWith(" by " + actor));
    }
};

QTEST_MAIN(TestDuplicatesMerge)
#include "tst_duplicatesmerge.moc"
