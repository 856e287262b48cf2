#include "biffbuilder.h"
#include "tablereading.h"

#include "io/biffnumberformats.h"
#include "io/biffworkbook.h"
#include "io/compoundfile.h"
#include "io/xlsreader.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QtTest>

using namespace shoulou;
using namespace shoulou::io;
using test::ioDataFile;
using test::readAllRows;
namespace b = shoulou::test::biff;

namespace {

using Engine = XlsReader::Engine;

QByteArray fileBytes(const char *name)
{
    QFile f(ioDataFile(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// The text of lo_long_sst.xls's 备注 column (make_fixtures.py, long_sst_remark).
QString longSstRemark(int i)
{
    if (i % 7 == 0)
        return QString();
    return QStringLiteral("第%1位客户的备注：").arg(i) + QStringLiteral("房源意向楼层朝向").repeated(i % 5 + 1);
}

// Globals with the XF records a sheet's cells name: XF 0–15 the defaults (General), then one
// XF per format index given (XF 16, 17, …).
QByteArray xfs(const QList<quint16> &formats)
{
    QByteArray out;
    QList<quint16> all(16, 0);
    all += formats;
    for (const quint16 f : std::as_const(all))
        out += b::record(0x00E0, b::u16(0) + b::u16(f) + QByteArray(16, '\0'));
    return out;
}

QByteArray format(quint16 index, const QString &code)
{
    return b::record(0x041E, b::u16(index) + b::string16(code));
}

QByteArray rk(quint16 row, quint16 column, quint16 xf, quint32 value)
{
    return b::record(0x027E, b::cell(row, column, xf) + b::u32(value));
}

QByteArray number(quint16 row, quint16 column, quint16 xf, double v)
{
    return b::record(0x0203, b::cell(row, column, xf) + b::f64(v));
}

QByteArray labelSst(quint16 row, quint16 column, quint32 index)
{
    return b::record(0x00FD, b::cell(row, column) + b::u32(index));
}

QByteArray label(quint16 row, quint16 column, const QString &text, quint16 type = 0x0204)
{
    return b::record(type, b::cell(row, column) + b::string16(text));
}

// A FORMULA record with its cached result (8 bytes) and a token-free formula.
QByteArray formula(quint16 row, quint16 column, quint16 xf, const QByteArray &result)
{
    return b::record(0x0006, b::cell(row, column, xf) + result + b::u16(0) + b::u32(0) + b::u16(0));
}

QByteArray taggedResult(quint8 type, quint8 value)
{
    QByteArray r(8, '\0');
    r[0] = char(type);
    r[2] = char(value);
    r[6] = r[7] = '\xFF';
    return r;
}

// Reads every sheet of a workbook the way the importer would, through the own reader only;
// true when it opened. Only a clean refusal may stop it: a crash or a hang fails the test run.
bool readEverything(const QByteArray &file)
{
    auto container = CompoundFile::parse(file);
    if (!container)
        return false;
    auto stream = container->stream(QStringLiteral("Workbook"));
    if (!stream)
        return false;
    auto book = BiffWorkbook::parse(std::move(stream).value());
    if (!book)
        return false;
    for (qsizetype i = 0; i < book->sheetNames().size(); ++i) {
        auto sheet = book->readSheet(i);
        if (!sheet)
            continue;
        QStringList cells;
        QList<bool> numeric;
        QString problem;
        for (quint32 r = 0; r < sheet->rowCount(); ++r) {
            sheet->readRow(r, cells, numeric, problem);
            if (cells.size() != sheet->columnCount() || numeric.size() != cells.size())
                qFatal("row %u has %lld cells, not %d", r, qlonglong(cells.size()), sheet->columnCount());
        }
    }
    return true;
}

} // namespace

// Shoulou's own BIFF8 reader (compound file, records, shared strings, cells), directly and
// through XlsReader::Engine::Builtin, against FreeXL on the fixtures LibreOffice wrote and on
// hand-built and damaged workbooks.
class TestBiffWorkbook final : public QObject {
    Q_OBJECT
private slots:
    void sameAsFreeXl_data()
    {
        QTest::addColumn<QString>("sheet");
        QTest::newRow("客户") << QStringLiteral("客户");
        QTest::newRow("数字") << QStringLiteral("数字");
    }

    // On a workbook FreeXL reads, both readers give the same rows, cell for cell.
    void sameAsFreeXl()
    {
        QFETCH(QString, sheet);
        auto freexl = XlsReader::open(ioDataFile("lo_people.xls"), sheet, Engine::FreeXL);
        auto own = XlsReader::open(ioDataFile("lo_people.xls"), sheet, Engine::Builtin);
        QVERIFY2(freexl.ok(), qPrintable(freexl.ok() ? QString() : freexl.error().message));
        QVERIFY2(own.ok(), qPrintable(own.ok() ? QString() : own.error().message));
        QCOMPARE(freexl.value()->engine(), Engine::FreeXL);
        QCOMPARE(own.value()->engine(), Engine::Builtin);
        QCOMPARE(own.value()->sheetNames(), freexl.value()->sheetNames());
        QCOMPARE(own.value()->sheetName(), sheet);
        QCOMPARE(own.value()->header(), freexl.value()->header());
        const auto expected = readAllRows(*freexl.value());
        const auto rows = readAllRows(*own.value());
        QCOMPARE(rows.size(), expected.size());
        QVERIFY(!rows.isEmpty());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QCOMPARE(rows.at(i).number, expected.at(i).number);
            QCOMPARE(rows.at(i).cells, expected.at(i).cells);
            QCOMPARE(rows.at(i).numeric, expected.at(i).numeric);
            QCOMPARE(rows.at(i).error, expected.at(i).error);
        }
        QCOMPARE(own.value()->position(), own.value()->size());
    }

    // What those rows are: lo_people.xls read by the own reader alone.
    void libreOfficePeople()
    {
        auto book = BiffWorkbook::load(ioDataFile("lo_people.xls"));
        QVERIFY2(book.ok(), qPrintable(book.ok() ? QString() : book.error().message));
        QCOMPARE(book->sheetNames(), (QStringList{"客户", "数字"}));
        QVERIFY(!book->is1904());

        auto opened = XlsReader::open(ioDataFile("lo_people.xls"), {}, Engine::Builtin);
        QVERIFY(opened.ok());
        auto &reader = *opened.value();
        QCOMPARE(reader.header(), (QStringList{"姓名", "手机", "身份证号", "渠道", "备注", "留资时间"}));
        const auto rows = readAllRows(reader);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).number, 1);
        QCOMPARE(rows.at(0).cells,
                 (QStringList{"张三", "13812345678", "11010519491231002X", "抖音", "他说\"你好\", 然后走了", "2024-03-01 10:05:00"}));
        QCOMPARE(rows.at(0).numeric, QList<bool>(6, false));
        QCOMPARE(rows.at(1).cells.at(0), QString::fromUcs4(U"\U0002003E王"));
        QCOMPARE(rows.at(1).cells.at(4), QStringLiteral("第一行\n第二行"));
        QCOMPARE(rows.at(1).cells.at(5), QStringLiteral("2024-03-02 09:30:00"));
        QCOMPARE(rows.at(2).number, 4); // spreadsheet row 4 is empty
        QCOMPARE(rows.at(2).cells.at(3), QStringLiteral("自然到访,复访"));

        auto numbers = XlsReader::open(ioDataFile("lo_people.xls"), QStringLiteral("数字"), Engine::Builtin);
        QVERIFY(numbers.ok());
        const auto numberRows = readAllRows(*numbers.value());
        QCOMPARE(numberRows.size(), 1);
        QCOMPARE(numberRows.at(0).cells, (QStringList{"王五", "13812345678", "1.1010519491231e+17"}));
        QCOMPARE(numberRows.at(0).numeric, (QList<bool>{false, true, true}));
    }

    // A shared-string table of 8 records (SST + 6 CONTINUE): CJK strings with rich-text runs,
    // split across records, runs split across records, a 4 502-character string and a
    // 9 003-character ASCII one (compressed) that cross a boundary, and empty strings.
    void longSharedStringTable()
    {
        const QString path = ioDataFile("lo_long_sst.xls");
        auto opened = openTable(path);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        QCOMPARE(dynamic_cast<XlsReader &>(*opened.value()).engine(), Engine::Builtin); // FreeXL cannot: empty strings
        QCOMPARE(opened.value()->header(), (QStringList{"姓名", "手机", "备注"}));
        const auto rows = readAllRows(*opened.value());
        QCOMPARE(rows.size(), 302);
        for (int i = 1; i <= 300; ++i) {
            const auto &row = rows.at(i - 1);
            QCOMPARE(row.number, qint64(i));
            QCOMPARE(row.cells, (QStringList{QStringLiteral("客户%1").arg(i), QStringLiteral("139%1").arg(i, 8, 10, QLatin1Char('0')),
                                             longSstRemark(i)}));
            QCOMPARE(row.numeric, QList<bool>(3, false));
        }
        QCOMPARE(rows.at(300).cells.at(0), QStringLiteral("长文本"));
        QCOMPARE(rows.at(300).cells.at(2), QStringLiteral("龘").repeated(4500) + QString::fromUcs4(U"\U0002003E尾"));
        QCOMPARE(rows.at(301).cells.at(2), QStringLiteral("abc").repeated(3000) + QStringLiteral("end"));
        QCOMPARE(rows.at(301).number, qint64(302));
    }

    // Formula cells as LibreOffice writes them, with their results as last calculated
    // (FreeXL 1.0.6 gives these cells no value; text results: cellRecords).
    void formulaResults()
    {
        auto opened = openTable(ioDataFile("lo_formulas.xls"));
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        QCOMPARE(opened.value()->header(), (QStringList{"姓名", "手机", "意向面积", "总价"}));
        const auto rows = readAllRows(*opened.value());
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).cells, (QStringList{"张三", "13812345678", "89.5", "1790000"}));
        QCOMPARE(rows.at(0).numeric, (QList<bool>{false, false, true, true}));
    }

    // Every kind of cell record, in a workbook built by hand (it is small: in the mini stream).
    void cellRecords()
    {
        const QByteArray globals = format(164, QStringLiteral("yyyy\"年\"m\"月\"d\"日\"")) + format(165, QStringLiteral("[h]:mm")) +
                                   format(166, QStringLiteral("0.00\"d\"")) + xfs({164, 165, 14, 22, 31, 166}) +
                                   b::sst({QStringLiteral("姓名"), QStringLiteral("值"), QStringLiteral("说明"), QStringLiteral("张三")});
        QByteArray mulrk = b::cell(3, 0, 15).left(4);
        mulrk += b::u16(15) + b::u32(7 << 2 | 2);     // the integer 7
        mulrk += b::u16(18) + b::u32(45352 << 2 | 2); // 2024-03-01 (built-in format 14)
        mulrk += b::u16(19) + b::f64(45352.5).mid(4); // 45352.5 as a 30-bit double, format 22
        mulrk += b::u16(2);
        QByteArray rstring = b::cell(2, 2) + b::string16(QStringLiteral("富文本")) + b::u16(1) + b::u16(0) + b::u16(1);
        const QByteArray sheet = b::record(0x0200, b::u32(0) + b::u32(12) + b::u16(0) + b::u16(3) + b::u16(0)) + // DIMENSIONS: 3 columns
                                 labelSst(0, 0, 0) + labelSst(0, 1, 1) + labelSst(0, 2, 2) +                     //
                                 labelSst(1, 0, 3) + rk(1, 1, 15, 42 << 2 | 2) + label(1, 2, QStringLiteral("plain ascii")) +
                                 label(2, 0, QStringLiteral("RK/100")) + rk(2, 1, 15, 1234 << 2 | 3) + b::record(0x00D6, rstring) +
                                 b::record(0x00BD, mulrk) + //
                                 number(4, 0, 15, 13812345678.0) + number(4, 1, 16, 45352.420138888889) + number(4, 2, 17, 0.5) +
                                 formula(5, 0, 15, b::f64(3.5)) + formula(5, 1, 15, taggedResult(0, 0)) +
                                 b::record(0x04BC, QByteArray(10, '\0')) + // SHRFMLA between the formula and its STRING
                                 b::record(0x0207, b::string16(QStringLiteral("公式结果"))) + formula(5, 2, 15, taggedResult(1, 1)) +
                                 formula(6, 0, 15, taggedResult(2, 0x07)) + b::record(0x0205, b::cell(6, 1) + QByteArray("\x00\x00", 2)) +
                                 b::record(0x0205, b::cell(6, 2) + QByteArray("\x2A\x01", 2)) + //
                                 b::record(0x0201, b::cell(7, 0)) +
                                 b::record(0x00BE, b::cell(7, 0).left(4) + b::u16(15) + b::u16(15) + b::u16(1)) +
                                 labelSst(8, 0, 99) + // no such shared string
                                 label(9, 0, QStringLiteral("x")) + number(9, 300, 15, 1) + formula(9, 1, 15, taggedResult(3, 0)) +
                                 number(9, 2, 20, 45352) +                          // built-in 31: 2024年3月1日
                                 b::bof(0x0020) + number(10, 0, 15, 1) + b::eof() + // an embedded chart's substream
                                 number(11, 0, 21, 1.5);
        const QByteArray stream = b::workbook(globals, {{QStringLiteral("表一"), sheet}});
        QVERIFY(stream.size() < 4096);
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("手工.xls"), b::compoundFile(stream));
        auto opened = XlsReader::open(path, {}, Engine::Builtin);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        auto &reader = *opened.value();
        QCOMPARE(reader.sheetNames(), QStringList{QStringLiteral("表一")});
        QCOMPARE(reader.header(), (QStringList{"姓名", "值", "说明"}));
        const auto rows = readAllRows(reader);
        QCOMPARE(rows.size(), 9);
        auto expect = [&rows](int i, qint64 number, const QStringList &cells, const QList<bool> &numeric) {
            QCOMPARE(rows.at(i).number, number);
            QCOMPARE(rows.at(i).cells, cells);
            QCOMPARE(rows.at(i).numeric, numeric);
        };
        expect(0, 1, {"张三", "42", "plain ascii"}, {false, true, false});
        expect(1, 2, {"RK/100", "12.34", "富文本"}, {false, true, false});
        expect(2, 3, {"7", "2024-03-01", "2024-03-01 12:00:00"}, {true, false, false});
        expect(3, 4, {"13812345678", "2024-03-01", "12:00:00"}, {true, false, false});
        expect(4, 5, {"3.5", "公式结果", "TRUE"}, {true, false, false});
        expect(5, 6, {"#DIV/0!", "FALSE", "#N/A"}, {false, false, false});
        // Row 8 (blank cells only) is skipped; the dangling shared string damages row 9 only.
        expect(6, 8, {"", "", ""}, {false, false, false});
        QVERIFY2(rows.at(6).error.contains(QStringLiteral("A9")) && rows.at(6).error.contains(QStringLiteral("99")),
                 qPrintable(rows.at(6).error));
        // Column 300 does not exist in Excel 97–2003; the empty-string formula is empty.
        expect(7, 9, {"x", "", "2024-03-01"}, {false, false, false});
        QVERIFY(rows.at(7).error.isEmpty());
        // The chart's cell (row 11) is not the sheet's; "d" in quotes is no day.
        expect(8, 11, {"1.5", "", ""}, {true, false, false});
    }

    // The same workbook in a regular stream (over 4 096 bytes), and in the 1904 date system.
    void regularStreamAnd1904()
    {
        const QByteArray globals = b::record(0x0022, b::u16(1)) + xfs({14}) + b::record(0x1234, QByteArray(5000, 'x')) +
                                   b::sst({QStringLiteral("日期")});
        const QByteArray stream = b::workbook(globals, {{QStringLiteral("Sheet1"), labelSst(0, 0, 0) + rk(1, 0, 16, 0 << 2 | 2)}});
        QVERIFY(stream.size() > 4096);
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("1904.xls"), b::compoundFile(stream));
        auto book = BiffWorkbook::load(path);
        QVERIFY2(book.ok(), qPrintable(book.ok() ? QString() : book.error().message));
        QVERIFY(book->is1904());
        auto opened = XlsReader::open(path, {}, Engine::Builtin);
        QVERIFY(opened.ok());
        const auto rows = readAllRows(*opened.value());
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).cells, QStringList{QStringLiteral("1904-01-01")});
    }

    // An Excel 5.0/95 workbook (BIFF5: a "Book" stream, text in the ANSI code page) is not the
    // own reader's: XlsReader hands it to FreeXL.
    void excel95GoesToFreeXl()
    {
        auto text = [](quint16 row, quint16 column, const QByteArray &gbk) {
            return b::record(0x0204, b::cell(row, column) + b::u16(quint16(gbk.size())) + gbk);
        };
        const QByteArray name = QByteArray("\xBF\xCD\xBB\xA7"); // 客户 in GBK
        const QByteArray sheet = b::bof(0x0010, 0x0500) +
                                 b::record(0x0200, b::u16(0) + b::u16(2) + b::u16(0) + b::u16(2) + b::u16(0)) + // DIMENSIONS
                                 text(0, 0, "\xD0\xD5\xC3\xFB") + text(0, 1, "\xCA\xD6\xBB\xFA") +              // 姓名 手机
                                 text(1, 0, "\xD5\xC5\xC8\xFD") + text(1, 1, "13812345678") + b::eof();         // 张三
        QByteArray globals = b::bof(0x0005, 0x0500) + b::record(0x0042, b::u16(936)) + xfs({});
        const qsizetype boundSheetSize = 4 + 7 + name.size();
        const qsizetype sheetOffset = globals.size() + boundSheetSize + 4;
        globals += b::record(0x0085, b::u32(quint32(sheetOffset)) + QByteArray(2, '\0') + QByteArray(1, char(name.size())) + name);
        const QByteArray stream = globals + b::eof() + sheet;
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("excel95.xls"), b::compoundFile(stream, QStringLiteral("Book")));

        auto own = XlsReader::open(path, {}, Engine::Builtin);
        QVERIFY(!own.ok());
        QVERIFY2(own.error().message.contains(QStringLiteral("Excel 95")), qPrintable(own.error().message));
        auto opened = openTable(path);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        QCOMPARE(dynamic_cast<XlsReader &>(*opened.value()).engine(), Engine::FreeXL);
        QCOMPARE(dynamic_cast<XlsReader &>(*opened.value()).sheetNames(), QStringList{QStringLiteral("客户")});
        QCOMPARE(opened.value()->header(), (QStringList{"姓名", "手机"}));
        const auto rows = readAllRows(*opened.value());
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).cells, (QStringList{"张三", "13812345678"}));
    }

    void classifyFormats_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("kind");
        using K = BiffNumberFormats::Kind;
        QTest::newRow("general") << "General" << int(K::Number);
        QTest::newRow("zh general") << "G/通用格式" << int(K::Number);
        QTest::newRow("iso date") << "YYYY\\-MM\\-DD" << int(K::Date);
        QTest::newRow("date time") << "yyyy-mm-dd hh:mm" << int(K::DateTime);
        QTest::newRow("month day time") << "m/d h:mm" << int(K::DateTime);
        QTest::newRow("chinese date") << "yyyy\"年\"m\"月\"d\"日\"" << int(K::Date);
        QTest::newRow("month name") << "mmm" << int(K::Date);
        QTest::newRow("time") << "h:mm:ss AM/PM" << int(K::Time);
        QTest::newRow("minutes seconds") << "mm:ss" << int(K::Time);
        QTest::newRow("elapsed") << "[h]:mm" << int(K::Time);
        QTest::newRow("locale prefix") << "[$-804]yyyy/m/d" << int(K::Date);
        QTest::newRow("colour") << "[Red]0.00" << int(K::Number);
        QTest::newRow("quoted letters") << "0 \"days\"" << int(K::Number);
        QTest::newRow("escaped") << "0\\d" << int(K::Number);
        QTest::newRow("currency") << "\"¥\"#,##0.00_);[Red]\\(\"¥\"#,##0.00\\)" << int(K::Number);
        QTest::newRow("padding") << "_-* #,##0_-;\\-* #,##0_-" << int(K::Number);
    }

    void classifyFormats()
    {
        QFETCH(QString, code);
        QFETCH(int, kind);
        QCOMPARE(int(BiffNumberFormats::classify(code)), kind);
    }

    void serialDates_data()
    {
        QTest::addColumn<double>("serial");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("is1904");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("numeric");
        using K = BiffNumberFormats::Kind;
        QTest::newRow("number") << 13812345678.0 << int(K::Number) << false << "13812345678" << true;
        QTest::newRow("15 digits") << 1.10105194912310e17 << int(K::Number) << false << "1.1010519491231e+17" << true;
        QTest::newRow("fraction") << 12.34 << int(K::Number) << false << "12.34" << true;
        QTest::newRow("day 1") << 1.0 << int(K::Date) << false << "1900-01-01" << false;
        QTest::newRow("lotus leap day") << 60.0 << int(K::Date) << false << "1900-02-29" << false;
        QTest::newRow("after it") << 61.0 << int(K::Date) << false << "1900-03-01" << false;
        QTest::newRow("date drops time") << 45352.99 << int(K::Date) << false << "2024-03-01" << false;
        QTest::newRow("date time") << 45352.420138888889 << int(K::DateTime) << false << "2024-03-01 10:05:00" << false;
        QTest::newRow("rounds to next day") << 45352.999999999 << int(K::DateTime) << false << "2024-03-02 00:00:00" << false;
        QTest::newRow("time") << 0.75 << int(K::Time) << false << "18:00:00" << false;
        QTest::newRow("1904") << 43890.0 << int(K::Date) << true << "2024-03-01" << false;
        QTest::newRow("last day") << 2958465.0 << int(K::Date) << false << "9999-12-31" << false;
        QTest::newRow("beyond 9999") << 2958466.0 << int(K::Date) << false << "2958466" << true;
        QTest::newRow("negative") << -1.0 << int(K::Date) << false << "-1" << true;
    }

    void serialDates()
    {
        QFETCH(double, serial);
        QFETCH(int, kind);
        QFETCH(bool, is1904);
        QFETCH(QString, text);
        QFETCH(bool, numeric);
        bool isNumber = false;
        QCOMPARE(BiffNumberFormats::cellText(serial, BiffNumberFormats::Kind(kind), is1904, isNumber), text);
        QCOMPARE(isNumber, numeric);
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("says");
        const QByteArray sheet = labelSst(0, 0, 0);
        const QByteArray sst = b::sst({QStringLiteral("姓名")});
        const QByteArray good = b::compoundFile(b::workbook(sst + b::record(0x1234, QByteArray(5000, 'x')), {{"S", sheet}}));
        QTest::newRow("password") << b::compoundFile(b::workbook(b::record(0x002F, QByteArray(54, '\x01')) + sst, {{"S", sheet}}))
                                  << "password";
        QByteArray biff5 = b::bof(0x0005, 0x0500) + b::eof();
        QTest::newRow("biff5 in Workbook") << b::compoundFile(biff5) << "records"; // damage: Excel 95 wrote "Book"
        QTest::newRow("biff5 Book stream") << b::compoundFile(biff5, QStringLiteral("Book")) << "Excel 95";
        QTest::newRow("not a workbook") << b::compoundFile(QByteArray(600, 'w'), QStringLiteral("WordDocument")) << "no workbook";
        QTest::newRow("not BIFF") << b::compoundFile(QByteArray(600, 'w')) << "records";
        QTest::newRow("no sheet EOF") << b::compoundFile(b::workbook(sst, {{"S", sheet}}).chopped(4)) << "records";
        QByteArray badOffset = b::workbook(sst, {{"S", sheet}});
        badOffset.replace(badOffset.indexOf(QByteArray("\x85\x00", 2)) + 4, 4, b::u32(0x7FFFFFF0)); // BOUNDSHEET's offset
        QTest::newRow("sheet offset") << b::compoundFile(badOffset) << "records";
        QByteArray cut = b::workbook(b::sst({QStringLiteral("很长的共享字符串")}), {{"S", sheet}});
        cut.replace(cut.indexOf(QByteArray("\xFC\x00", 2)) + 2, 2, b::u16(14)); // SST cut in the middle of the string
        QTest::newRow("sst cut") << b::compoundFile(cut) << "records";
        // The container: sector 2 is the stream's first; FAT entries at 512 + 4 × sector.
        QByteArray loop = good;
        loop.replace(512 + 4 * 3, 4, b::u32(2)); // the stream's chain goes back to its start
        QTest::newRow("chain loop") << loop << "OLE2";
        QByteArray outside = good;
        outside.replace(512 + 4 * 2, 4, b::u32(0x00FFFFFF));
        QTest::newRow("sector outside") << outside << "OLE2";
        QByteArray shortChain = good;
        shortChain.replace(1024 + 128 + 0x78, 4, b::u32(4u << 20)); // the stream claims 4 MiB
        QTest::newRow("chain too short") << shortChain << "OLE2";
        QByteArray huge = good;
        huge.replace(1024 + 128 + 0x78, 4, b::u32(0xFFFFFFF0));
        QTest::newRow("stream too large") << huge << "larger";
        QByteArray dirLoop = good;
        dirLoop.replace(512 + 4 * 1, 4, b::u32(1)); // the directory's chain points to itself
        QTest::newRow("directory loop") << dirLoop << "OLE2";
        QByteArray fatCount = good;
        fatCount.replace(0x2C, 4, b::u32(0x40000000));
        QTest::newRow("FAT sector count") << fatCount << "OLE2";
        QTest::newRow("sector shift") << QByteArray(good).replace(0x1E, 2, b::u16(30)) << "OLE2";
        QTest::newRow("header only") << good.left(512) << "OLE2";
    }

    // Damage is an io.format error naming the file and saying what is wrong.
    void refusals()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, says);
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("坏.xls"), file);
        auto opened = XlsReader::open(path, {}, Engine::Builtin);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, QStringLiteral("io.format"));
        QVERIFY2(opened.error().message.contains(path), qPrintable(opened.error().message));
        QVERIFY2(opened.error().message.contains(says), qPrintable(opened.error().message));
    }

    // The caps hold against a file that is valid but too big for them.
    void limits()
    {
        QTemporaryDir dir;
        const QString path = ioDataFile("lo_long_sst.xls");
        XlsLimits few;
        few.maxCells = 100;
        auto cells = XlsReader::open(path, {}, Engine::Builtin, few);
        QVERIFY(!cells.ok());
        QVERIFY2(cells.error().message.contains(QStringLiteral("100")), qPrintable(cells.error().message));
        XlsLimits strings;
        strings.maxSharedStrings = 10;
        QVERIFY(!XlsReader::open(path, {}, Engine::Builtin, strings).ok());
        XlsLimits characters;
        characters.maxSharedStringChars = 1000;
        QVERIFY(!XlsReader::open(path, {}, Engine::Builtin, characters).ok());
        XlsLimits small;
        small.maxFileBytes = 4096;
        auto file = XlsReader::open(path, {}, Engine::Builtin, small);
        QVERIFY(!file.ok());
        QCOMPARE(file.error().code, QStringLiteral("io.format"));
        // A declared count of 4 billion strings with one string behind it costs nothing.
        QByteArray sst = b::sst({QStringLiteral("姓名")});
        sst.replace(8, 4, b::u32(0xFFFFFFFF));
        auto lying = XlsReader::open(
            writeFile(dir, QStringLiteral("sst.xls"), b::compoundFile(b::workbook(sst, {{"S", labelSst(0, 0, 0)}}))), {}, Engine::Builtin);
        QVERIFY2(lying.ok(), qPrintable(lying.ok() ? QString() : lying.error().message));
        QCOMPARE(lying.value()->header(), QStringList{QStringLiteral("姓名")});
    }

    // One byte changed in lo_long_sst.xls's shared strings makes FreeXL 1.0.6 read out of
    // bounds and kill the process; the own reader refuses the file, and XlsReader never hands a
    // damaged BIFF8 workbook on to FreeXL.
    void damageThatCrashesFreeXl()
    {
        const QString path = ioDataFile("freexl_crash.xls");
        auto opened = openTable(path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, QStringLiteral("io.format"));
        QVERIFY2(opened.error().message.contains(path), qPrintable(opened.error().message));
    }

    // Fixtures cut short at many lengths and with bytes flipped at many offsets (fixed seed):
    // each is read to the end or refused, never a crash, a hang or a read out of bounds.
    void fuzzedFixtures()
    {
        QElapsedTimer timer;
        timer.start();
        QRandomGenerator random(20240301);
        int opened = 0, refused = 0;
        for (const char *name : {"lo_people.xls", "lo_empty_text.xls", "lo_long_sst.xls", "lo_formulas.xls"}) {
            const QByteArray original = fileBytes(name);
            QVERIFY(readEverything(original));
            for (int i = 0; i < 96; ++i) {
                const qsizetype length = i < 32 ? i * 17 : original.size() * (i - 32) / 64;
                (readEverything(original.left(length)) ? opened : refused)++;
            }
            for (int i = 0; i < 400; ++i) {
                QByteArray damaged = original;
                const int flips = 1 + int(random.bounded(4));
                for (int f = 0; f < flips; ++f) {
                    // Half of the damage where the structure is: the header, FAT, directory and
                    // the start of the Workbook stream.
                    const qsizetype at = random.bounded(2) ? random.bounded(qMin<int>(int(damaged.size()), 4096))
                                                           : random.bounded(int(damaged.size()));
                    if (random.bounded(3) == 0)
                        damaged[at] = char(0xFF);
                    else
                        damaged[at] = char(damaged.at(at) ^ char(1 + random.bounded(255)));
                }
                (readEverything(damaged) ? opened : refused)++;
            }
        }
        qInfo("fuzzed workbooks: %d read, %d refused, %lld ms", opened, refused, timer.elapsed());
        QVERIFY(opened > 0 && refused > 0);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }

    // Through XlsReader (both engines, as the importer opens files): damaged files give an
    // error or rows.
    void fuzzedThroughReader()
    {
        QTemporaryDir dir;
        QRandomGenerator random(7);
        const QByteArray original = fileBytes("lo_empty_text.xls");
        for (int i = 0; i < 60; ++i) {
            QByteArray damaged = i < 20 ? original.left(original.size() * i / 20) : original;
            if (i >= 20)
                damaged[random.bounded(int(damaged.size()))] = char(random.bounded(256));
            const QString path = writeFile(dir, QStringLiteral("f%1.xls").arg(i), damaged);
            auto reader = XlsReader::open(path, {}, Engine::Automatic);
            if (reader.ok())
                readAllRows(*reader.value());
            else
                QVERIFY2(reader.error().code.startsWith(QLatin1String("io.")), qPrintable(reader.error().code));
        }
    }
};

QTEST_GUILESS_MAIN(TestBiffWorkbook)
#include "tst_biffworkbook.moc"
