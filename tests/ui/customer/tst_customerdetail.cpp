// The customer detail dialog driven through its widgets; every assertion reads the database
// through the test's own connection.
#include "common/displayformat.h"
#include "customer/customerdetaildialog.h"
#include "customer/followupbar.h"
#include "customer/noteedit.h"
#include "customer/profileeditor.h"
#include "customer/timelinemodel.h"
#include "detailfixture.h"
#include "typing.h"
#include "uitestoffice.h"
#include "waitforidle.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>

using namespace shoulou;

using test::type;

class TstCustomerDetail final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsProfileChannelsAndTimelineNewestFirst()
    {
        test::UiTestOffice t;
        const QString id = test::seedDetailCustomer(t);
        auto d = test::openDetail(t, id);
        QCOMPARE(d->profile()->nameEdit()->text(), QStringLiteral("张三"));
        QCOMPARE(d->phonesLabel()->text(), QStringLiteral("138****5678"));
        QCOMPARE(d->residentIdLabel()->text(), QStringLiteral("1101**********002X"));
        QVERIFY(!d->phonesLabel()->text().contains("1234"));

        // Channels in the order they reached the customer, with weights 0.4 : 1.0.
        QTableWidget *ch = d->channelTable();
        QCOMPARE(ch->rowCount(), 2);
        QVERIFY(ch->item(0, 0)->text().startsWith(QStringLiteral("抖音")));
        QCOMPARE(ch->item(0, 1)->text(), ui::DisplayFormat::weight(286)); // 400 / 1400
        QCOMPARE(ch->item(0, 2)->text(), ui::DisplayFormat::dateTime(1'760'000'000'000));
        QVERIFY(ch->item(1, 0)->text().startsWith(QStringLiteral("自然到访")));

        ui::TimelineModel *m = d->timeline();
        QAbstractItemModelTester tester(m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m->rowCount(), 3);
        QCOMPARE(m->index(0, 0).data(ui::TimelineModel::EntryKindRole).toString(), QStringLiteral("touch"));
        QCOMPARE(m->index(1, 0).data(ui::TimelineModel::EntryKindRole).toString(), QStringLiteral("follow_up"));
        QCOMPARE(m->index(1, ui::TimelineModel::Details).data().toString(), QStringLiteral("问了价格"));
        QCOMPARE(m->index(2, 0).data(ui::TimelineModel::EntryKindRole).toString(), QStringLiteral("touch"));
        for (int r = 1; r < m->rowCount(); ++r)
            QVERIFY(m->index(r - 1, 0).data(ui::TimelineModel::TimeMsRole).toLongLong() >
                    m->index(r, 0).data(ui::TimelineModel::TimeMsRole).toLongLong());
    }

    void saveSendsOnlyChangedFields()
    {
        test::UiTestOffice t;
        const QString id = test::seedDetailCustomer(t);
        auto d = test::openDetail(t, id);
        ui::ProfileEditor *p = d->profile();
        QVERIFY(!p->saveButton()->isEnabled()); // nothing changed yet
        p->gradeBox()->setCurrentIndex(p->gradeBox()->findData("B"));
        p->budgetBox()->setValue(350);
        p->layoutBox()->setCurrentText(QStringLiteral("三室两厅"));
        p->ownerBox()->setCurrentIndex(p->ownerBox()->findData(t.consultantId));
        QVERIFY(p->saveButton()->isEnabled());
        const qint64 updates = t.office().count("SELECT count(*) FROM outbox WHERE name = 'customer.update'");
        p->saveButton()->click();
        QTRY_COMPARE(t.office().count("SELECT count(*) FROM outbox WHERE name = 'customer.update'"), updates + 1);

        auto &db = t.office().db();
        QCOMPARE(db.queryText("SELECT grade FROM customer WHERE id = ?1", id), QStringLiteral("B"));
        QCOMPARE(db.queryText("SELECT owner_id FROM customer WHERE id = ?1", id), t.consultantId);
        const QJsonObject req =
            QJsonDocument::fromJson(db.queryText("SELECT requirement FROM customer WHERE id = ?1", id).toUtf8()).object();
        QCOMPARE(qint64(req["budget_fen"].toDouble()), qint64(350'000'000)); // 350万元 = ¥3 500 000
        QCOMPARE(req["layout"].toString(), QStringLiteral("三室两厅"));
        const QJsonObject args =
            QJsonDocument::fromJson(
                db.queryText("SELECT args FROM outbox WHERE name = 'customer.update' ORDER BY client_seq DESC LIMIT 1").toUtf8())
                .object();
        const QStringList keys = args.keys();
        QCOMPARE(QSet<QString>(keys.begin(), keys.end()), (QSet<QString>{"customer_id", "grade", "requirement", "owner_id"}));
        // The dialog reloads what was stored.
        QTRY_COMPARE(d->detail().grade, QStringLiteral("B"));
        QTRY_VERIFY(!p->saveButton()->isEnabled());
        QCOMPARE(p->budgetBox()->value(), 350.0);
    }

    void emptyNameIsRefusedNextToTheField()
    {
        test::UiTestOffice t;
        const QString id = test::seedDetailCustomer(t);
        auto d = test::openDetail(t, id);
        const qint64 outbox = t.office().count("SELECT count(*) FROM outbox");
        d->profile()->nameEdit()->clear();
        type(d->profile()->nameEdit(), " ");
        d->profile()->saveButton()->click();
        QVERIFY(d->profile()->nameError()->isVisible());
        QVERIFY(d->profile()->nameError()->text().startsWith(QStringLiteral("Name:")));
        shoulou::test::waitForIdle(t.session().writer());
        QCOMPARE(t.office().count("SELECT count(*) FROM outbox"), outbox);
        QCOMPARE(t.office().db().queryText("SELECT name FROM customer WHERE id = ?1", id), QStringLiteral("张三"));
    }

    void revealIsRecordedThenShown()
    {
        test::UiTestOffice t;
        const QString id = test::seedDetailCustomer(t);
        auto d = test::openDetail(t, id);
        QVERIFY(d->showPhonesButton()->isVisible());
        d->showPhonesButton()->click();
        QTRY_COMPARE(d->phonesLabel()->text(), QStringLiteral("138 1234 5678"));
        QVERIFY(!d->showPhonesButton()->isVisible());
        auto &db = t.office().db();
        QCOMPARE(t.office().count("SELECT count(*) FROM reveal_log WHERE field = 'phone'"), 1);
        QCOMPARE(db.queryText("SELECT user_id FROM reveal_log"), t.session().currentUserId());
        QCOMPARE(db.queryText("SELECT customer_id FROM reveal_log"), id);
        // The outbox says who looked at what, never the number itself.
        const QJsonObject args =
            QJsonDocument::fromJson(db.queryText("SELECT args FROM outbox WHERE name = 'customer.reveal'").toUtf8()).object();
        QCOMPARE(args, (QJsonObject{{"customer_id", id}, {"field", "phone"}}));

        d->showResidentIdButton()->click();
        QTRY_COMPARE(d->residentIdLabel()->text(), QStringLiteral("11010519491231002X"));
        QCOMPARE(t.office().count("SELECT count(*) FROM reveal_log WHERE field = 'resident_id'"), 1);
    }

    void mergesAndUnmergesAppearInTheTimeline()
    {
        test::UiTestOffice t;
        auto &o = t.office();
        const QString a = o.ingest(o.lead({"姓名", "手机"}, {"张三", "13812345678"})).value("customer_id").toString();
        o.clock().setMs(o.clock().nowMs() + test::kHour);
        const QString b = o.ingest(o.lead({"姓名", "手机"}, {"张三丰", "13912345678"})).value("customer_id").toString();
        o.clock().setMs(o.clock().nowMs() + test::kHour);
        QVERIFY(o.applier().apply("customer.merge", 1, {{"a", a}, {"b", b}}).ok());
        o.clock().setMs(o.clock().nowMs() + test::kHour);
        QVERIFY(o.applier().apply("customer.unmerge", 1, {{"customer_id", b}}).ok());
        auto d = test::openDetail(t, a);
        ui::TimelineModel *m = d->timeline();
        QAbstractItemModelTester tester(m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Newest first: separated, merged, then the customer's own lead.
        QCOMPARE(m->rowCount(), 3);
        QCOMPARE(m->index(0, 0).data(ui::TimelineModel::EntryKindRole).toString(), QStringLiteral("unmerge"));
        QCOMPARE(m->index(1, 0).data(ui::TimelineModel::EntryKindRole).toString(), QStringLiteral("merge"));
        QVERIFY(m->index(1, ui::TimelineModel::Details).data().toString().contains(QStringLiteral("张三丰")));
        QCOMPARE(m->index(2, 0).data(ui::TimelineModel::EntryKindRole).toString(), QStringLiteral("touch"));
    }

    void escapeCloses()
    {
        test::UiTestOffice t;
        const QString id = test::seedDetailCustomer(t);
        auto d = test::openDetail(t, id);
        QTest::keyClick(d.get(), Qt::Key_Escape);
        QVERIFY(!d->isVisible());
    }

    void openForRaisesTheOpenDialog()
    {
        test::UiTestOffice t;
        const QString id = test::seedDetailCustomer(t);
        QWidget window;
        auto *a = ui::CustomerDetailDialog::openFor(t.session(), id, &window);
        auto *b = ui::CustomerDetailDialog::openFor(t.session(), id, &window);
        QCOMPARE(a, b);
        QCOMPARE(window.findChildren<ui::CustomerDetailDialog *>().size(), 1);
        QTRY_VERIFY(a->isLoaded());
    }

    void unknownCustomerSaysSo()
    {
        test::UiTestOffice t;
        ui::CustomerDetailDialog d(t.session(), QStringLiteral("no-such-customer"));
        QTRY_VERIFY(!d.statusLabel()->text().isEmpty());
        QVERIFY(!d.profile()->isEnabled());
    }

    void channelWeightsShowAsPercentages()
    {
        test::UiTestOffice t;
        const QString id = test::seedDetailCustomer(t);
        auto d = test::openDetail(t, id);
        QCOMPARE(d->channelTable()->item(0, 1)->text(), QStringLiteral("28.6%")); // 400 / 1400
        QCOMPARE(d->channelTable()->item(1, 1)->text(), QStringLiteral("71.4%"));
    }

    void tabLeavesTheTablesForTheFollowUpLine()
    {
        test::UiTestOffice t;
        const QString id = test::seedDetailCustomer(t);
        auto d = test::openDetail(t, id);
        QApplication::setActiveWindow(d.get());
        QVERIFY(QTest::qWaitForWindowActive(d.get()));
        // Tab from the channel table reaches the follow-up line (not the next cell)…
        d->channelTable()->setFocus();
        QTRY_VERIFY(d->channelTable()->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY2(d->followUpBar()->isAncestorOf(QApplication::focusWidget()),
                 qPrintable(QApplication::focusWidget() ? QApplication::focusWidget()->metaObject()->className() : "none"));
        int steps = 0;
        while (QApplication::focusWidget() != d->followUpBar()->noteEdit() && steps++ < 3)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), d->followUpBar()->noteEdit());
        // …and Shift+Tab from the timeline goes back to it, not to the previous cell.
        d->timelineView()->setFocus();
        d->timelineView()->setCurrentIndex(d->timeline()->index(1, 1));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
        QVERIFY(d->followUpBar()->isAncestorOf(QApplication::focusWidget()));
    }

    void escapeWithUnsavedEditsAsks()
    {
        test::UiTestOffice t;
        const QString id = test::seedDetailCustomer(t);
        auto d = test::openDetail(t, id);
        const qint64 updates = t.office().count("SELECT count(*) FROM outbox WHERE name = 'customer.update'");
        type(d->profile()->tagsEdit(), QStringLiteral("学区房"));
        auto answer = [&](QMessageBox::StandardButton button) {
            QTest::keyClick(d.get(), Qt::Key_Escape);
            QMessageBox *box = nullptr;
            QTRY_VERIFY((box = d->findChild<QMessageBox *>(QStringLiteral("unsavedEdits"))));
            QVERIFY(box->button(QMessageBox::Save) && box->button(QMessageBox::Discard) && box->button(QMessageBox::Cancel));
            box->button(button)->click();
        };
        // Go back: the dialog stays with what was typed.
        answer(QMessageBox::Cancel);
        QVERIFY(d->isVisible());
        QCOMPARE(d->profile()->tagsEdit()->text(), QStringLiteral("学区房"));
        // Save: stored, then closed.
        answer(QMessageBox::Save);
        QTRY_COMPARE(t.office().count("SELECT count(*) FROM outbox WHERE name = 'customer.update'"), updates + 1);
        QTRY_VERIFY(!d->isVisible());
        QCOMPARE(t.office().db().queryText("SELECT tags FROM customer WHERE id = ?1", id), QStringLiteral("[\"学区房\"]"));

        // Discard: closed, nothing stored.
        auto e = test::openDetail(t, id);
        type(e->profile()->tagsEdit(), QStringLiteral("，二套"));
        QTest::keyClick(e.get(), Qt::Key_Escape);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = e->findChild<QMessageBox *>(QStringLiteral("unsavedEdits"))));
        box->button(QMessageBox::Discard)->click();
        QTRY_VERIFY(!e->isVisible());
        shoulou::test::waitForIdle(t.session().writer());
        QCOMPARE(t.office().count("SELECT count(*) FROM outbox WHERE name = 'customer.update'"), updates + 1);
    }

    void fieldErrorClearsOnceTheValueIsRight()
    {
        test::UiTestOffice t;
        const QString id = test::seedDetailCustomer(t);
        auto d = test::openDetail(t, id);
        d->profile()->nameEdit()->clear();
        type(d->profile()->nameEdit(), " ");
        d->profile()->saveButton()->click();
        QVERIFY(d->profile()->nameError()->isVisible());
        type(d->profile()->nameEdit(), QStringLiteral("张"));
        QVERIFY(!d->profile()->nameError()->isVisible());
    }

    void longNotesCanBeReadWhole()
    {
        test::UiTestOffice t;
        const QString id = test::seedDetailCustomer(t);
        const QString note = QStringLiteral(
            "第一次来访，看了样板间。\n预算大约三百五十万，想要三室两厅，南北通透。\n下周六带父母再来看一次。");
        t.office().clock().setMs(t.office().clock().nowMs() + test::kHour);
        QVERIFY(t.office().applier().apply("followup.add", 1, {{"customer_id", id}, {"kind", "call"}, {"note", note}}).ok());
        auto d = test::openDetail(t, id);
        const QModelIndex details = d->timeline()->index(0, ui::TimelineModel::Details);
        QCOMPARE(details.data().toString(), note);
        QCOMPARE(details.data(Qt::ToolTipRole).toString(), note);
        QVERIFY(d->timelineView()->wordWrap());
        // The three lines get the height of three lines.
        QTRY_VERIFY(d->timelineView()->rowHeight(0) >= 3 * d->timelineView()->fontMetrics().height());
    }

    void statusEditorLeavesSalesStatusesToSales()
    {
        test::UiTestOffice t;
        const QString id = test::seedDetailCustomer(t);
        auto d = test::openDetail(t, id);
        QComboBox *status = d->profile()->statusBox();
        auto *model = qobject_cast<QStandardItemModel *>(status->model());
        QVERIFY(model);
        for (const char *code : {"subscribed", "contracted"}) {
            const int row = status->findData(QString::fromLatin1(code));
            QVERIFY(row >= 0);
            QVERIFY(!model->item(row)->isEnabled());
        }
        QVERIFY(model->item(status->findData("visited"))->isEnabled());
    }

    void ownersAreListedByPinyin()
    {
        test::UiTestOffice t;
        // 白 (bai) sorts after 张 (zhang) by code point, before it by pinyin.
        for (auto [login, name] : {std::pair{"zhangwei", "张伟"}, std::pair{"bailu", "白露"}})
            QVERIFY(t.office()
                        .applier()
                        .apply("user.create", 1, {{"login", login}, {"display_name", QString::fromUtf8(name)}, {"role", "consultant"}})
                        .ok());
        const QString id = test::seedDetailCustomer(t);
        auto d = test::openDetail(t, id);
        QStringList names;
        for (int i = 1; i < d->profile()->ownerBox()->count(); ++i)
            names << d->profile()->ownerBox()->itemText(i);
        QCOMPARE(names, (QStringList{"白露", "李顾问", "王经理", "张伟", "赵顾问"}));
    }

    // Assigning a customer is the site manager's (docs/roles.md): a consultant sees the owner,
    // and why it cannot be changed, instead of an error after saving.
    void theOwnerIsAManagersChoice()
    {
        test::UiTestOffice t;
        const QString id = test::seedDetailCustomer(t);
        {
            auto d = test::openDetail(t, id); // the manager
            QVERIFY(d->profile()->ownerBox()->isEnabled());
        }
        t.session().setCurrentUserId(t.consultantId);
        auto d = test::openDetail(t, id);
        QVERIFY(!d->profile()->ownerBox()->isEnabled());
        QVERIFY2(d->profile()->ownerBox()->toolTip().contains(QStringLiteral("Permission denied")),
                 qPrintable(d->profile()->ownerBox()->toolTip()));
    }

    void timelineSaysWhoMergedAndUndid()
    {
        test::UiTestOffice t;
        auto &o = t.office();
        const QString a = o.ingest(o.lead({"姓名", "手机"}, {"张三", "13812345678"})).value("customer_id").toString();
        const QString b = o.ingest(o.lead({"姓名", "手机"}, {"张三丰", "13912345678"})).value("customer_id").toString();
        o.clock().setMs(o.clock().nowMs() + test::kHour);
        auto d = test::openDetail(t, a);
        // The desk acts as the session's user (a manager by default).
        const QString actor = t.session().currentUser()->displayName;
        bool done = false;
        t.session().apply(QStringLiteral("customer.merge"), 1, {{"a", a}, {"b", b}}, d.get(), [&](Result<QJsonObject> r) {
            QVERIFY(r.ok());
            done = true;
        });
        QTRY_VERIFY(done);
        QTRY_COMPARE(d->timeline()->rowCount(), 3);
        QCOMPARE(d->timeline()->index(0, 0).data(ui::TimelineModel::EntryKindRole).toString(), QStringLiteral("merge"));
        QCOMPARE(d->timeline()->index(0, ui::TimelineModel::By).data().toString(), actor);
    }

    void aReadErrorIsShownNotAnEmptyCustomer()
    {
        test::UiTestOffice t;
        const QString id = test::seedDetailCustomer(t);
        auto d = test::openDetail(t, id);
        // The follow-ups table is gone (a damaged file): the detail says it could not be read.
        QVERIFY(t.office().db().execute("DROP TABLE follow_up").ok());
        d->reload();
        QTRY_VERIFY(d->statusLabel()->text().contains(QStringLiteral("could not be read")));
        QVERIFY(d->statusLabel()->text().contains(QStringLiteral("follow_up")));
    }
};

QTEST_MAIN(TstCustomerDetail)
#include "tst_customerdetail.moc"
