// Today: a consultant sees their own due and overdue follow-ups and recent assignments; a
// manager sees the office's. Checked against the database after real mutations.
#include "common/displayformat.h"
#include "customers/customertablemodel.h"
#include "today/todayview.h"
#include "uitestoffice.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QtTest>

using namespace shoulou;

class TstTodayView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void consultantSeesOwnDueAndAssigned();
    void managerSeesTheOffice();
    void emptyDayExplains();
    void todayFirstThenOverdueWithCounts();
    void aBrokenOfficeShowsTheReadError();
};

namespace {

constexpr qint64 kDay = 86400000;

QString add(test::UiTestOffice &o, const QString &name, const QString &phone, const QString &owner, qint64 next, qint64 assignedAt)
{
    auto &office = o.office();
    const auto r = office.ingest(office.lead({"姓名", "手机"}, {name, phone}));
    const QString id = r.value(QStringLiteral("customer_id")).toString();
    if (!owner.isEmpty())
        (void)office.applier().apply("customer.update", 1, {{"customer_id", id}, {"owner_id", owner}, {"assigned_at", assignedAt}});
    if (next)
        (void)office.applier().apply(
            "followup.add", 1, {{"customer_id", id}, {"kind", "call"}, {"note", "n"}, {"occurred_at", next - 2 * kDay}, {"next_at", next}});
    return id;
}

} // namespace

void TstTodayView::consultantSeesOwnDueAndAssigned()
{
    test::UiTestOffice o;
    const qint64 now = o.office().clock().nowMs();
    const qint64 endOfToday = ui::DisplayFormat::startOfDay(now) + kDay;
    const QString overdue = add(o, "过期", "13811110001", o.consultantId, now - kDay, now - 30 * kDay);
    const QString today = add(o, "今天", "13811110002", o.consultantId, qMin(now + 60000, endOfToday - 1), now - 30 * kDay);
    add(o, "下周", "13811110003", o.consultantId, now + 7 * kDay, now - 30 * kDay);
    add(o, "别人", "13811110004", o.secondConsultantId, now - kDay, now - kDay);
    const QString fresh = add(o, "新分", "13811110005", o.consultantId, 0, now - 2 * kDay);
    add(o, "旧分", "13811110006", o.consultantId, 0, now - 20 * kDay);

    o.session().setCurrentUserId(o.consultantId);
    ui::TodayView view(o.session());
    QAbstractItemModelTester due(view.dueModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester assigned(view.assignedModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&view, &ui::TodayView::loaded);
    view.activated();
    QTRY_VERIFY(loaded.count() >= 1 && o.session().background().pending() == 0);

    // Issue #10: today's due first (its own section), then the overdue ones.
    QCOMPARE(view.dueModel()->rowCount(), 1);
    QCOMPARE(view.dueModel()->customerId(0), today);
    QCOMPARE(view.overdueModel()->rowCount(), 1);
    QCOMPARE(view.overdueModel()->customerId(0), overdue);
    // Red for the overdue one only.
    QVERIFY(view.overdueModel()->data(view.overdueModel()->index(0, ui::CustomerTableModel::NextFollowUp), Qt::ForegroundRole).isValid());
    QVERIFY(!view.dueModel()->data(view.dueModel()->index(0, ui::CustomerTableModel::NextFollowUp), Qt::ForegroundRole).isValid());
    // Assigned within the last week: only 新分 (the others 20 or 30 days ago).
    QCOMPARE(view.assignedModel()->rowCount(), 1);
    QCOMPARE(view.assignedModel()->customerId(0), fresh);
}

void TstTodayView::managerSeesTheOffice()
{
    test::UiTestOffice o;
    const qint64 now = o.office().clock().nowMs();
    add(o, "甲", "13811110011", o.consultantId, now - kDay, now - kDay);
    add(o, "乙", "13811110012", o.secondConsultantId, now - 2 * kDay, now - kDay);
    o.session().setCurrentUserId(o.managerId);
    ui::TodayView view(o.session());
    QSignalSpy loaded(&view, &ui::TodayView::loaded);
    view.activated();
    QTRY_VERIFY(loaded.count() >= 1 && o.session().background().pending() == 0);
    QCOMPARE(view.overdueModel()->rowCount(), 2);
    QCOMPARE(view.assignedModel()->rowCount(), 2);
    auto *summary = view.findChild<QLabel *>(QStringLiteral("todaySummary"));
    QVERIFY(summary->text().contains(QStringLiteral("2 overdue")));
    // A follow-up added on the desk moves the customer out of the overdue list.
    const QString id = view.overdueModel()->customerId(0);
    bool applied = false;
    o.session().apply("followup.add", 1, {{"customer_id", id}, {"kind", "call"}, {"note", "done"}, {"next_at", now + 5 * kDay}}, &view,
                      [&](Result<QJsonObject> r) { applied = r.ok(); });
    QTRY_VERIFY(applied);
    QTRY_COMPARE(view.overdueModel()->rowCount(), 1);
    // A manager sees whose customers they are.
    QVERIFY(!view.findChild<QTableView *>(QStringLiteral("overdueTable"))->isColumnHidden(ui::CustomerTableModel::Owner));
}

void TstTodayView::emptyDayExplains()
{
    test::UiTestOffice o;
    o.session().setCurrentUserId(o.consultantId);
    ui::TodayView view(o.session());
    QSignalSpy loaded(&view, &ui::TodayView::loaded);
    view.activated();
    QTRY_VERIFY(loaded.count() >= 1 && o.session().background().pending() == 0);
    const auto stacks = view.findChildren<QStackedWidget *>();
    QCOMPARE(stacks.size(), 3); // due today, overdue, assigned
    for (auto *s : stacks) {
        auto *hint = qobject_cast<QLabel *>(s->currentWidget());
        QVERIFY2(hint, "an empty list shows its hint, not an empty table");
        QVERIFY(!hint->text().isEmpty());
    }
}

// 197 overdue items from June above today's 44 buried the day: today's come first, the
// overdue after them (most recent first), each section headed by its count; one's own Today
// does not repeat one's own name in a consultant column.
void TstTodayView::todayFirstThenOverdueWithCounts()
{
    test::UiTestOffice o;
    const qint64 now = o.office().clock().nowMs();
    const qint64 start = ui::DisplayFormat::startOfDay(now);
    QStringList overdue, today;
    for (int i = 0; i < 4; ++i)
        overdue << add(o, QStringLiteral("旧%1").arg(i), QStringLiteral("1381111020%1").arg(i), o.consultantId, start - (i + 1) * kDay,
                       now - 30 * kDay);
    for (int i = 0; i < 2; ++i)
        today << add(o, QStringLiteral("今%1").arg(i), QStringLiteral("1381111030%1").arg(i), o.consultantId, start + kDay - 1000 * (2 - i),
                     now - 30 * kDay);
    o.session().setCurrentUserId(o.consultantId);
    ui::TodayView view(o.session());
    view.resize(900, 700);
    view.show();
    QSignalSpy loaded(&view, &ui::TodayView::loaded);
    view.activated();
    QTRY_VERIFY(loaded.count() >= 1 && o.session().background().pending() == 0);
    QCOMPARE(view.dueModel()->rowCount(), 2);
    QCOMPARE(view.dueModel()->customerId(0), today[0]); // soonest first
    QCOMPARE(view.overdueModel()->rowCount(), 4);
    QCOMPARE(view.overdueModel()->customerId(0), overdue[0]); // yesterday's before older ones
    QCOMPARE(view.overdueModel()->customerId(3), overdue[3]);
    // The due-today section is above the overdue one.
    auto *dueTable = view.findChild<QTableView *>(QStringLiteral("dueTable"));
    auto *overdueTable = view.findChild<QTableView *>(QStringLiteral("overdueTable"));
    QVERIFY(dueTable->mapTo(&view, QPoint()).y() < overdueTable->mapTo(&view, QPoint()).y());
    QVERIFY(view.findChild<QLabel *>(QStringLiteral("dueTitle"))->text().contains(QStringLiteral("(2)")));
    QVERIFY(view.findChild<QLabel *>(QStringLiteral("overdueTitle"))->text().contains(QStringLiteral("(4)")));
    QVERIFY(view.findChild<QLabel *>(QStringLiteral("assignedTitle"))->text().contains(QStringLiteral("(0)")));
    QVERIFY(dueTable->isColumnHidden(ui::CustomerTableModel::Owner));
    QVERIFY(overdueTable->isColumnHidden(ui::CustomerTableModel::Owner));
}

QTEST_MAIN(TstTodayView)
// A read that fails is said in each section, never shown as an empty day ("nothing due").
void TstTodayView::aBrokenOfficeShowsTheReadError()
{
    test::UiTestOffice o;
    QVERIFY(o.office().db().execute("ALTER TABLE customer RENAME TO customer_gone").ok());
    ui::TodayView view(o.session());
    QSignalSpy loaded(&view, &ui::TodayView::loaded);
    view.activated();
    QTRY_VERIFY(loaded.count() >= 1 && o.session().background().pending() == 0);
    QCOMPARE(view.findChild<QLabel *>(QStringLiteral("todaySummary"))->text(), QStringLiteral("Today could not be read."));
    const auto stacks = view.findChildren<QStackedWidget *>();
    QCOMPARE(stacks.size(), 3);
    for (auto *s : stacks) {
        auto *hint = qobject_cast<QLabel *>(s->currentWidget());
        QVERIFY2(hint, "a failed list shows its error, not an empty table");
        QVERIFY2(hint->text().contains(QStringLiteral("Could not read this list.")), qPrintable(hint->text()));
        QVERIFY2(!hint->text().contains(QStringLiteral("Nothing due")), qPrintable(hint->text()));
    }
}

#include "tst_todayview.moc"
