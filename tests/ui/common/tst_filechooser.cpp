// Choosing a file never stops the desk: the file dialogs open window-modal over their screen
// and return at once (QFileDialog's static helpers would run a nested event loop — and, in
// these tests, never return). What was chosen is used; a cancel changes nothing.
#include "customer/followupadd.h"
#include "customers/customerlistmodel.h"
#include "customers/customersview.h"
#include "importing/importview.h"
#include "uitestoffice.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace shoulou;

namespace {

QFileDialog *openChooser(QWidget *over)
{
    QFileDialog *found = nullptr;
    (void)QTest::qWaitFor([&] {
        found = over->findChild<QFileDialog *>(QStringLiteral("fileChooser"));
        return found && found->isVisible();
    });
    return found;
}

// As a person does: the file name typed into the dialog's name box (selectFile() leaves a
// focused name box alone).
void typeName(QFileDialog *chooser, const QString &path)
{
    auto *name = chooser->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
    QVERIFY(name);
    name->setText(path);
}

} // namespace

class TstFileChooser final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    }

    void exportAsksWithoutBlockingTheDesk()
    {
        test::UiTestOffice t;
        auto &o = t.office();
        const QString id = o.ingest(o.lead({"姓名", "手机"}, {"张三", "13812345678"})).value("customer_id").toString();
        ui::CustomersView view(t.session());
        view.resize(900, 600);
        view.show();
        QTRY_COMPARE(view.model()->rowCount(), 1);
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("exportButton")), Qt::LeftButton);
        // The click has returned with the dialog open over the screen.
        QFileDialog *chooser = openChooser(&view);
        QVERIFY(chooser);
        QCOMPARE(chooser->windowModality(), Qt::WindowModal);
        QCOMPARE(chooser->acceptMode(), QFileDialog::AcceptSave);
        // While it is open, the desk's work goes on: a follow-up is stored and its answer arrives.
        bool answered = false;
        customer::FollowUpAdd add;
        add.customerId = id;
        add.note = QStringLiteral("选文件时到的回访");
        t.session().apply(add, &view, [&](Result<customer::FollowUpAdd::Outcome> r) { answered = r.ok(); });
        QTRY_VERIFY(answered);
        QVERIFY(chooser->isVisible());

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("客户.csv"));
        typeName(chooser, path);
        QMetaObject::invokeMethod(chooser, "accept"); // what the dialog's Save/Open button does
        QTRY_VERIFY2(QFile::exists(path), qPrintable(QDir(dir.path()).entryList().join(',') + " / " + path));
        // Then the person is told where it went.
        QMessageBox *told = nullptr;
        QTRY_VERIFY((told = view.findChild<QMessageBox *>()) && told->isVisible());
        QVERIFY2(told->text().contains(path), qPrintable(told->text()));
    }

    void aCancelledChoiceChangesNothing()
    {
        test::UiTestOffice t;
        ui::CustomersView view(t.session());
        view.show();
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("exportButton")), Qt::LeftButton);
        QPointer<QFileDialog> chooser = openChooser(&view);
        QVERIFY(chooser);
        QTemporaryDir dir;
        typeName(chooser, dir.filePath(QStringLiteral("不要.csv")));
        chooser->reject();
        QTRY_VERIFY(chooser.isNull()); // it deletes itself
        QTest::qWait(50);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("不要.csv"))));
        QVERIFY(!view.findChild<QMessageBox *>());
    }

    void theImportOpensTheChosenList()
    {
        test::UiTestOffice t;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("线索.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("姓名,手机\n张三,13812345678\n");
        f.close();
        ui::ImportView view(t.session());
        view.show();
        QCOMPARE(view.step(), ui::ImportView::Step::Choose);
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("chooseFileButton")), Qt::LeftButton);
        QFileDialog *chooser = openChooser(&view);
        QVERIFY(chooser);
        QCOMPARE(chooser->fileMode(), QFileDialog::ExistingFile);
        typeName(chooser, path);
        QMetaObject::invokeMethod(chooser, "accept"); // what the dialog's Save/Open button does
        QTRY_COMPARE(view.step(), ui::ImportView::Step::Preview);
    }
};

QTEST_MAIN(TstFileChooser)
#include "tst_filechooser.moc"
