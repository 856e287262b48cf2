#include "tablereading.h"

#include "io/importer.h"
#include "io/xlsreader.h"
#include "testoffice.h"

#include <QtTest>

using namespace shoulou;
using namespace shoulou::io;
using test::ioDataFile;
using test::readAllRows;

// Legacy .xls workbooks (Excel 97–2003, BIFF8) through XlsReader: FreeXL, and the own BIFF8
// reader for what FreeXL cannot open (tst_biffworkbook tests that reader on its own).
// lo_people.xls is the same workbook as lo_people.xlsx, saved by LibreOffice as "MS Excel 97"
// (make_fixtures.py).
class TestXlsReader final : public QObject {
    Q_OBJECT
private slots:
    void libreOfficeWorkbook()
    {
        auto opened = openTable(ioDataFile("lo_people.xls"));
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        auto &reader = *opened.value();
        QCOMPARE(reader.formatName(), QStringLiteral("XLS"));
        QCOMPARE(reader.header(), (QStringList{"姓名", "手机", "身份证号", "渠道", "备注", "留资时间"}));
        const auto rows = readAllRows(reader);
        QVERIFY(!reader.fatalError());
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).number, 1);
        QCOMPARE(rows.at(0).cells.mid(0, 5), (QStringList{"张三", "13812345678", "11010519491231002X", "抖音", "他说\"你好\", 然后走了"}));
        QCOMPARE(rows.at(0).numeric.mid(0, 5), (QList<bool>{false, false, false, false, false}));
        // A date-time cell comes as text the lead-time parser reads.
        QVERIFY2(parseLeadTime(rows.at(0).cells.at(5), rows.at(0).numeric.at(5)).ok(), qPrintable(rows.at(0).cells.at(5)));
        QCOMPARE(parseLeadTime(rows.at(0).cells.at(5), rows.at(0).numeric.at(5)).value(),
                 parseLeadTime(QStringLiteral("2024-03-01 10:05"), false).value());
        QCOMPARE(rows.at(1).cells.at(0), QString::fromUcs4(U"\U0002003E王")); // outside the BMP, intact
        QCOMPARE(rows.at(1).cells.at(4), QStringLiteral("第一行\n第二行"));
        QCOMPARE(rows.at(1).cells.at(2), QString());
        // Spreadsheet row 4 is empty; 李四 is spreadsheet row 5.
        QCOMPARE(rows.at(2).number, 4);
        QCOMPARE(rows.at(2).cells.at(3), QStringLiteral("自然到访,复访"));
        QCOMPARE(reader.position(), reader.size());
    }

    void numberCellsAndSheets()
    {
        auto opened = XlsReader::open(ioDataFile("lo_people.xls"), QStringLiteral("数字"));
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        QCOMPARE(opened.value()->sheetNames(), (QStringList{"客户", "数字"}));
        QCOMPARE(opened.value()->sheetName(), QStringLiteral("数字"));
        const auto rows = readAllRows(*opened.value());
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).cells.at(1), QStringLiteral("13812345678"));
        QVERIFY2(rows.at(0).cells.at(2).startsWith(QStringLiteral("1.1010519491231")), qPrintable(rows.at(0).cells.at(2)));
        QCOMPARE(rows.at(0).numeric, (QList<bool>{false, true, true}));

        auto missing = openTable(ioDataFile("lo_people.xls"), QStringLiteral("Sheet9"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, QStringLiteral("io.sheet_not_found"));
        QVERIFY(missing.error().message.contains(QStringLiteral("客户, 数字")));
    }

    // A damaged file with the OLE2 signature is a clear error naming it, never a crash.
    void damagedWorkbook()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("坏.xls"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray bytes = QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(600, '\x01');
        f.write(bytes);
        f.close();
        auto opened = openTable(path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, QStringLiteral("io.format"));
        QVERIFY(opened.error().message.contains(path));
        QVERIFY2(opened.error().message.contains(QStringLiteral(".xlsx")), qPrintable(opened.error().message));
    }

    // FreeXL 1.0.6 cannot open a workbook with an empty text cell (a zero-length shared
    // string), which WPS and Excel write all the time: the own BIFF8 reader reads it.
    void emptyTextCell()
    {
        auto freexl = XlsReader::open(ioDataFile("lo_empty_text.xls"), {}, XlsReader::Engine::FreeXL);
        QVERIFY(!freexl.ok()); // why the fallback exists; if a newer FreeXL reads it, the fallback is idle
        QCOMPARE(freexl.error().code, QStringLiteral("io.format"));

        auto opened = openTable(ioDataFile("lo_empty_text.xls"));
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        auto &reader = *opened.value();
        QCOMPARE(reader.formatName(), QStringLiteral("XLS"));
        QCOMPARE(dynamic_cast<XlsReader &>(reader).engine(), XlsReader::Engine::Builtin);
        QCOMPARE(dynamic_cast<XlsReader &>(reader).sheetNames(), QStringList{QStringLiteral("客户")});
        QCOMPARE(reader.header(), (QStringList{"姓名", "手机", "备注"}));
        const auto rows = readAllRows(reader);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).number, 1);
        QCOMPARE(rows.at(0).cells, (QStringList{"张三", "13812345678", ""}));
        QCOMPARE(rows.at(0).numeric, (QList<bool>{false, false, false}));
        QVERIFY(rows.at(0).error.isEmpty());
        QCOMPARE(reader.position(), reader.size());
    }

    void importsEmptyTextCell()
    {
        test::TestOffice o;
        Importer imp(o.applier(), o.key(), o.clock());
        ImportOptions opt;
        opt.path = ioDataFile("lo_empty_text.xls");
        auto r = imp.run(opt);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->format, QStringLiteral("XLS"));
        QCOMPARE(r->rows, qint64(1));
        QCOMPARE(r->created, qint64(1));
        QCOMPARE(r->rejected, qint64(0));
        QCOMPARE(o.count("SELECT count(*) FROM customer WHERE name = '张三'"), qint64(1));
    }

    // The import reads it like any other table: the number-cell phone is rejected with the
    // Excel guidance, the others become customers.
    void importsLikeAnyTable()
    {
        test::TestOffice o;
        Importer imp(o.applier(), o.key(), o.clock());
        ImportOptions opt;
        opt.path = ioDataFile("lo_people.xls");
        auto r = imp.run(opt);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->format, QStringLiteral("XLS"));
        QCOMPARE(r->created, qint64(3));
        QCOMPARE(o.count("SELECT count(*) FROM customer WHERE name = '张三'"), qint64(1));
        opt.sheet = QStringLiteral("数字");
        auto numbers = imp.run(opt);
        QVERIFY(numbers.ok());
        QCOMPARE(numbers->rejected, qint64(1));
        QVERIFY(numbers->flagged.at(0).warning.contains(QStringLiteral("Excel")));
    }
};

QTEST_GUILESS_MAIN(TestXlsReader)
#include "tst_xlsreader.moc"
