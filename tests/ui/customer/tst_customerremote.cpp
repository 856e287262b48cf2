// The open customer dialog while another desk changes the same customer (issue #11): what
// sync commits here reaches the dialog as a change set (OfficeSession::notifyRemoteChanges).
// The other desk is simulated by a second connection to the same office file, whose Applier
// records the change set of its transaction — exactly what the sync thread hands over after
// applying a pulled page. Fields nobody edits update in place; a field being edited keeps its
// text and cursor and shows the new value as a conflict to keep or take.
#include "common/displayformat.h"
#include "customer/customerdetaildialog.h"
#include "customer/fieldconflict.h"
#include "customer/followupbar.h"
#include "customer/noteedit.h"
#include "customer/profileeditor.h"
#include "customer/timelinemodel.h"
#include "detailfixture.h"
#include "typing.h"
#include "uitestoffice.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>

using namespace shoulou;

namespace {

// The other desk's change, committed to the file and announced as sync announces it.
mutation::ChangeSet remote(test::UiTestOffice &t, const QString &name, const QJsonObject &args)
{
    mutation::Applier &other = t.office().applier();
    if (auto r = other.recordChanges(); !r)
        qFatal("%s", qPrintable(r.error().message));
    t.office().clock().setMs(t.office().clock().nowMs() + 60 * 1000);
    auto r = other.apply(name, 2, args);
    if (!r)
        qFatal("%s: %s", qPrintable(name), qPrintable(r.error().message));
    mutation::ChangeSet changes = other.takeChanges();
    t.session().notifyRemoteChanges(changes);
    return changes;
}

QString changedToday(qint64 ms)
{
    return ui::DisplayFormat::dateTime(ms).section(QLatin1Char(' '), 1);
}

} // namespace

class TstCustomerRemote final : public QObject {
    Q_OBJECT

    std::unique_ptr<test::UiTestOffice> m_t;
    QString m_id;
    std::unique_ptr<ui::CustomerDetailDialog> m_d;

    // Waits for the reload a remote change causes.
    bool shown(QSignalSpy &spy) { return spy.count() > 0 || spy.wait(10000); }
    void activate(QWidget *field)
    {
        m_d->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_d.get()));
        field->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), field);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_t = std::make_unique<test::UiTestOffice>();
        m_id = test::seedDetailCustomer(*m_t);
        // Enough follow-ups for the timeline to scroll.
        for (int i = 0; i < 30; ++i) {
            m_t->office().clock().setMs(m_t->office().clock().nowMs() + 60 * 1000);
            QVERIFY(m_t->office()
                        .applier()
                        .apply("followup.add", 2, {{"customer_id", m_id}, {"kind", "call"}, {"note", QStringLiteral("第%1次回访").arg(i)}})
                        .ok());
        }
        m_d = test::openDetail(*m_t, m_id);
        m_d->resize(1180, 720);
    }
    void cleanup()
    {
        m_d.reset();
        m_t.reset();
    }

    void updatesInPlaceWhatNobodyEdits()
    {
        ui::ProfileEditor *p = m_d->profile();
        QTableView *view = m_d->timelineView();
        const int rows = m_d->timeline()->rowCount();
        // Read down the timeline, one entry selected, typing a follow-up note.
        view->scrollTo(m_d->timeline()->index(20, 0), QAbstractItemView::PositionAtTop);
        view->setCurrentIndex(m_d->timeline()->index(22, 0));
        QCoreApplication::processEvents();
        QVERIFY(view->verticalScrollBar()->value() > 0);
        const ui::TimelineEntry top = m_d->timeline()->row(view->rowAt(0));
        const ui::TimelineEntry selected = m_d->timeline()->row(22);
        activate(m_d->followUpBar()->noteEdit());
        test::type(m_d->followUpBar()->noteEdit(), QStringLiteral("客户说周末再来"));

        QSignalSpy reloaded(m_d.get(), &ui::CustomerDetailDialog::detailShown);
        remote(*m_t, "customer.update", {{"customer_id", m_id}, {"name", "张伟"}, {"grade", "A"}, {"owner_id", m_t->consultantId}});
        QVERIFY(shown(reloaded));
        QCOMPARE(p->nameEdit()->text(), QStringLiteral("张伟"));
        QCOMPARE(p->gradeBox()->currentData().toString(), QStringLiteral("A"));
        QCOMPARE(p->ownerBox()->currentData().toString(), m_t->consultantId);
        QVERIFY(m_d->findChild<QLabel *>("customerSummary")->text().contains(QStringLiteral("李顾问")));
        QVERIFY(m_d->windowTitle().contains(QStringLiteral("张伟")));
        QVERIFY(!p->hasConflicts());
        QVERIFY(!p->isDirty()); // the new values are what is stored: nothing to save
        QVERIFY(!p->saveButton()->isEnabled());

        // A follow-up another desk added: one more entry, the view still on the same ones.
        reloaded.clear();
        remote(*m_t, "followup.add", {{"customer_id", m_id}, {"kind", "visit"}, {"note", "带家人看了样板间"}});
        QVERIFY(shown(reloaded));
        QCOMPARE(m_d->timeline()->rowCount(), rows + 1);
        QCOMPARE(m_d->timeline()->index(0, ui::TimelineModel::Details).data().toString(), QStringLiteral("带家人看了样板间"));
        QCOMPARE(m_d->timeline()->row(view->rowAt(0)), top);
        QCOMPARE(m_d->timeline()->row(view->currentIndex().row()), selected);
        // Nothing was closed, nothing took the focus, the note being typed is as it was.
        QVERIFY(m_d->isVisible());
        QCOMPARE(QApplication::focusWidget(), m_d->followUpBar()->noteEdit());
        QCOMPARE(m_d->followUpBar()->noteEdit()->text(), QStringLiteral("客户说周末再来"));
    }

    void otherCustomersChangesDoNotReload()
    {
        QSignalSpy reloaded(m_d.get(), &ui::CustomerDetailDialog::detailShown);
        auto &o = m_t->office();
        const QString other = o.ingest(o.lead({"姓名", "手机"}, {"李四", "13900001111"})).value("customer_id").toString();
        remote(*m_t, "customer.update", {{"customer_id", other}, {"grade", "B"}});
        remote(*m_t, "customer.update", {{"customer_id", m_id}, {"grade", "C"}});
        QVERIFY(shown(reloaded));
        QCOMPARE(m_d->profile()->gradeBox()->currentData().toString(), QStringLiteral("C"));
        QCOMPARE(reloaded.count(), 1); // the other customer's change did not reload this one
    }

    void editInProgressIsNeverOverwritten()
    {
        ui::ProfileEditor *p = m_d->profile();
        QLineEdit *name = p->nameEdit();
        activate(name);
        name->setCursorPosition(name->text().size());
        test::type(name, QStringLiteral("丰"));
        name->setCursorPosition(1);
        QCOMPARE(name->text(), QStringLiteral("张三丰"));

        QSignalSpy reloaded(m_d.get(), &ui::CustomerDetailDialog::detailShown);
        remote(*m_t, "customer.update", {{"customer_id", m_id}, {"name", "张伟"}, {"grade", "B"}});
        QVERIFY(shown(reloaded));
        // The typed name, cursor and focus are as they were; the new value is offered beside it.
        QCOMPARE(name->text(), QStringLiteral("张三丰"));
        QCOMPARE(name->cursorPosition(), 1);
        QCOMPARE(QApplication::focusWidget(), name);
        ui::FieldConflict *c = p->conflict(ui::ProfileEditor::Name);
        QVERIFY(c->isVisible());
        QCOMPARE(c->label()->text(),
                 QStringLiteral("New value on the server: 张伟 (changed %1)").arg(changedToday(m_t->office().clock().nowMs())));
        QVERIFY(c->keepButton()->isVisible() && c->takeButton()->isVisible());
        // The grade nobody touched just updated.
        QCOMPARE(p->gradeBox()->currentData().toString(), QStringLiteral("B"));
        QVERIFY(!p->conflict(ui::ProfileEditor::Grade)->isVisible());
        // The title says what is stored.
        QVERIFY(m_d->windowTitle().contains(QStringLiteral("张伟")));
        // Typing goes on in the field.
        test::type(name, QStringLiteral("x"));
        QCOMPARE(name->text(), QStringLiteral("张x三丰"));
    }

    void focusedFieldIsNotReplacedEither()
    {
        ui::ProfileEditor *p = m_d->profile();
        activate(p->noteEdit()); // about to type, nothing changed yet
        QSignalSpy reloaded(m_d.get(), &ui::CustomerDetailDialog::detailShown);
        remote(*m_t, "customer.update", {{"customer_id", m_id}, {"requirement", QJsonObject{{"note", "要南向"}}}});
        QVERIFY(shown(reloaded));
        QCOMPARE(p->noteEdit()->text(), QString());
        QVERIFY(p->conflict(ui::ProfileEditor::Note)->isVisible());
        QVERIFY(p->conflict(ui::ProfileEditor::Note)->label()->text().contains(QStringLiteral("要南向")));
    }

    void keepMineSavesMine()
    {
        ui::ProfileEditor *p = m_d->profile();
        activate(p->nameEdit());
        test::type(p->nameEdit(), QStringLiteral("丰"));
        QSignalSpy reloaded(m_d.get(), &ui::CustomerDetailDialog::detailShown);
        remote(*m_t, "customer.update", {{"customer_id", m_id}, {"name", "张伟"}});
        QVERIFY(shown(reloaded));
        ui::FieldConflict *c = p->conflict(ui::ProfileEditor::Name);
        QVERIFY(c->isVisible());
        QTest::mouseClick(c->keepButton(), Qt::LeftButton);
        QVERIFY(!c->isVisible());
        QCOMPARE(p->nameEdit()->text(), QStringLiteral("张三丰"));
        QCOMPARE(QApplication::focusWidget(), p->nameEdit()); // the button did not take the focus
        QVERIFY(p->saveButton()->isEnabled());
        p->saveButton()->click();
        QTRY_COMPARE(m_t->office().db().queryText("SELECT name FROM customer WHERE id = ?1", m_id), QStringLiteral("张三丰"));
        QTRY_COMPARE(m_d->detail().name, QStringLiteral("张三丰"));
        QTRY_VERIFY(!p->saveButton()->isEnabled());
    }

    void takeTheirsPutsTheNewValueIn()
    {
        ui::ProfileEditor *p = m_d->profile();
        // A combo box and a spin box being edited.
        p->ownerBox()->setCurrentIndex(p->ownerBox()->findData(m_t->consultantId));
        p->budgetBox()->setValue(300);
        QSignalSpy reloaded(m_d.get(), &ui::CustomerDetailDialog::detailShown);
        remote(*m_t, "customer.update",
               {{"customer_id", m_id}, {"owner_id", m_t->secondConsultantId}, {"requirement", QJsonObject{{"budget_fen", 280'000'000}}}});
        QVERIFY(shown(reloaded));
        QCOMPARE(p->ownerBox()->currentData().toString(), m_t->consultantId);
        QCOMPARE(p->budgetBox()->value(), 300.0);
        ui::FieldConflict *owner = p->conflict(ui::ProfileEditor::Owner);
        ui::FieldConflict *budget = p->conflict(ui::ProfileEditor::Budget);
        QVERIFY(owner->isVisible() && owner->label()->text().contains(QStringLiteral("赵顾问")));
        QVERIFY2(budget->isVisible() && budget->label()->text().contains(QStringLiteral("280")), qPrintable(budget->label()->text()));

        QTest::mouseClick(owner->takeButton(), Qt::LeftButton);
        QTest::mouseClick(budget->takeButton(), Qt::LeftButton);
        QCOMPARE(p->ownerBox()->currentData().toString(), m_t->secondConsultantId);
        QCOMPARE(p->budgetBox()->value(), 280.0);
        QVERIFY(!p->hasConflicts());
        QVERIFY(!p->isDirty());
        QVERIFY(!p->saveButton()->isEnabled());
    }

    void savingWithAnOpenConflictSavesMine()
    {
        ui::ProfileEditor *p = m_d->profile();
        activate(p->tagsEdit());
        test::type(p->tagsEdit(), QStringLiteral("学区"));
        QSignalSpy reloaded(m_d.get(), &ui::CustomerDetailDialog::detailShown);
        remote(*m_t, "customer.update", {{"customer_id", m_id}, {"tags", QJsonArray{"改善"}}, {"status", "following"}});
        QVERIFY(shown(reloaded));
        QVERIFY(p->conflict(ui::ProfileEditor::Tags)->isVisible());
        QCOMPARE(p->statusBox()->currentData().toString(), QStringLiteral("following"));
        const qint64 updates = m_t->office().count("SELECT count(*) FROM outbox WHERE name = 'customer.update'");
        p->saveButton()->click();
        QTRY_COMPARE(m_t->office().count("SELECT count(*) FROM outbox WHERE name = 'customer.update'"), updates + 1);
        QTRY_VERIFY(!p->hasConflicts());
        QCOMPARE(m_t->office().db().queryText("SELECT tags FROM customer WHERE id = ?1", m_id), QStringLiteral("[\"学区\"]"));
        // Only the field in question was sent: the status the other desk set stays.
        const QJsonObject args = QJsonDocument::fromJson(m_t->office()
                                                             .db()
                                                             .queryText("SELECT args FROM outbox WHERE name = 'customer.update' "
                                                                        "ORDER BY client_seq DESC LIMIT 1")
                                                             .toUtf8())
                                     .object();
        QCOMPARE(args.keys(), (QStringList{"customer_id", "tags"}));
        QCOMPARE(m_t->office().db().queryText("SELECT status FROM customer WHERE id = ?1", m_id), QStringLiteral("following"));
    }

    void sameValueIsNoConflict()
    {
        ui::ProfileEditor *p = m_d->profile();
        p->gradeBox()->setCurrentIndex(p->gradeBox()->findData("A"));
        QSignalSpy reloaded(m_d.get(), &ui::CustomerDetailDialog::detailShown);
        remote(*m_t, "customer.update", {{"customer_id", m_id}, {"grade", "A"}});
        QVERIFY(shown(reloaded));
        QVERIFY(!p->conflict(ui::ProfileEditor::Grade)->isVisible());
        QVERIFY(!p->isDirty());
    }
};

QTEST_MAIN(TstCustomerRemote)
#include "tst_customerremote.moc"
