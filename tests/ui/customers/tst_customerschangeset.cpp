// Change sets reach the open customer list: a follow-up added while scrolled to row 50 000
// updates that one row — no reset, the scroll position and the selection stay, and the
// whole-office count is not run again. New and merged customers come and go in place.
#include "customers/customerfilterbar.h"
#include "customers/customerlistmodel.h"
#include "customers/customersview.h"
#include "uitestoffice.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace shoulou;

class TstCustomersChangeSet : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { m_office.reset(); }
    void followUpAtRow50000KeepsPositionAndSelection();
    void newCustomerAppearsWithoutAReset();
    void mergedCustomerLeavesTheList();
    void consultantsSortByPinyin();

private:
    bool applyOnDesk(const QString &name, const QJsonObject &args, QJsonObject *result = nullptr);
    std::unique_ptr<test::UiTestOffice> m_office;
    std::unique_ptr<ui::CustomersView> m_view;
    static constexpr int kCustomers = 50500;
};

void TstCustomersChangeSet::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_office = std::make_unique<test::UiTestOffice>();
    auto &o = m_office->office();
    for (const char *name : {"张顾问", "陈顾问", "安顾问"})
        QVERIFY(o.applier()
                    .apply("user.create", 1,
                           {{"login", QString::fromUtf8(name)}, {"display_name", QString::fromUtf8(name)}, {"role", "consultant"}})
                    .ok());
    // Fixture rows written straight into the table (a lead.ingest each would take a minute):
    // ids ascend with i, so the list (newest first) shows customer i at row kCustomers - 1 - i.
    const qint64 now = o.clock().nowMs();
    // (No QString::arg here: it would take printf's "%01…" for its own place markers.)
    const QString sql = QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ") +
                        QString::number(kCustomers - 1) +
                        QStringLiteral(
                            ") INSERT INTO customer(id, name, name_key, pinyin, initials, status, first_seen_at, first_seen_key, "
                            "root_id, created_at, updated_at) SELECT printf('00000000-0000-7000-8000-%012d', i), '客户' || i, "
                            "'客户' || i, 'kehu' || i, 'kh', 'new', ") +
                        QString::number(now) + QStringLiteral(", printf('%012d', i), printf('00000000-0000-7000-8000-%012d', i), ") +
                        QString::number(now) + QLatin1String(", ") + QString::number(now) + QStringLiteral(" FROM n");
    const auto inserted = o.db().execute(sql);
    QVERIFY2(inserted.ok(), inserted.ok() ? "" : qPrintable(inserted.error().message));
    m_view = std::make_unique<ui::CustomersView>(m_office->session());
    m_view->resize(1000, 600);
    m_view->show();
    m_view->activated();
    QTRY_VERIFY(m_view->model()->rowCount() > 0 && m_view->model()->total() == kCustomers);
}

bool TstCustomersChangeSet::applyOnDesk(const QString &name, const QJsonObject &args, QJsonObject *result)
{
    bool done = false, ok = false;
    m_office->session().apply(name, 1, args, m_view.get(), [&](Result<QJsonObject> r) {
        done = true;
        ok = r.ok();
        if (!r)
            qWarning() << r.error().message;
        else if (result)
            *result = *r;
    });
    QSignalSpy applied(m_view->model(), &ui::CustomerListModel::changesApplied);
    return QTest::qWaitFor([&] { return done && (!ok || applied.count() > 0); }, 10000) && ok;
}

void TstCustomersChangeSet::followUpAtRow50000KeepsPositionAndSelection()
{
    auto *model = m_view->model();
    auto *table = m_view->table();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    while (model->rowCount() <= 50000) {
        if (model->canFetchMore({}))
            model->fetchMore({});
        QTRY_VERIFY(!model->isLoading());
    }
    const int loaded = model->rowCount();
    table->setCurrentIndex(model->index(50000, 0));
    table->scrollTo(model->index(50000, 0), QAbstractItemView::PositionAtCenter);
    QCoreApplication::processEvents();
    const int scroll = table->verticalScrollBar()->value();
    const int top = table->rowAt(0);
    QVERIFY(scroll > 0);
    const QString id = model->customerId(50000);
    QCOMPARE(model->data(model->index(50000, ui::CustomerTableModel::LastFollowUp)).toString(), QString());

    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    QSignalSpy counted(model, &ui::CustomerListModel::totalChanged);
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    QVERIFY(applyOnDesk("followup.add", {{"customer_id", id}, {"kind", "call"}, {"note", "回访"}}));
    QCOMPARE(m_office->session().background().pending(), 0); // no whole-office count queued
    QCOMPARE(reset.count(), 0);
    QCOMPARE(counted.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 50000);
    QVERIFY(model->rowCount() >= loaded); // (the shown view may have paged on meanwhile)
    QCOMPARE(model->customerId(50000), id);
    QVERIFY(!model->data(model->index(50000, ui::CustomerTableModel::LastFollowUp)).toString().isEmpty());
    QCOMPARE(model->row(50000).status, QStringLiteral("following"));
    QCOMPARE(table->currentIndex().row(), 50000);
    QCOMPARE(table->verticalScrollBar()->value(), scroll);
    QCOMPARE(table->rowAt(0), top);
    QCOMPARE(model->total(), qint64(kCustomers));
}

void TstCustomersChangeSet::newCustomerAppearsWithoutAReset()
{
    auto *model = m_view->model();
    while (!model->complete()) {
        if (model->canFetchMore({}))
            model->fetchMore({});
        QTRY_VERIFY(!model->isLoading());
    }
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    const int before = model->rowCount();
    const QString selected = model->customerId(m_view->table()->currentIndex().row());
    auto &o = m_office->office();
    QJsonObject r;
    QVERIFY(applyOnDesk("lead.ingest", o.lead({"姓名", "手机"}, {"新客户", "13912340000"}).toArgs(), &r));
    const QString id = r.value("customer_id").toString();
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model->rowCount(), before + 1);
    // Where the list's order puts it (by name: after every 客户N, whose pinyin is kehu…).
    const QString previous = customer::CustomerList(o.db()).previousId(model->filter(), model->listSort(), id).value();
    QVERIFY(!previous.isEmpty());
    QCOMPARE(model->rowOf(id), model->rowOf(previous) + 1);
    QCOMPARE(model->total(), qint64(kCustomers + 1));
    QCOMPARE(model->customerId(m_view->table()->currentIndex().row()), selected); // the selection follows its row
}

void TstCustomersChangeSet::mergedCustomerLeavesTheList()
{
    auto *model = m_view->model();
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    const int before = model->rowCount();
    const QString a = model->customerId(10), b = model->customerId(20);
    QJsonObject r;
    QVERIFY(applyOnDesk("customer.merge", {{"a", a}, {"b", b}, {"force", true}}, &r));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model->rowCount(), before - 1);
    const QString gone = r.value("merged_id").toString();
    QCOMPARE(model->rowOf(gone), -1);
    QVERIFY(model->rowOf(r.value("survivor_id").toString()) >= 0);
    QTRY_COMPARE(model->total(), qint64(kCustomers)); // a merge recounts (on the background worker)
}

// People lists sort by pinyin: 安 (an), 陈 (chen), 李 (li), 王 (wang), 张 (zhang), 赵 (zhao) —
// not by code point, which would put 张 first and 陈 last.
void TstCustomersChangeSet::consultantsSortByPinyin()
{
    auto *owner = m_view->findChild<QComboBox *>(QStringLiteral("ownerFilter"));
    QStringList people;
    for (int i = 3; i < owner->count(); ++i) // after Everyone, Mine, Unassigned
        people << owner->itemText(i);
    QCOMPARE(people, (QStringList{"安顾问", "陈顾问", "李顾问", "王经理", "张顾问", "赵顾问"}));
}

QTEST_MAIN(TstCustomersChangeSet)
#include "tst_customerschangeset.moc"
