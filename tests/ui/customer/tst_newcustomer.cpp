// Ctrl+N: a new customer through the identity path, driven through the dialog's widgets.
#include "customer/customerdetaildialog.h"
#include "customer/newcustomerdialog.h"
#include "typing.h"
#include "uitestoffice.h"
#include "waitforidle.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>

using namespace shoulou;

using test::type;

class TstNewCustomer final : public QObject {
    Q_OBJECT

    QString existing(test::UiTestOffice &t)
    {
        auto &o = t.office();
        return o.ingest(o.lead({"姓名", "手机"}, {"张三", "13812345678"})).value("customer_id").toString();
    }

    // The dialog as the workspace opens it: under the window, with the detail wired the same way.
    ui::NewCustomerDialog *open(test::UiTestOffice &t, QWidget &window)
    {
        connect(&t.session(), &ui::OfficeSession::customerOpenRequested, &window,
                [&t, &window](const QString &id) { ui::CustomerDetailDialog::openFor(t.session(), id, &window); });
        auto *d = ui::NewCustomerDialog::openNew(t.session(), &window);
        shoulou::test::waitForIdle(t.session().reader());
        return d;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void createsACustomerWithRequirement()
    {
        test::UiTestOffice t;
        QWidget window;
        auto *d = open(t, window);
        QCOMPARE(t.session().channelName(d->channelBox()->currentData().toString()), QStringLiteral("自然到访"));
        QSignalSpy opened(&t.session(), &ui::OfficeSession::customerOpenRequested);
        type(d->nameEdit(), QStringLiteral("李雷"));
        type(d->phoneEdit(), QStringLiteral("139-0000-1111"));
        d->budgetBox()->setValue(350);
        d->layoutBox()->setCurrentText(QStringLiteral("三室两厅"));
        d->areaBox()->setValue(120);
        type(d->remarkEdit(), QStringLiteral("带孩子来的"));
        QTest::keyClick(d->remarkEdit(), Qt::Key_Return); // Enter creates
        QTRY_COMPARE(opened.size(), 1);

        auto &db = t.office().db();
        const QString id = opened.first().first().toString();
        QCOMPARE(db.queryText("SELECT name FROM customer WHERE id = ?1", id), QStringLiteral("李雷"));
        QCOMPARE(db.queryText("SELECT e164 FROM customer_phone WHERE customer_id = ?1", id), QStringLiteral("+8613900001111"));
        QCOMPARE(db.queryText("SELECT kind FROM touch WHERE customer_id = ?1", id), QStringLiteral("visit"));
        QCOMPARE(db.queryText("SELECT c.name FROM touch t JOIN channel c ON c.id = t.channel_id WHERE t.customer_id = ?1", id),
                 QStringLiteral("自然到访"));
        QCOMPARE(db.queryText("SELECT note FROM touch WHERE customer_id = ?1", id), QStringLiteral("带孩子来的"));
        const QJsonObject req =
            QJsonDocument::fromJson(db.queryText("SELECT requirement FROM customer WHERE id = ?1", id).toUtf8()).object();
        QCOMPARE(qint64(req["budget_fen"].toDouble()), qint64(350'000'000));
        QCOMPARE(req["layout"].toString(), QStringLiteral("三室两厅"));
        QCOMPARE(req["area_m2"].toDouble(), 120.0);
        // The detail is open, saying what happened.
        const auto details = window.findChildren<ui::CustomerDetailDialog *>();
        QCOMPARE(details.size(), 1);
        QVERIFY(details.first()->statusLabel()->text().contains(QStringLiteral("New customer")));
        QTRY_VERIFY(window.findChildren<ui::NewCustomerDialog *>().isEmpty()); // closed and deleted
    }

    // The views hear which customer the entry wrote, not "everything changed" (which reloads
    // the whole list and loses its scroll position).
    void theEntryPublishesTheRowsItWrote()
    {
        test::UiTestOffice t;
        QWidget window;
        auto *d = open(t, window);
        QSignalSpy changed(&t.session(), &ui::OfficeSession::changed);
        QSignalSpy opened(&t.session(), &ui::OfficeSession::customerOpenRequested);
        type(d->nameEdit(), QStringLiteral("韩梅梅"));
        type(d->phoneEdit(), QStringLiteral("13900002222"));
        QTest::keyClick(d->phoneEdit(), Qt::Key_Return);
        QTRY_COMPARE(opened.size(), 1);
        QTRY_VERIFY(!changed.isEmpty());
        const auto set = changed.last().first().value<mutation::ChangeSet>();
        QVERIFY(!set.isEverything());
        QVERIFY(set.ids(QStringLiteral("customer"), mutation::ChangeSet::Op::Inserted).contains(opened.first().first().toString()));
    }

    void genderVisitorsHeardViaAndBuildingRoundTrip()
    {
        test::UiTestOffice t;
        QWidget window;
        auto *d = open(t, window);
        QSignalSpy opened(&t.session(), &ui::OfficeSession::customerOpenRequested);
        type(d->nameEdit(), QStringLiteral("韩梅梅"));
        type(d->phoneEdit(), QStringLiteral("13900002222"));
        d->genderBox()->setCurrentIndex(d->genderBox()->findData(QStringLiteral("female")));
        d->visitorsBox()->setValue(3);
        QVERIFY(d->heardViaBox()->isEditable());
        QCOMPARE(d->heardViaBox()->count(), int(ui::NewCustomerDialog::heardViaChoices().size()) + 1); // and "not given"
        d->heardViaBox()->setCurrentText(QStringLiteral("楼盘网"));                                    // typed, not in the list
        type(d->buildingEdit(), QStringLiteral("3号楼"));
        d->layoutBox()->setCurrentText(QStringLiteral("三室两厅"));
        d->createButton()->click();
        QTRY_COMPARE(opened.size(), 1);
        const QString id = opened.first().first().toString();
        const QJsonObject req =
            QJsonDocument::fromJson(t.office().db().queryText("SELECT requirement FROM customer WHERE id = ?1", id).toUtf8()).object();
        QCOMPARE(req["gender"].toString(), QStringLiteral("female"));
        QCOMPARE(req["visitors"].toInt(), 3);
        QCOMPARE(req["heard_via"].toString(), QStringLiteral("楼盘网"));
        QCOMPARE(req["building"].toString(), QStringLiteral("3号楼"));
        QCOMPARE(req["layout"].toString(), QStringLiteral("三室两厅"));
        QVERIFY(!req.contains(QLatin1String("budget_fen"))); // not given, not stored
        // The detail shows what the desk noted.
        const auto details = window.findChildren<ui::CustomerDetailDialog *>();
        QCOMPARE(details.size(), 1);
        QTRY_VERIFY(details.first()->isLoaded());
        const QString summary = details.first()->findChild<QLabel *>(QStringLiteral("customerSummary"))->text();
        QVERIFY2(summary.contains(QStringLiteral("Female")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("3")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("楼盘网")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("3号楼")), qPrintable(summary));
    }

    void tabGoesDownTheFormThenToTheButtons()
    {
        test::UiTestOffice t;
        QWidget window;
        auto *d = open(t, window);
        const QList<QWidget *> expected{d->nameEdit(),   d->phoneEdit(),   d->residentIdEdit(), d->genderBox(),   d->visitorsBox(),
                                        d->channelBox(), d->heardViaBox(), d->buildingEdit(),   d->layoutBox(),   d->budgetBox(),
                                        d->areaBox(),    d->remarkEdit(),  d->createButton(),   d->cancelButton()};
        // Tab walks the focus chain, skipping what cannot take focus by Tab.
        auto owner = [&expected](QWidget *w) -> QWidget * {
            for (QWidget *e : expected)
                if (w == e || e->isAncestorOf(w) || w->focusProxy() == e || e->focusProxy() == w)
                    return e;
            return w;
        };
        QList<QWidget *> seen;
        QWidget *w = d->nameEdit();
        for (int guard = 0; guard < 200 && seen.size() < expected.size(); ++guard) {
            if ((w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(d) && w->isEnabled() && !w->focusProxy()) {
                QWidget *o = owner(w);
                if (seen.isEmpty() || seen.last() != o)
                    seen << o;
            }
            w = w->nextInFocusChain();
        }
        QCOMPARE(seen, expected);
    }

    void existingPhoneAddsATouchInsteadOfACustomer()
    {
        test::UiTestOffice t;
        const QString known = existing(t);
        const qint64 customers = t.office().count("SELECT count(*) FROM customer");
        QWidget window;
        auto *d = open(t, window);
        QSignalSpy opened(&t.session(), &ui::OfficeSession::customerOpenRequested);
        type(d->nameEdit(), QStringLiteral("张先生"));
        type(d->phoneEdit(), QStringLiteral("+86 138 1234 5678"));
        d->createButton()->click();
        QTRY_COMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().toString(), known);
        QCOMPARE(t.office().count("SELECT count(*) FROM customer"), customers);
        QCOMPARE(t.office().db().queryInt("SELECT count(*) FROM touch WHERE customer_id = ?1", known), 2);
        QCOMPARE(t.office().db().queryInt("SELECT count(*) FROM touch WHERE customer_id = ?1 AND kind = 'visit'", known), 1);
        const auto details = window.findChildren<ui::CustomerDetailDialog *>();
        QCOMPARE(details.size(), 1);
        QVERIFY(details.first()->statusLabel()->text().contains(QStringLiteral("already a customer (same phone)")));
    }

    void invalidPhoneNamesTheFieldAndWritesNothing()
    {
        test::UiTestOffice t;
        QWidget window;
        auto *d = open(t, window);
        const qint64 outbox = t.office().count("SELECT count(*) FROM outbox");
        type(d->nameEdit(), QStringLiteral("韩梅梅"));
        type(d->phoneEdit(), QStringLiteral("1381234"));
        d->createButton()->click();
        QVERIFY(d->phoneError()->isVisible());
        QVERIFY2(d->phoneError()->text().startsWith(QStringLiteral("Phone: ")), qPrintable(d->phoneError()->text()));
        QVERIFY(d->isVisible());
        shoulou::test::waitForIdle(t.session().writer());
        QCOMPARE(t.office().count("SELECT count(*) FROM outbox"), outbox);
        QCOMPARE(t.office().count("SELECT count(*) FROM customer"), 0);
    }

    void invalidResidentIdNamesTheField()
    {
        test::UiTestOffice t;
        QWidget window;
        auto *d = open(t, window);
        type(d->nameEdit(), QStringLiteral("韩梅梅"));
        type(d->phoneEdit(), QStringLiteral("13900002222"));
        type(d->residentIdEdit(), QStringLiteral("110105194912310021")); // wrong check digit
        d->createButton()->click();
        QVERIFY(d->residentIdError()->isVisible());
        QVERIFY2(d->residentIdError()->text().startsWith(QStringLiteral("Resident ID: ")), qPrintable(d->residentIdError()->text()));
        QVERIFY(!d->phoneError()->isVisible());
        shoulou::test::waitForIdle(t.session().writer());
        QCOMPARE(t.office().count("SELECT count(*) FROM customer"), 0);
    }

    void nameAndAnIdentifierAreRequired()
    {
        test::UiTestOffice t;
        QWidget window;
        auto *d = open(t, window);
        d->createButton()->click();
        QVERIFY(d->nameError()->isVisible());
        QVERIFY(d->phoneError()->isVisible());
        QVERIFY(d->phoneError()->text().startsWith(QStringLiteral("Phone: ")));
        shoulou::test::waitForIdle(t.session().writer());
        QCOMPARE(t.office().count("SELECT count(*) FROM customer"), 0);
    }

    void residentIdAloneIsEnough()
    {
        test::UiTestOffice t;
        QWidget window;
        auto *d = open(t, window);
        QSignalSpy opened(&t.session(), &ui::OfficeSession::customerOpenRequested);
        type(d->nameEdit(), QStringLiteral("王芳"));
        type(d->residentIdEdit(), QStringLiteral("11010519491231002x"));
        d->createButton()->click();
        QTRY_COMPARE(opened.size(), 1);
        QCOMPARE(t.office().db().queryText("SELECT masked FROM customer_resident_id"), QStringLiteral("1101**********002X"));
        QCOMPARE(t.office().count("SELECT count(*) FROM outbox WHERE args LIKE '%19491231%'"), 0);
    }
};

QTEST_MAIN(TstNewCustomer)
#include "tst_newcustomer.moc"
