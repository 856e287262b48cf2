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

class TstImportView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void gb18030PreviewShowsEncodingAndAnEditedMappingIsImported()
    {
        test::UiTestOffice office;
        ImportView view(office.session());
        QAbstractItemModelTester rowsTester(view.findChild<QTableView *>(QStringLiteral("previewTable"))->model(),
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester mappingTester(view.previewPage()->mappingModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(view.viewId(), QStringLiteral("import"));
        QCOMPARE(view.step(), ImportView::Step::Choose);

        view.setFile(importData("leads_gb18030.csv"));
        QTRY_COMPARE(view.step(), ImportView::Step::Preview);
        QVERIFY2(text(view, "formatLabel").contains(QLatin1String("GB18030")), qPrintable(text(view, "formatLabel")));
        QCOMPARE(view.previewPage()->mappingModel()->header(),
                 (QStringList{QStringLiteral("姓名"), QStringLiteral("电话"), QStringLiteral("渠道")}));
        auto *rows = view.findChild<QTableView *>(QStringLiteral("previewTable"))->model();
        QCOMPARE(rows->rowCount(), 2);
        QCOMPARE(rows->index(0, 0).data().toString(), QStringLiteral("王𠀾"));
        QCOMPARE(rows->index(0, 1).data().toString(), QStringLiteral("136****5678")); // masked like everywhere

        // The channel column is left out: every row falls back to the default channel.
        const int channel = headerColumn(view, QStringLiteral("渠道"));
        QCOMPARE(view.previewPage()->mappingModel()->fieldOf(channel), io::LeadField::Channel);
        QComboBox *combo = fieldCombo(view, channel);
        QVERIFY(combo);
        combo->setCurrentIndex(combo->findData(QStringLiteral("ignore")));
        QCOMPARE(view.previewPage()->mappingModel()->fieldOf(channel), io::LeadField::Ignore);
        QVERIFY(rows->headerData(channel, Qt::Horizontal).toString().contains(QLatin1String("not imported")));

        button(view, "startButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(view.step(), ImportView::Step::Result, 60000);
        QCOMPARE(text(view, "createdCount"), QStringLiteral("2"));
        QCOMPARE(office.office().count("SELECT count(*) FROM customer"), 2);
        QCOMPARE(office.office().count("SELECT count(*) FROM touch t JOIN channel c ON c.id = t.channel_id "
                                       "WHERE c.code = 'other'"),
                 2);
        QCOMPARE(office.office().count("SELECT count(*) FROM touch t JOIN channel c ON c.id = t.channel_id "
                                       "WHERE c.code = 'anjuke'"),
                 0);
    }

    // The format line says everything the reader found — encoding, separator, rows — and is
    // shown whole, wrapped within the page (in zh_CN it was cut after "CSV 文本，编码").
    void theFormatLineIsShownWhole()
    {
        QTranslator zh;
        QVERIFY(
            zh.load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("shoulou"), QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&zh);
        test::UiTestOffice office;
        ImportView view(office.session());
        view.resize(900, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setFile(importData("leads_gb18030.csv"));
        QTRY_COMPARE(view.step(), ImportView::Step::Preview);
        auto *format = view.findChild<QLabel *>(QStringLiteral("formatLabel"));
        const QString line = format->text();
        QCoreApplication::removeTranslator(&zh);
        QVERIFY2(line.contains(QStringLiteral("GB18030")) && line.contains(QStringLiteral("逗号")) && line.contains(QStringLiteral("2 行")),
                 qPrintable(line));
        QVERIFY(format->wordWrap());
        QTRY_VERIFY2(format->height() >= format->heightForWidth(format->width()),
                     qPrintable(QStringLiteral("%1 px high, needs %2").arg(format->height()).arg(format->heightForWidth(format->width()))));
        // Wrapped, not clipped: the label is as wide as its text or as the page allows.
        QVERIFY(format->width() >= qMin(format->fontMetrics().horizontalAdvance(line), view.width() / 2));
    }

    // 03/04/2026 could be either way round: the preview asks, and the import follows the answer.
    // 30/11/2026 among the rows decides by itself.
    void ambiguousDatesAreAskedInThePreview()
    {
        test::UiTestOffice office;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("dates.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("姓名,手机,留资时间\n甲,13800000001,03/04/2026\n乙,13800000002,05/06/2026 09:30\n");
        file.close();
        ImportView view(office.session());
        view.setFile(path);
        QTRY_COMPARE(view.step(), ImportView::Step::Preview);
        auto *order = view.findChild<QComboBox *>(QStringLiteral("dateOrderCombo"));
        QVERIFY(!order->isHidden());
        QCOMPARE(view.previewPage()->dateOrder(), io::DateOrder::Unknown);
        QVERIFY(!button(view, "startButton")->isEnabled());
        QVERIFY2(text(view, "mappingWarning").contains(QLatin1String("month first")), qPrintable(text(view, "mappingWarning")));
        order->setCurrentIndex(order->findData(int(io::DateOrder::MonthFirst)));
        emit order->activated(order->currentIndex());
        QVERIFY(button(view, "startButton")->isEnabled());
        button(view, "startButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(view.step(), ImportView::Step::Result, 60000);
        QCOMPARE(text(view, "createdCount"), QStringLiteral("2"));
        QCOMPARE(text(view, "warnedCount"), QStringLiteral("0"));
        QCOMPARE(office.office().count("SELECT occurred_at FROM touch t JOIN customer_phone p ON p.customer_id = t.customer_id "
                                       "WHERE p.digits = '13800000001'"),
                 QDateTime(QDate(2026, 3, 4), QTime(0, 0), QTimeZone("Asia/Shanghai")).toMSecsSinceEpoch());

        QFile decided(dir.filePath(QStringLiteral("decided.csv")));
        QVERIFY(decided.open(QIODevice::WriteOnly));
        decided.write("姓名,手机,留资时间\n甲,13800000003,03/04/2026\n乙,13800000004,30/11/2026\n");
        decided.close();
        view.setFile(decided.fileName());
        QTRY_COMPARE(view.step(), ImportView::Step::Preview);
        QVERIFY(!order->isHidden());
        QCOMPARE(view.previewPage()->dateOrder(), io::DateOrder::DayFirst);
        QVERIFY(button(view, "startButton")->isEnabled());

        view.setFile(importData("leads_gb18030.csv")); // no dates at all: nothing to ask
        QTRY_COMPARE(view.previewPage()->preview().path, importData("leads_gb18030.csv"));
        QVERIFY(order->isHidden());
    }

    void aMappingIsSavedAndLoadedBack()
    {
        test::UiTestOffice office;
        ImportView view(office.session());
        view.setFile(importData("douyin_export.csv"));
        QTRY_COMPARE(view.step(), ImportView::Step::Preview);
        ColumnMappingModel *mapping = view.previewPage()->mappingModel();
        const int project = headerColumn(view, QStringLiteral("意向楼盘"));
        const int openId = headerColumn(view, QStringLiteral("open_id"));
        QCOMPARE(mapping->fieldOf(project), io::LeadField::Ignore);
        fieldCombo(view, project)->setCurrentIndex(fieldCombo(view, project)->findData(QStringLiteral("remark")));
        auto *channel = view.findChild<QComboBox *>(QStringLiteral("channelCombo"));
        channel->setCurrentIndex(channel->findData(QStringLiteral("抖音")));
        QVERIFY(channel->currentIndex() > 0);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("douyin.json"));
        QVERIFY(view.previewPage()->saveMapping(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject saved = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(saved.value(QStringLiteral("channel")).toString(), QStringLiteral("抖音"));
        QCOMPARE(saved.value(QStringLiteral("columns")).toObject().value(QStringLiteral("意向楼盘")).toString(), QStringLiteral("remark"));

        // The same file again starts from the automatic guess; the saved mapping restores the edit.
        view.setFile(importData("douyin_export.csv"));
        QTRY_COMPARE(view.step(), ImportView::Step::Preview);
        QCOMPARE(mapping->fieldOf(project), io::LeadField::Ignore);
        QCOMPARE(channel->currentIndex(), 0);
        QVERIFY(view.previewPage()->loadMapping(path));
        QCOMPARE(mapping->fieldOf(project), io::LeadField::Remark);
        QCOMPARE(fieldCombo(view, project)->currentData().toString(), QStringLiteral("remark"));
        QCOMPARE(channel->currentData().toString(), QStringLiteral("抖音"));
        QCOMPARE(mapping->fieldOf(openId), io::LeadField::PlatformId);

        // A mapping naming a column the file lacks is refused with the column's name; nothing changes.
        const QString bad = dir.filePath(QStringLiteral("bad.json"));
        QFile badFile(bad);
        QVERIFY(badFile.open(QIODevice::WriteOnly));
        badFile.write(R"({"columns": {"客户手机": "phone"}})");
        badFile.close();
        QVERIFY(!view.previewPage()->loadMapping(bad));
        QVERIFY2(text(view, "previewMessage").contains(QStringLiteral("客户手机")), qPrintable(text(view, "previewMessage")));
        QCOMPARE(mapping->fieldOf(project), io::LeadField::Remark);

        // The CLI's own mapping file is accepted as well, and the import follows it.
        QVERIFY(view.previewPage()->loadMapping(importData("douyin_mapping.json")));
        button(view, "startButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(view.step(), ImportView::Step::Result, 60000);
        QCOMPARE(office.office().count("SELECT count(*) FROM customer"), text(view, "createdCount").toLongLong());
        QVERIFY(office.office().count("SELECT count(*) FROM customer_device") > 0);
    }

    void badInputIsExplainedAndNothingIsImported()
    {
        test::UiTestOffice office;
        ImportView view(office.session());
        QTemporaryDir dir;

        view.setFile(dir.filePath(QStringLiteral("missing.csv")));
        QTRY_VERIFY(!text(view, "chooseStatus").contains(QLatin1String("Reading")));
        QCOMPARE(view.step(), ImportView::Step::Choose);
        QVERIFY2(text(view, "chooseStatus").contains(QLatin1String("missing.csv")), qPrintable(text(view, "chooseStatus")));

        const QString picture = dir.filePath(QStringLiteral("photo.csv"));
        QFile png(picture);
        QVERIFY(png.open(QIODevice::WriteOnly));
        png.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 24));
        png.close();
        view.setFile(picture);
        QTRY_VERIFY2(text(view, "chooseStatus").contains(QLatin1String("not a CSV or XLSX")), qPrintable(text(view, "chooseStatus")));
        QCOMPARE(view.step(), ImportView::Step::Choose);

        // Without any identifying column the import cannot start, and the page says why.
        view.setFile(importData("leads_gb18030.csv"));
        QTRY_COMPARE(view.step(), ImportView::Step::Preview);
        QComboBox *phone = fieldCombo(view, headerColumn(view, QStringLiteral("电话")));
        phone->setCurrentIndex(phone->findData(QStringLiteral("ignore")));
        auto *warning = view.findChild<QLabel *>(QStringLiteral("mappingWarning"));
        QVERIFY(!warning->isHidden());
        QVERIFY(warning->text().contains(QLatin1String("phone")));
        QVERIFY(!button(view, "startButton")->isEnabled());
        button(view, "startButton")->click();
        QCOMPARE(view.step(), ImportView::Step::Preview);
        QCOMPARE(office.office().count("SELECT count(*) FROM customer"), 0);
        phone->setCurrentIndex(phone->findData(QStringLiteral("phone")));
        QVERIFY(warning->isHidden());
        QVERIFY(button(view, "startButton")->isEnabled());
    }

    void aDroppedWorkbookOffersItsSheets()
    {
        test::UiTestOffice office;
        ImportView view(office.session());
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(importData("leads.xlsx"))});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&view, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&view, &drop);
        QTRY_COMPARE(view.step(), ImportView::Step::Preview);
        QVERIFY(text(view, "formatLabel").contains(QLatin1String("XLSX")));

        auto *sheet = view.findChild<QComboBox *>(QStringLiteral("sheetCombo"));
        QVERIFY(!sheet->isHidden());
        QCOMPARE(sheet->count(), 2);
        QCOMPARE(sheet->currentText(), QStringLiteral("线索"));
        QTest::keyClick(sheet, Qt::Key_Down);
        QTRY_COMPARE(view.previewPage()->mappingModel()->header(), (QStringList{QStringLiteral("name"), QStringLiteral("phone")}));
        QCOMPARE(view.previewPage()->preview().sheet, QStringLiteral("备用"));
        button(view, "startButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(view.step(), ImportView::Step::Result, 60000);
        QCOMPARE(text(view, "createdCount"), QStringLiteral("1"));
        QCOMPARE(office.office().count("SELECT count(*) FROM customer WHERE name = 'Tom Lee'"), 1);
    }

    // An Excel 97–2003 workbook (WPS's default) is previewed and imported like an XLSX one.
    void aLegacyXlsWorkbookIsImported()
    {
        test::UiTestOffice office;
        ImportView view(office.session());
        view.setFile(QStringLiteral(SHOULOU_TEST_DATA_DIR "/io/lo_people.xls"));
        QTRY_COMPARE(view.step(), ImportView::Step::Preview);
        QVERIFY2(text(view, "formatLabel").contains(QLatin1String("XLS")), qPrintable(text(view, "formatLabel")));
        auto *sheet = view.findChild<QComboBox *>(QStringLiteral("sheetCombo"));
        QCOMPARE(sheet->count(), 2);
        QCOMPARE(sheet->currentText(), QStringLiteral("客户"));
        button(view, "startButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(view.step(), ImportView::Step::Result, 60000);
        QCOMPARE(text(view, "createdCount"), QStringLiteral("3"));
        QCOMPARE(office.office().count("SELECT count(*) FROM customer WHERE name = '李四'"), 1);
    }
};

QTEST_MAIN(TstImportView)
#include "tst_importview.moc"
