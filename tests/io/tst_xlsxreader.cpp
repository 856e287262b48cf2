#include "io/tablereader.h"
#include "io/xlsxreader.h"

#include "tablereading.h"
#include <QTemporaryDir>

#include <QtTest>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

using namespace shoulou::io;

namespace {

QString dataFile(const char *name)
{
    return shoulou::test::ioDataFile(name);
}

QList<TableRow> readAll(TableReader &reader)
{
    return shoulou::test::readAllRows(reader);
}

} // namespace

class TestXlsxReader final : public QObject {
    Q_OBJECT
private slots:
    void libreOffice()
    {
        auto opened = openTable(dataFile("lo_people.xlsx"));
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        auto &reader = *opened.value();
        QCOMPARE(reader.formatName(), QStringLiteral("XLSX"));
        QCOMPARE(reader.header(), (QStringList{"姓名", "手机", "身份证号", "渠道", "备注", "留资时间"}));
        const auto rows = readAll(reader);
        QVERIFY(!reader.fatalError());
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).number, 1);
        QCOMPARE(rows.at(0).cells.mid(0, 5), (QStringList{"张三", "13812345678", "11010519491231002X", "抖音", "他说\"你好\", 然后走了"}));
        // A date cell is a number: the raw serial is kept for parseLeadTime.
        QCOMPARE(rows.at(0).cells.at(5), QStringLiteral("45352.4201388889"));
        QCOMPARE(rows.at(0).numeric, (QList<bool>{false, false, false, false, false, true}));
        QCOMPARE(rows.at(1).cells.at(0), QString::fromUcs4(U"\U0002003E王"));
        QCOMPARE(rows.at(1).cells.at(4), QStringLiteral("第一行\n第二行"));
        QCOMPARE(rows.at(1).cells.at(2), QString());
        // Spreadsheet row 4 is empty (no <row> in the XML); 李四 is spreadsheet row 5.
        QCOMPARE(rows.at(2).number, 4);
        QCOMPARE(rows.at(2).cells.at(3), QStringLiteral("自然到访,复访"));
        QCOMPARE(reader.position(), reader.size());
        QVERIFY(reader.size() > 0);
    }

    void numberCells_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("sheet");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("idPrefix");
        QTest::newRow("LibreOffice, second sheet by name") << dataFile("lo_people.xlsx") << "数字"
                                                           << "13812345678"
                                                           << "1.1010519491231E+";
        QTest::newRow("openpyxl") << dataFile("openpyxl_numbers.xlsx") << QString() << "13812345678"
                                  << "1.1010519491231e+";
    }
    void numberCells()
    {
        QFETCH(QString, file);
        QFETCH(QString, sheet);
        QFETCH(QString, phone);
        QFETCH(QString, idPrefix);
        auto opened = XlsxReader::open(file, sheet);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        const auto rows = readAll(*opened.value());
        QVERIFY(!rows.isEmpty());
        const TableRow &row = rows.at(0);
        QCOMPARE(row.cells.at(1), phone); // raw text, never reformatted
        QVERIFY2(row.cells.at(2).startsWith(idPrefix), qPrintable(row.cells.at(2)));
        QCOMPARE(row.numeric, (QList<bool>{false, true, true}));
        if (rows.size() > 1) // openpyxl sheet: the same values typed as text
            QCOMPARE(rows.at(1).numeric, (QList<bool>{false, false, false}));
    }

    void sheetNotFound()
    {
        auto opened = openTable(dataFile("lo_people.xlsx"), QStringLiteral("Sheet9"));
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, QStringLiteral("io.sheet_not_found"));
        QVERIFY(opened.error().message.contains(QStringLiteral("Sheet9")));
        QVERIFY(opened.error().message.contains(QStringLiteral("客户, 数字")));
        auto reader = XlsxReader::open(dataFile("lo_people.xlsx"));
        QVERIFY(reader.ok());
        QCOMPARE(reader.value()->sheetNames(), (QStringList{"客户", "数字"}));
        QCOMPARE(reader.value()->sheetName(), QStringLiteral("客户"));
    }

    void handmade()
    {
        auto opened = openTable(dataFile("handmade.xlsx"));
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        auto &reader = *opened.value();
        QCOMPARE(reader.header(), (QStringList{"姓名", "手机", "备注", "标记"})); // runs joined
        const auto rows = readAll(reader);
        QVERIFY(!reader.fatalError());
        QCOMPARE(rows.size(), 5);
        // Rich-text shared string; the phonetic guide <rPh> is not part of the value.
        QCOMPARE(rows.at(0).cells, (QStringList{"张三 ", "13812345678", "公式结果", "TRUE"}));
        QCOMPARE(rows.at(0).numeric, QList<bool>(4, false));
        // Gap: spreadsheet rows 3–4 do not exist; B5 is missing, C5 is an error value.
        QCOMPARE(rows.at(1).number, 4);
        QCOMPARE(rows.at(1).cells, (QStringList{"李四", "", "#N/A", "a & b"}));
        // Cells without r= follow each other.
        QCOMPARE(rows.at(2).number, 5);
        QCOMPARE(rows.at(2).cells, (QStringList{"王五", "13900001111", "", ""}));
        QCOMPARE(rows.at(2).numeric, (QList<bool>{false, true, false, false}));
        // Row 7 only has empty cells and is skipped; F8 is beyond the header and kept.
        QCOMPARE(rows.at(3).number, 7);
        QCOMPARE(rows.at(3).cells, (QStringList{"赵六", "", "", "", "", "extra"}));
        QCOMPARE(rows.at(3).numeric.size(), 6);
        // A dangling shared-string index damages only its row.
        QCOMPARE(rows.at(4).number, 8);
        QVERIFY2(rows.at(4).error.contains(QStringLiteral("row 8")), qPrintable(rows.at(4).error));
        QVERIFY(rows.at(4).error.contains(QStringLiteral("A9")));
        QVERIFY(rows.at(4).error.contains(QStringLiteral("99")));
    }

    void hostile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mention");
        QTest::newRow("zip bomb") << dataFile("bomb.xlsx") << "io.xlsx_limits"
                                  << "sheet1.xml";
        // minizip stops at the declared size, so the XML ends early: rejected, never inflated.
        QTest::newRow("zip bomb, lying header") << dataFile("bomb_lying_header.xlsx") << "io.format"
                                                << "sheet1.xml";
        QTest::newRow("billion laughs") << dataFile("billion_laughs.xlsx") << "io.xlsx_limits"
                                        << "sharedStrings.xml";
        QTest::newRow("external entity") << dataFile("xxe.xlsx") << "io.xlsx_limits"
                                         << "sheet1.xml";
        QTest::newRow("not a zip") << dataFile("not_a_zip.xlsx") << "io.format"
                                   << "not_a_zip.xlsx";
    }
    void hostile()
    {
        QFETCH(QString, file);
        QFETCH(QString, code);
        QFETCH(QString, mention);
        auto opened = openTable(file);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().code == code, qPrintable(opened.error().message));
        QVERIFY2(opened.error().message.contains(mention), qPrintable(opened.error().message));
    }

    void tooManyEntries()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("entries.xlsx"));
        QuaZip zip(path);
        QVERIFY(zip.open(QuaZip::mdCreate));
        for (int i = 0; i <= 10000; ++i) {
            QuaZipFile file(&zip);
            QVERIFY(file.open(QIODevice::WriteOnly, QuaZipNewInfo(QStringLiteral("x/%1.xml").arg(i))));
            file.write("<a/>");
            file.close();
        }
        zip.close();
        auto opened = openTable(path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, QStringLiteral("io.xlsx_limits"));
        QVERIFY2(opened.error().message.contains(QStringLiteral("10001")), qPrintable(opened.error().message));
    }

    void configurableLimits()
    {
        XlsxLimits limits;
        limits.maxSheetBytes = 1000; // the sheet of lo_people.xlsx is a few KiB
        auto opened = XlsxReader::open(dataFile("lo_people.xlsx"), {}, limits);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, QStringLiteral("io.xlsx_limits"));
    }
};

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
