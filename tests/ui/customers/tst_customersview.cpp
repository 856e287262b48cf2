// The Customers screen driven as a consultant would: type in the search box, filter, sort,
// open with Enter, export — asserting against what the office database holds.
#include "customers/customerexport.h"
#include "customers/customerlistmodel.h"
#include "customers/customersview.h"
#include "io/tablereader.h"
#include "uitestoffice.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QtTest>

using namespace shoulou;

class TstCustomersView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase() { m_office.reset(); }
    void pagesThroughEveryCustomer();
    void searchAsYouType_data();
    void searchAsYouType();
    void filtersNarrowTheList();
    void sortingByClickingAHeader();
    void enterOpensTheSelectedCustomer();
    void emptyStatesExplain();
    void exportWritesTextCells();
    void fragmentHitsSayHowTheyMatched();
    void aNewSortStartsAtTheTop();
    void ctrlEndReachesTheLastCustomer();
    void searchSaysWhatTheFiltersHide();
    void filtersBelongToTheUser();
    void aBrokenOfficeShowsTheReadError();

private:
    std::unique_ptr<test::UiTestOffice> m_office;
    std::unique_ptr<ui::CustomersView> m_view;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    static constexpr int kGenerated = 260; // more than the first page: scrolling must fetch the rest
};

void TstCustomersView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // One office for all tests (none of them writes): 262 customers in one batch.
    m_office = std::make_unique<test::UiTestOffice>();
    auto &o = m_office->office();
    const QStringList header{"姓名", "手机", "渠道"};
    o.ingest(o.lead(header, {"张三", "13812345678", "抖音"}));
    o.ingest(o.lead(header, {"=HYPERLINK(\"x\")", "13900001111", "小红书"}));
    QVERIFY(o.applier().beginBatch().ok());
    for (int i = 0; i < kGenerated; ++i) {
        const auto lead = o.lead(header,
                                 {QStringLiteral("客户%1").arg(i), QStringLiteral("137%1").arg(20000000 + i * 37, 8, 10, QLatin1Char('0')),
                                  i % 2 ? "安居客" : "自然到访"});
        QVERIFY(o.applier().applyInBatch(QStringLiteral("lead.ingest"), 1, lead.toArgs()).ok());
    }
    QVERIFY(o.applier().commitBatch().ok());
    const QString zhang = o.db().queryText("SELECT id FROM customer WHERE name = '张三'");
    QVERIFY(o.applier().apply("customer.update", 1, {{"customer_id", zhang}, {"owner_id", m_office->consultantId}, {"grade", "A"}}).ok());
}

void TstCustomersView::init()
{
    m_view = std::make_unique<ui::CustomersView>(m_office->session());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m_view->model()->rowCount(), 0); // nothing is read before the screen is shown
    m_view->activated();
    QTRY_VERIFY(m_view->model()->rowCount() > 0 && m_view->model()->total() >= 0);
}

void TstCustomersView::cleanup()
{
    m_tester.reset();
    m_view.reset();
}

void TstCustomersView::pagesThroughEveryCustomer()
{
    auto *model = m_view->model();
    const qint64 live = m_office->office().count("SELECT count(*) FROM customer WHERE merged_into IS NULL");
    QCOMPARE(model->total(), live);
    QCOMPARE(model->rowCount(), ui::CustomerListModel::kFirstPage);
    while (model->canFetchMore({}) || model->isLoading()) {
        if (model->canFetchMore({}))
            model->fetchMore({});
        QTRY_VERIFY(!model->isLoading());
    }
    QCOMPARE(qint64(model->rowCount()), live);
    QSet<QString> ids;
    for (int r = 0; r < model->rowCount(); ++r)
        ids.insert(model->customerId(r));
    QCOMPARE(qint64(ids.size()), live); // no row twice
}

void TstCustomersView::searchAsYouType_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addRow("last four digits") << "5678";
    QTest::addRow("inner digits") << "1234567";
    QTest::addRow("name") << "张三";
    QTest::addRow("traditional name") << "張三";
    QTest::addRow("pinyin") << "zhangsan";
    QTest::addRow("initials") << "zs";
}

void TstCustomersView::searchAsYouType()
{
    QFETCH(QString, typed);
    // Key events for ASCII; Chinese arrives from the input method as committed text.
    if (typed.toLatin1() == typed.toUtf8())
        QTest::keyClicks(m_view->searchBox(), typed);
    else
        m_view->searchBox()->insert(typed);
    auto *model = m_view->model();
    QTRY_COMPARE(model->search(), typed);
    QTRY_VERIFY(!model->isLoading());
    QVERIFY(model->rowCount() >= 1);
    QCOMPARE(model->data(model->index(0, ui::CustomerTableModel::Name)).toString(), QStringLiteral("张三"));
    QCOMPARE(model->data(model->index(0, ui::CustomerTableModel::Phone)).toString(), QStringLiteral("138****5678"));
    // Clearing the box goes back to the whole office.
    m_view->searchBox()->clear();
    QTRY_VERIFY(model->search().isEmpty() && !model->isLoading() && model->rowCount() >= ui::CustomerListModel::kFirstPage);
}

void TstCustomersView::filtersNarrowTheList()
{
    auto *owner = m_view->findChild<QComboBox *>(QStringLiteral("ownerFilter"));
    QVERIFY(owner);
    owner->setCurrentIndex(owner->findData(m_office->consultantId));
    emit owner->activated(owner->currentIndex());
    auto *model = m_view->model();
    QTRY_COMPARE(model->total(), qint64(1));
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->data(model->index(0, ui::CustomerTableModel::Owner)).toString(), QStringLiteral("李顾问"));

    owner->setCurrentIndex(0);
    auto *channel = m_view->findChild<QComboBox *>(QStringLiteral("channelFilter"));
    channel->setCurrentIndex(channel->findText(QStringLiteral("安居客")));
    emit channel->activated(channel->currentIndex());
    QTRY_COMPARE(model->total(), qint64(kGenerated / 2));
    for (int r = 0; r < model->rowCount(); ++r)
        QCOMPARE(model->data(model->index(r, ui::CustomerTableModel::FirstChannel)).toString(), QStringLiteral("安居客"));
}

void TstCustomersView::sortingByClickingAHeader()
{
    auto *model = m_view->model();
    m_view->table()->horizontalHeader()->setSortIndicator(ui::CustomerTableModel::Grade, Qt::AscendingOrder);
    QTRY_VERIFY(!model->isLoading() && model->rowCount() > 0);
    QCOMPARE(model->listSort().column, customer::ListColumn::Grade);
    // The only graded customer comes first; ungraded ones follow.
    QCOMPARE(model->data(model->index(0, ui::CustomerTableModel::Name)).toString(), QStringLiteral("张三"));
    m_view->table()->horizontalHeader()->setSortIndicator(ui::CustomerTableModel::Name, Qt::DescendingOrder);
    QTRY_VERIFY(!model->isLoading() && model->listSort().column == customer::ListColumn::Name && model->rowCount() > 1);
    QVERIFY(model->listSort().descending);
}

void TstCustomersView::enterOpensTheSelectedCustomer()
{
    QSignalSpy opened(&m_office->session(), &ui::OfficeSession::customerOpenRequested);
    QTest::keyClicks(m_view->searchBox(), "5678");
    auto *model = m_view->model();
    QTRY_VERIFY(!model->isLoading() && model->rowCount() == 1);
    m_view->table()->setCurrentIndex(model->index(0, 0));
    QTest::keyClick(m_view->table(), Qt::Key_Return);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(0).toString(), m_office->office().db().queryText("SELECT id FROM customer WHERE name = '张三'"));
}

void TstCustomersView::emptyStatesExplain()
{
    QTest::keyClicks(m_view->searchBox(), "00009999");
    auto *stack = m_view->findChild<QStackedWidget *>();
    QTRY_VERIFY(!m_view->model()->isLoading() && m_view->model()->rowCount() == 0);
    QTRY_VERIFY(stack->currentWidget() != m_view->table());
    auto *hint = qobject_cast<QLabel *>(stack->currentWidget());
    QVERIFY(hint);
    QVERIFY(hint->text().contains(QStringLiteral("00009999")));
    QVERIFY(hint->text().contains(QStringLiteral("Ctrl+N")));
}

void TstCustomersView::exportWritesTextCells()
{
    QTemporaryDir dir;
    const qint64 live = m_office->office().count("SELECT count(*) FROM customer WHERE merged_into IS NULL");
    for (const QString &name : {QStringLiteral("all.csv"), QStringLiteral("all.xlsx")}) {
        const QString path = dir.filePath(name);
        m_view->exportShown(path); // runs in the background
        QTRY_VERIFY2(QFile::exists(path), qPrintable(path));
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
        auto reader = io::openTable(path);
        QVERIFY2(reader.ok(), reader.ok() ? "" : qPrintable(reader.error().message));
        QList<io::TableRow> rows;
        io::TableRow row;
        while ((*reader)->next(row))
            rows << row;
        QCOMPARE((*reader)->header(), ui::CustomerExport::header());
        QCOMPARE(qint64(rows.size()), live); // the whole filter, not only the loaded page
        bool sawFormula = false, sawPhone = false;
        for (const io::TableRow &r : rows) {
            for (int c = 0; c < r.cells.size(); ++c)
                QVERIFY2(!r.numeric.value(c), "every exported cell is text");
            if (r.cells.value(1) == QLatin1String("139****1111")) {
                // A cell that would start a formula is neutralised in CSV; XLSX holds it as a text cell.
                sawFormula = name.endsWith(QLatin1String(".csv")) ? r.cells[0].startsWith(QLatin1Char('\''))
                                                                  : r.cells[0].startsWith(QLatin1Char('='));
            }
            sawPhone = sawPhone || r.cells.value(1) == QLatin1String("138****5678");
        }
        QVERIFY(sawFormula);
        QVERIFY(sawPhone);
    }
}

// "37" + digits: the generated phones hold fragments both at their end and inside.
void TstCustomersView::fragmentHitsSayHowTheyMatched()
{
    auto &db = m_office->office().db();
    // A four-digit fragment that some numbers end in and others hold inside.
    QString fragment;
    auto &st = db.prepare("SELECT substr(digits, -4) FROM customer_phone p WHERE EXISTS (SELECT 1 FROM customer_phone q "
                          "WHERE instr(q.digits, substr(p.digits, -4)) BETWEEN 1 AND 7) LIMIT 1");
    if (st.step())
        fragment = st.text(0);
    st.reset();
    QVERIFY(!fragment.isEmpty());
    QTest::keyClicks(m_view->searchBox(), fragment);
    auto *model = m_view->model();
    QTRY_VERIFY(model->search() == fragment && !model->isLoading() && model->rowCount() >= 2);
    bool inner = false;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QString how = model->matchedBy(r);
        QVERIFY(how == QLatin1String("phone_tail") || how == QLatin1String("phone_fragment"));
        if (how == QLatin1String("phone_tail")) {
            QVERIFY2(!inner, "tail matches come before other fragments");
            QVERIFY(model->data(model->index(r, ui::CustomerTableModel::Phone)).toString().endsWith(fragment));
        } else {
            inner = true;
            QVERIFY(model->data(model->index(r, ui::CustomerTableModel::Phone), Qt::ToolTipRole).toString().contains(fragment));
        }
    }
    QVERIFY(inner);
    auto *count = m_view->findChild<QLabel *>(QStringLiteral("customerCount"));
    QVERIFY2(count->text().contains(fragment), qPrintable(count->text()));
}

// After a header click the new order is shown from its first row, not from the old offset.
void TstCustomersView::aNewSortStartsAtTheTop()
{
    m_view->resize(900, 400);
    m_view->show();
    auto *model = m_view->model();
    auto *table = m_view->table();
    while (model->canFetchMore({}) || model->isLoading()) {
        if (model->canFetchMore({}))
            model->fetchMore({});
        QTRY_VERIFY(!model->isLoading());
    }
    table->setCurrentIndex(model->index(200, 0));
    table->scrollTo(model->index(200, 0), QAbstractItemView::PositionAtCenter);
    QTRY_VERIFY(table->verticalScrollBar()->value() > 0);
    QTest::mouseClick(table->horizontalHeader()->viewport(), Qt::LeftButton, {},
                      QPoint(table->horizontalHeader()->sectionViewportPosition(ui::CustomerTableModel::Grade) + 10, 5));
    QTRY_VERIFY(model->listSort().column == customer::ListColumn::Grade && !model->isLoading() && model->rowCount() > 0);
    QTest::qWait(100);
    QCOMPARE(table->verticalScrollBar()->value(), 0);
    QCOMPARE(table->rowAt(0), 0);
}

void TstCustomersView::ctrlEndReachesTheLastCustomer()
{
    m_view->resize(900, 400);
    m_view->show();
    auto *model = m_view->model();
    auto *table = m_view->table();
    const qint64 live = m_office->office().count("SELECT count(*) FROM customer WHERE merged_into IS NULL");
    // The office's first and last customer in the list's order, read whole from the database.
    QStringList all;
    {
        customer::CustomerList list(m_office->office().db());
        customer::ListCursor c;
        while (!c.done) {
            const auto page = list.page({}, model->listSort(), c, 1000);
            for (const auto &r : page.value())
                all << r.id;
        }
    }
    QCOMPARE(qint64(all.size()), live);
    const QString oldest = all.last();
    const QString newest = all.first();
    QCOMPARE(model->rowCount(), ui::CustomerListModel::kFirstPage);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
    QTRY_VERIFY(model->showingEnd() && !model->isLoading() && model->rowCount() > 0);
    QTRY_COMPARE(model->customerId(table->currentIndex().row()), oldest);
    QCOMPARE(table->currentIndex().row(), model->rowCount() - 1);
    QVERIFY(qint64(model->rowCount()) < live); // only the end was read
    QCOMPARE(model->total(), live);
    // Scrolling up reads the earlier rows, the rows on screen staying put.
    const int before = model->rowCount();
    table->verticalScrollBar()->setValue(0);
    const QString shown = model->customerId(0); // at the top when the earlier page is asked for
    QTRY_VERIFY(model->rowCount() > before && !model->isLoading());
    QTRY_COMPARE(model->customerId(table->rowAt(0)), shown);
    while (model->canFetchEarlier() || model->isLoading()) {
        table->verticalScrollBar()->setValue(0);
        QTRY_VERIFY(!model->isLoading());
    }
    QCOMPARE(qint64(model->rowCount()), live);
    QCOMPARE(model->customerId(0), newest);
    QSet<QString> ids;
    for (int r = 0; r < model->rowCount(); ++r)
        ids.insert(model->customerId(r));
    QCOMPARE(qint64(ids.size()), live);
    // Ctrl+Home from a partly read end goes back to the top.
    model->reload();
    QTRY_VERIFY(!model->isLoading() && model->rowCount() == ui::CustomerListModel::kFirstPage);
    QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
    QTRY_VERIFY(model->showingEnd() && !model->isLoading() && model->rowCount() < live);
    QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
    QTRY_VERIFY(!model->showingEnd() && !model->isLoading() && model->rowCount() > 0);
    QTRY_COMPARE(table->currentIndex().row(), 0);
    QCOMPARE(model->customerId(0), newest);
}

// With 我的 on, a customer owned by someone else is not "no match": the desk says how many
// the filters hide and shows them in one click, before anyone registers a duplicate.
void TstCustomersView::searchSaysWhatTheFiltersHide()
{
    m_office->session().setCurrentUserId(m_office->secondConsultantId);
    auto *owner = m_view->findChild<QComboBox *>(QStringLiteral("ownerFilter"));
    owner->setCurrentIndex(owner->findData(QStringLiteral("@me")));
    emit owner->activated(owner->currentIndex());
    auto *model = m_view->model();
    QTRY_VERIFY(!model->isLoading() && model->filter().ownerId == m_office->secondConsultantId);
    m_view->searchBox()->insert(QStringLiteral("张三"));
    QTRY_VERIFY(model->search() == QStringLiteral("张三") && !model->isLoading());
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(model->hiddenByFilters(), qint64(1));
    auto *stack = m_view->findChild<QStackedWidget *>();
    auto *hint = qobject_cast<QLabel *>(stack->currentWidget());
    QVERIFY(hint && hint->text().contains(QStringLiteral("1")));
    QPushButton *outside = m_view->outsideFiltersButton();
    QVERIFY(!outside->isHidden());
    QVERIFY(outside->text().contains(QStringLiteral("1")));
    outside->click();
    QTRY_VERIFY(!model->isLoading() && model->rowCount() == 1);
    QCOMPARE(model->filter(), customer::ListFilter());
    QCOMPARE(model->data(model->index(0, ui::CustomerTableModel::Name)).toString(), QStringLiteral("张三"));
    QVERIFY(outside->isHidden());
    m_office->session().setCurrentUserId(m_office->managerId);
}

void TstCustomersView::filtersBelongToTheUser()
{
    auto &session = m_office->session();
    session.setCurrentUserId(m_office->consultantId);
    auto *status = m_view->findChild<QComboBox *>(QStringLiteral("statusFilter"));
    auto *owner = m_view->findChild<QComboBox *>(QStringLiteral("ownerFilter"));
    owner->setCurrentIndex(owner->findData(QStringLiteral("@me")));
    emit owner->activated(owner->currentIndex());
    status->setCurrentIndex(status->findData(QStringLiteral("new")));
    emit status->activated(status->currentIndex());
    auto *model = m_view->model();
    QTRY_VERIFY(model->filter().status == QStringLiteral("new") && model->filter().ownerId == m_office->consultantId);
    // The next person at the desk starts unfiltered.
    session.setCurrentUserId(m_office->secondConsultantId);
    QTRY_VERIFY(!model->isLoading());
    QCOMPARE(model->filter(), customer::ListFilter());
    QCOMPARE(status->currentIndex(), 0);
    QCOMPARE(owner->currentIndex(), 0);
    // And the first gets their own filters back.
    session.setCurrentUserId(m_office->consultantId);
    QTRY_VERIFY(!model->isLoading());
    QCOMPARE(model->filter().status, QStringLiteral("new"));
    QCOMPARE(model->filter().ownerId, m_office->consultantId);
    session.setCurrentUserId(m_office->managerId);
}

QTEST_MAIN(TstCustomersView)
// A damaged office (a table the list reads is gone): the screen says the customers could not
// be read and why, both browsing and searching — never "This office has no customers yet".
void TstCustomersView::aBrokenOfficeShowsTheReadError()
{
    test::UiTestOffice broken;
    auto &o = broken.office();
    o.ingest(o.lead({"姓名", "手机"}, {"张三", "13812345678"}));
    QVERIFY(o.db().execute("ALTER TABLE customer_phone RENAME TO customer_phone_gone").ok());
    ui::CustomersView view(broken.session());
    QSignalSpy failed(view.model(), &ui::CustomerListModel::readFailed);
    view.activated();
    QTRY_VERIFY(failed.count() > 0 && !view.model()->isLoading());
    QVERIFY2(view.model()->readError().contains("customer_phone"), qPrintable(view.model()->readError()));
    QCOMPARE(view.model()->rowCount(), 0);
    auto *stack = view.findChild<QStackedWidget *>();
    auto *hint = qobject_cast<QLabel *>(stack->currentWidget());
    QVERIFY(hint && stack->currentWidget() != view.table());
    QVERIFY2(hint->text().contains("customer_phone"), qPrintable(hint->text()));
    QVERIFY(!hint->text().contains(QStringLiteral("no customers")));
    auto *count = view.findChild<QLabel *>(QStringLiteral("customerCount"));
    QVERIFY(count && count->toolTip().contains("customer_phone"));

    failed.clear();
    QTest::keyClicks(view.searchBox(), "5678");
    QTRY_VERIFY(failed.count() > 0 && !view.model()->isLoading());
    QTRY_VERIFY(qobject_cast<QLabel *>(stack->currentWidget()) &&
                qobject_cast<QLabel *>(stack->currentWidget())->text().contains("customer_phone"));
    QVERIFY(!qobject_cast<QLabel *>(stack->currentWidget())->text().contains(QStringLiteral("No customer matches")));
}

#include "tst_customersview.moc"
