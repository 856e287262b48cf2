// The quick follow-up line of a customer's detail, driven from the keyboard as a consultant
// does after a call: type, Enter; Shift+Enter for another line; the kind and the next time.
#include "common/displayformat.h"
#include "customer/followupbar.h"
#include "customer/noteedit.h"
#include "customer/timelinemodel.h"
#include "detailfixture.h"
#include "typing.h"
#include "uitestoffice.h"
#include "waitforidle.h"

#include <QComboBox>
#include <QtTest>

using namespace shoulou;
using test::type;

class TstFollowUpBar final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void followUpWithKeyboardOnly()
    {
        test::UiTestOffice t;
        const QString id = test::seedDetailCustomer(t);
        auto d = test::openDetail(t, id);
        t.office().clock().setMs(t.office().clock().nowMs() + 60'000); // a minute after the last visit
        ui::NoteEdit *note = d->followUpBar()->noteEdit();
        note->setFocus();
        // The defaults: a phone call, next follow-up tomorrow 10:00 Beijing time.
        QCOMPARE(d->followUpBar()->kindBox()->currentData().toString(), QStringLiteral("call"));
        type(note, QStringLiteral("想看三室，周末带家人来"));
        QTest::keyClick(note, Qt::Key_Return);
        QTRY_COMPARE(t.office().count("SELECT count(*) FROM follow_up WHERE note = '想看三室，周末带家人来'"), 1);
        const qint64 now = t.office().clock().nowMs();
        const qint64 tomorrow10 = ui::DisplayFormat::startOfDay(now) + 24 * test::kHour + 10 * test::kHour;
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
        const QString id = test::seedDetailCustomer(t);
        auto d = test::openDetail(t, id);
        ui::FollowUpBar *bar = d->followUpBar();
        bar->kindBox()->setCurrentIndex(bar->kindBox()->findData("wechat"));
        bar->nextBox()->setCurrentIndex(3); // no next follow-up
        type(bar->noteEdit(), QStringLiteral("发了户型图"));
        QTest::keyClick(bar->noteEdit(), Qt::Key_Enter);
        QTRY_COMPARE(t.office().count("SELECT count(*) FROM follow_up WHERE kind = 'wechat'"), 1);
        QCOMPARE(t.office().count("SELECT count(*) FROM follow_up WHERE kind = 'wechat' AND next_at IS NULL"), 1);
        // An empty note adds nothing.
        QTest::keyClick(bar->noteEdit(), Qt::Key_Return);
        shoulou::test::waitForIdle(t.session().writer());
        QCOMPARE(t.office().count("SELECT count(*) FROM follow_up"), 2);
    }

    // A note of several lines: Shift+Enter starts a line, the box grows to show it, Enter adds
    // the whole note, and the box is one line high again for the next one.
    void multiLineNote()
    {
        test::UiTestOffice t;
        const QString id = test::seedDetailCustomer(t);
        auto d = test::openDetail(t, id);
        d->show();
        ui::NoteEdit *note = d->followUpBar()->noteEdit();
        note->setFocus();
        const int oneLine = note->height();
        type(note, QStringLiteral("问了首付比例"));
        QTest::keyClick(note, Qt::Key_Return, Qt::ShiftModifier);
        type(note, QStringLiteral("下周带父母来看样板间"));
        QCOMPARE(t.office().count("SELECT count(*) FROM follow_up WHERE note LIKE '问了首付比例%'"), 0);
        QTRY_VERIFY(note->height() > oneLine);
        QTest::keyClick(note, Qt::Key_Return);
        QTRY_COMPARE(t.office().count("SELECT count(*) FROM follow_up WHERE note = '问了首付比例' || char(10) || '下周带父母来看样板间'"),
                     1);
        QTRY_VERIFY(note->text().isEmpty());
        QTRY_COMPARE(note->height(), oneLine);
        // Tab still leaves the box rather than typing a tab into the note.
        note->setFocus();
        QTest::keyClick(note, Qt::Key_Tab);
        QVERIFY(!note->hasFocus());
        QVERIFY(note->text().isEmpty());
    }

    void visitFollowUpMarksTheCustomerVisited()
    {
        test::UiTestOffice t;
        const QString id = test::seedDetailCustomer(t);
        auto d = test::openDetail(t, id);
        QCOMPARE(t.office().db().queryText("SELECT status FROM customer WHERE id = ?1", id), QStringLiteral("following"));
        ui::FollowUpBar *bar = d->followUpBar();
        bar->kindBox()->setCurrentIndex(bar->kindBox()->findData("visit"));
        type(bar->noteEdit(), QStringLiteral("到售楼处看了沙盘"));
        QTest::keyClick(bar->noteEdit(), Qt::Key_Return);
        QTRY_COMPARE(t.office().db().queryText("SELECT status FROM customer WHERE id = ?1", id), QStringLiteral("visited"));
        QTRY_COMPARE(d->detail().status, QStringLiteral("visited"));
    }
};

QTEST_MAIN(TstFollowUpBar)
#include "tst_followupbar.moc"
