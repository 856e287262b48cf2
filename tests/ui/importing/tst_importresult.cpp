// The import's result page: counts that match the database, every flagged or warned row
// listed, the report exported, a cancel that keeps what was committed.
#include "importing/columnmappingmodel.h"
#include "importing/importrunner.h"
#include "importing/importview.h"
#include "importing/previewpage.h"
#include "importing/previewrowsmodel.h"
#include "importing/rejectedrowsmodel.h"
#include "importing/resultpage.h"
#include "importviewfixture.h"
#include "uitestoffice.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateTime>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QSemaphore>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTranslator>
#include <QtTest>

#include <algorithm>
#include <atomic>

using namespace shoulou;
using namespace shoulou::ui;
using namespace shoulou::test;

class TstImportResult : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void resultCountsMatchTheDatabaseAndTheReportIsExported()
    {
        test::UiTestOffice office;
        ImportView view(office.session());
        QAbstractItemModelTester tester(view.resultPage()->rejectedModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy refreshed(&office.session(), &OfficeSession::dataChanged);
        view.setFile(importData("leads_mixed.csv"));
        QTRY_COMPARE(view.step(), ImportView::Step::Preview);
        QVERIFY(text(view, "formatLabel").contains(QLatin1String("UTF-8")));
        button(view, "startButton")->click();
        QCOMPARE(view.step(), ImportView::Step::Running);
        QTRY_COMPARE_WITH_TIMEOUT(view.step(), ImportView::Step::Result, 60000);

        const qint64 created = text(view, "createdCount").toLongLong();
        const qint64 merged = text(view, "mergedCount").toLongLong();
        const qint64 rejected = text(view, "rejectedCount").toLongLong();
        QVERIFY(created > 0 && merged > 0 && rejected > 0);
        QCOMPARE(office.office().count("SELECT count(*) FROM customer"), created);
        QCOMPARE(office.office().count("SELECT count(*) FROM touch"), created + merged);
        QCOMPARE(created + merged + rejected + text(view, "duplicateCount").toLongLong(), 10);
        QTRY_VERIFY(refreshed.count() > 0); // other views refresh

        // Every rejected row is listed with its reason; row 4 has an invalid resident id and no phone.
        RejectedRowsModel *model = view.resultPage()->rejectedModel();
        int rejectedListed = 0;
        QList<qint64> listed;
        for (int r = 0; r < model->rowCount(); ++r) {
            rejectedListed += model->isRejected(r);
            listed << model->index(r, RejectedRowsModel::Row).data().toLongLong();
            QVERIFY(!model->index(r, RejectedRowsModel::Reason).data().toString().isEmpty());
        }
        QCOMPARE(rejectedListed, int(rejected));
        // …and so is every row imported with a warning: row 10's time cannot be read.
        QCOMPARE(model->rowCount() - rejectedListed, int(text(view, "warnedCount").toLongLong()));
        QVERIFY(listed.contains(10));
        QVERIFY2(listed.contains(4), qPrintable(QVariant::fromValue(listed).toString()));

        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("report.csv"));
        QVERIFY(view.resultPage()->exportReport(out));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.first().trimmed(), QByteArray("\xEF\xBB\xBFrow,status,customer_id,reason"));
        QCOMPARE(std::count_if(lines.cbegin(), lines.cend(), [](const QByteArray &l) { return l.contains(",rejected,"); }),
                 qsizetype(rejected));
        QVERIFY(view.resultPage()->exportReport(out)); // replaces an earlier export

        button(view, "importAnotherButton")->click();
        QCOMPARE(view.step(), ImportView::Step::Choose);
    }

    // A row imported by its phone whose resident id was dropped (bad check digit) is listed on
    // the result page with the reason, not only in the exported report.
    void warnedRowsAreListedOnTheResultPage()
    {
        test::UiTestOffice office;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("warned.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("姓名,手机,身份证号\n宋文,13800000001,110105194912310021\n李强,13800000002,\n");
        file.close();
        ImportView view(office.session());
        view.setFile(path);
        QTRY_COMPARE(view.step(), ImportView::Step::Preview);
        button(view, "startButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(view.step(), ImportView::Step::Result, 60000);
        QCOMPARE(text(view, "createdCount"), QStringLiteral("2"));
        QCOMPARE(text(view, "warnedCount"), QStringLiteral("1"));
        RejectedRowsModel *model = view.resultPage()->rejectedModel();
        QCOMPARE(model->rowCount(), 1);
        QVERIFY(!model->isRejected(0));
        QCOMPARE(model->index(0, RejectedRowsModel::Row).data().toLongLong(), 1);
        QVERIFY2(model->index(0, RejectedRowsModel::Reason).data().toString().contains(QLatin1String("110105194912310021")),
                 qPrintable(model->index(0, RejectedRowsModel::Reason).data().toString()));
        QVERIFY(!view.findChild<QTableView *>(QStringLiteral("rejectedTable"))->isHidden());
    }

    // A one-line reason makes a one-line row once the page is on screen (row heights measured
    // before the layout gave the reason column its width made every row many lines high).
    void flaggedRowsAreAsHighAsTheirReasonOnScreen()
    {
        test::UiTestOffice office;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("short.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("姓名,手机\n甲,12\n乙,13800000002\n");
        file.close();
        ImportView view(office.session());
        view.resize(1200, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setFile(path);
        QTRY_COMPARE(view.step(), ImportView::Step::Preview);
        button(view, "startButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(view.step(), ImportView::Step::Result, 60000);
        auto *table = view.findChild<QTableView *>(QStringLiteral("rejectedTable"));
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), 1);
        const int line = table->fontMetrics().height();
        QTRY_VERIFY2(table->rowHeight(0) < 3 * line,
                     qPrintable(QStringLiteral("row %1 px, line %2 px").arg(table->rowHeight(0)).arg(line)));
    }

    // In zh_CN a reason reads with Chinese punctuation: “” around what was written, ：after a
    // column's name, ；between two problems — no ASCII , : ; " from the code's own glue.
    void reasonsUseChinesePunctuationInZhCn()
    {
        QTranslator zh;
        QVERIFY(
            zh.load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("shoulou"), QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&zh);
        test::UiTestOffice office;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("reasons.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("姓名,手机,身份证号,留资时间\n"
                   "甲,,110105194912310021,\n"
                   "乙,1.38123E+10,,\n"
                   "丙,13800000003,110105194912310021,\n"
                   "丁,13800000004,,不是时间\n"
                   "戊,14012345678,110105194912310021,\n");
        file.close();
        ImportView view(office.session());
        view.setFile(path);
        QTRY_COMPARE(view.step(), ImportView::Step::Preview);
        button(view, "startButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(view.step(), ImportView::Step::Result, 60000);
        RejectedRowsModel *model = view.resultPage()->rejectedModel();
        QStringList reasons;
        for (int r = 0; r < model->rowCount(); ++r)
            reasons << model->index(r, RejectedRowsModel::Reason).data().toString();
        QCoreApplication::removeTranslator(&zh);
        QCOMPARE(reasons.size(), 5);
        for (const QString &reason : reasons) {
            QString glue = reason;
            glue.remove(QStringLiteral("1.38123E+10"));
            QVERIFY2(!glue.contains(QRegularExpression(QStringLiteral("[,:;\"]"))), qPrintable(reason));
        }
        QVERIFY2(reasons.at(0).contains(QStringLiteral("；身份证号：")), qPrintable(reasons.at(0)));
        QVERIFY2(reasons.at(0).contains(QStringLiteral("“110105194912310021”")), qPrintable(reasons.at(0)));
        QVERIFY2(reasons.at(3).startsWith(QStringLiteral("留资时间：“不是时间”")), qPrintable(reasons.at(3)));
    }

    void cancelKeepsTheCommittedBatches()
    {
        test::UiTestOffice office;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("姓名,手机\n");
        for (int i = 0; i < 1000; ++i)
            file.write(QStringLiteral("客户%1,139%2\n").arg(i).arg(i, 8, 10, QLatin1Char('0')).toUtf8());
        file.close();

        ImportView view(office.session());
        view.setBatchSize(200);
        // The import thread waits after its first batch until the user has pressed Cancel, so
        // the cancel lands between two batches whatever the machine's speed.
        QSemaphore reached, go;
        std::atomic<bool> first{true};
        connect(
            view.runner(), &ImportRunner::batchCommitted, view.runner(),
            [&](qint64) {
                if (first.exchange(false)) {
                    reached.release();
                    (void)go.tryAcquire(1, 30000);
                }
            },
            Qt::DirectConnection);

        view.setFile(path);
        QTRY_COMPARE(view.step(), ImportView::Step::Preview);
        button(view, "startButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(reached.available() > 0, 60000);
        button(view, "cancelButton")->click();
        QVERIFY(text(view, "progressDetail").contains(QLatin1String("Stopping")));
        go.release();
        QTRY_COMPARE_WITH_TIMEOUT(view.step(), ImportView::Step::Result, 60000);

        QVERIFY2(text(view, "resultHeadline").contains(QLatin1String("cancelled")), qPrintable(text(view, "resultHeadline")));
        QVERIFY(text(view, "resultDetail").contains(QLatin1String("200")));
        QCOMPARE(text(view, "createdCount"), QStringLiteral("200"));
        QCOMPARE(office.office().count("SELECT count(*) FROM customer"), 200);
        QCOMPARE(office.office().count("SELECT count(*) FROM touch"), 200);
    }
};

QTEST_MAIN(TstImportResult)
#include "tst_importresult.moc"
