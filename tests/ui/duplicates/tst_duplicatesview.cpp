#include "uitestoffice.h"

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

namespace {

const QStringList H{"姓名", "手机", "身份证号", "open_id", "留资时间", "渠道"};

// An office with two open review items: a soft match (周八, phones one digit apart) raised
// first, and a resident-id conflict (陈七, one phone, two ids) raised a minute later.
struct Office {
    test::UiTestOffice ui;
    QString softA, softB, conflictA, conflictB;

    Office()
    {
        auto &o = ui.office();
        softA = o.ingest(o.lead(H, {"周八", "13812345678", "", "", "2025-03-01 10:00", "抖音"}))["customer_id"].toString();
        softB = o.ingest(o.lead(H, {"周八", "13812345679", "", "", "2025-03-02 10:00", "安居客"}))["customer_id"].toString();
        o.clock().advanceMs(60'000);
        conflictA = o.ingest(o.lead(H, {"陈七", "13512345678", "11010519491231002X", "", "2025-03-01", ""}))["customer_id"].toString();
        conflictB = o.ingest(o.lead(H, {"陈七", "13512345678", "34052419800101001X", "", "2025-03-02", ""}))["customer_id"].toString();
        o.clock().advanceMs(60'000);
    }
    qint64 count(const char *sql) { return ui.office().count(sql); }
    QString text(const char *sql, const QString &arg = {}) { return ui.office().db().queryText(sql, arg); }
};

template <typename T>
T *child(QWidget &w, const char *name)
{
    auto *c = w.findChild<T *>(QString::fromLatin1(name));
    if (!c)
        qFatal("no child %s", name);
    return c;
}

void settle(ui::OfficeSession &s)
{
    // Mutation, then the directory reload and the views' reads it triggers.
    for (int i = 0; i < 3; ++i) {
        QVERIFY(s.writer().waitForIdle());
        QVERIFY(s.background().waitForIdle());
        QVERIFY(s.reader().waitForIdle());
    }
}

// Answers the next confirmation dialog (opened window-modal, without an event loop of its own) and reports that it did.
void answerConfirmation(bool accept, bool *answered, QString *text = nullptr)
{
    QTimer::singleShot(0, [=] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != QLatin1String("duplicatesConfirm"))
            return;
        if (text)
            *text = box->text();
        *answered = true;
        if (accept)
            box->findChild<QPushButton *>(QStringLiteral("confirmAccept"))->click();
        else
            box->reject();
    });
}

} // namespace

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
