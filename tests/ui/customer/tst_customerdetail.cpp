// The customer detail dialog driven through its widgets; every assertion reads the database
// through the test's own connection.
#include "common/displayformat.h"
#include "customer/customerdetaildialog.h"
#include "customer/followupbar.h"
#include "customer/profileeditor.h"
#include "customer/timelinemodel.h"
#include "typing.h"
#include "uitestoffice.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

using namespace shoulou;

using test::type;

class TstCustomerDetail final : public QObject {
    Q_OBJECT

    static constexpr qint64 kHour = 3600 * 1000LL;

    // 张三: a Douyin lead, a call two hours later, then a walk-in visit with the same phone.
    QString seed(test::UiTestOffice &t)
    {
        auto &o = t.office();
        const QString id =
            o.ingest(o.lead({"姓名", "手机", "身份证"}, {"张三", "13812345678", "11010519491231002X"})).value("customer_id").toString();
        o.clock().setMs(o.clock().nowMs() + 2 * kHour);
        auto f = o.applier().apply("followup.add", 1, {{"customer_id", id}, {"kind", "call"}, {"note", "问了价格"}});
        if (!f)
            qWarning() << f.error().message;
        o.clock().setMs(o.clock().nowMs() + 2 * kHour);
        auto visit = o.lead({"姓名", "手机", "渠道"}, {"张三", "13812345678", "自然到访"});
        o.ingest(visit);
        return id;
    }

    std::unique_ptr<ui::CustomerDetailDialog> open(test::UiTestOffice &t, const QString &id)
    {
        auto d = std::make_unique<ui::CustomerDetailDialog>(t.session(), id);
        d->show();
        [&] { QTRY_VERIFY(d->isLoaded()); }();
        return d;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsProfileChannelsAndTimelineNewestFirst()
    {
        test::UiTestOffice t;
        const QString id = seed(t);
        auto d = open(t, id);
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
        const QString id = seed(t);
        auto d = open(t, id);
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
        QTRY_COMPARE(d->detail()["grade"].toString(), QStringLiteral("B"));
        QTRY_VERIFY(!p->saveButton()->isEnabled());
        QCOMPARE(p->budgetBox()->value(), 350.0);
    }

    void emptyNameIsRefusedNextToTheField()
    {
        test::UiTestOffice t;
        const QString id = seed(t);
        auto d = open(t, id);
        const qint64 outbox = t.office().count("SELECT count(*) FROM outbox");
        d->profile()->nameEdit()->clear();
        type(d->profile()->nameEdit(), " ");
        d->profile()->saveButton()->click();
        QVERIFY(d->profile()->nameError()->isVisible());
        QVERIFY(d->profile()->nameError()->text().startsWith(QStringLiteral("Name:")));
        t.session().writer().waitForIdle();
        QCOMPARE(t.office().count("SELECT count(*) FROM outbox"), outbox);
        QCOMPARE(t.office().db().queryText("SELECT name FROM customer WHERE id = ?1", id), QStringLiteral("张三"));
    }

    void followUpWithKeyboardOnly()
    {
        test::UiTestOffice t;
        const QString id = seed(t);
        auto d = open(t, id);
        t.office().clock().setMs(t.office().clock().nowMs() + 60'000); // a minute after the last visit
        QLineEdit *note = d->followUpBar()->noteEdit();
        note->setFocus();
        // The defaults: a phone call, next follow-up tomorrow 10:00 Beijing time.
        QCOMPARE(d->followUpBar()->kindBox()->currentData().toString(), QStringLiteral("call"));
        type(note, QStringLiteral("想看三室，周末带家人来"));
        QTest::keyClick(note, Qt::Key_Return);
        QTRY_COMPARE(t.office().count("SELECT count(*) FROM follow_up WHERE note = '想看三室，周末带家人来'"), 1);
        const qint64 now = t.office().clock().nowMs();
        const qint64 tomorrow10 = ui::DisplayFormat::startOfDay(now) + 24 * kHour + 10 * kHour;
        auto &db = t.office().db();
        QCOMPARE(db.queryInt("SELECT next_at FROM follow_up WHERE note = '想看三室，周末带家人来'"), tomorrow10);
        QCOMPARE(db.queryText("SELECT kind FROM follow_up WHERE note = '想看三室，周末带家人来'"), QStringLiteral("call"));
        QCOMPARE(db.queryText("SELECT consultant_id FROM follow_up WHERE note = '想看三室，周末带家人来'"), t.session().currentUserId());
        QCOMPARE(db.queryInt("SELECT next_follow_up_at FROM customer WHERE id = ?1", id), tomorrow10);
        // Cleared for the next one, and the new follow-up heads the timeline.
        QTRY_VERIFY(note->text().isEmpty());
        QTRY_COMPARE(d->timeline()->index(0, ui::TimelineModel::Details).data().toString().left(11),
                     QStringLiteral("想看三室，周末带家人来"));
    }

    void followUpWithoutNextTime()
    {
        test::UiTestOffice t;
        const QString id = seed(t);
        auto d = open(t, id);
        ui::FollowUpBar *bar = d->followUpBar();
        bar->kindBox()->setCurrentIndex(bar->kindBox()->findData("wechat"));
        bar->nextBox()->setCurrentIndex(3); // no next follow-up
        type(bar->noteEdit(), QStringLiteral("发了户型图"));
        QTest::keyClick(bar->noteEdit(), Qt::Key_Enter);
        QTRY_COMPARE(t.office().count("SELECT count(*) FROM follow_up WHERE kind = 'wechat'"), 1);
        QCOMPARE(t.office().count("SELECT count(*) FROM follow_up WHERE kind = 'wechat' AND next_at IS NULL"), 1);
        // An empty note adds nothing.
        QTest::keyClick(bar->noteEdit(), Qt::Key_Return);
        t.session().writer().waitForIdle();
        QCOMPARE(t.office().count("SELECT count(*) FROM follow_up"), 2);
    }

    void revealIsRecordedThenShown()
    {
        test::UiTestOffice t;
        const QString id = seed(t);
        auto d = open(t, id);
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
        o.clock().setMs(o.clock().nowMs() + kHour);
        const QString b = o.ingest(o.lead({"姓名", "手机"}, {"张三丰", "13912345678"})).value("customer_id").toString();
        o.clock().setMs(o.clock().nowMs() + kHour);
        QVERIFY(o.applier().apply("customer.merge", 1, {{"a", a}, {"b", b}}).ok());
        o.clock().setMs(o.clock().nowMs() + kHour);
        QVERIFY(o.applier().apply("customer.unmerge", 1, {{"customer_id", b}}).ok());
        auto d = open(t, a);
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
        const QString id = seed(t);
        auto d = open(t, id);
        QTest::keyClick(d.get(), Qt::Key_Escape);
        QVERIFY(!d->isVisible());
    }

    void openForRaisesTheOpenDialog()
    {
        test::UiTestOffice t;
        const QString id = seed(t);
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
};

QTEST_MAIN(TstCustomerDetail)
#include "tst_customerdetail.moc"
