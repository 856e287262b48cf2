#include "io/csvreader.h"
#include "io/tablereader.h"

#include "tablereading.h"
#include <QFile>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <QtTest>

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

const QStringList kPeopleHeader{QStringLiteral("姓名"), QStringLiteral("手机"), QStringLiteral("身份证号"),
                                QStringLiteral("渠道"), QStringLiteral("备注"), QStringLiteral("留资时间")};

} // namespace

class TestCsvReader final : public QObject {
    Q_OBJECT
private slots:
    // The same sheet exported by LibreOffice in every encoding an office meets.
    void libreOfficeExports_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QChar>("delimiter");
        QTest::addColumn<bool>("hasRareName");
        QTest::newRow("UTF-8") << dataFile("lo_utf8.csv") << "UTF-8" << QChar(u',') << true;
        QTest::newRow("UTF-8 BOM") << dataFile("lo_utf8_bom.csv") << "UTF-8 (BOM)" << QChar(u',') << true;
        QTest::newRow("GB18030") << dataFile("lo_gb18030.csv") << "GB18030" << QChar(u',') << true;
        QTest::newRow("GBK (CP936)") << dataFile("lo_gbk.csv") << "GB18030" << QChar(u',') << false;
        QTest::newRow("Unicode Text") << dataFile("lo_unicode.txt") << "UTF-16LE" << QChar(u'\t') << true;
    }
    void libreOfficeExports()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        QFETCH(QChar, delimiter);
        QFETCH(bool, hasRareName);
        auto opened = CsvReader::open(file);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        auto &reader = *opened.value();
        QCOMPARE(reader.formatName(), format);
        QCOMPARE(reader.delimiter(), delimiter);
        QCOMPARE(reader.header(), kPeopleHeader); // BOM stripped from 姓名
        const auto rows = readAll(reader);
        QVERIFY(!reader.fatalError());
        QCOMPARE(rows.size(), hasRareName ? 3 : 2);
        const TableRow &first = rows.at(0);
        QCOMPARE(first.number, 1);
        QCOMPARE(first.cells,
                 (QStringList{"张三", "13812345678", "11010519491231002X", "抖音", "他说\"你好\", 然后走了", "2024-03-01 10:05"}));
        QCOMPARE(first.numeric, QList<bool>(6, false));
        QVERIFY(first.error.isEmpty());
        if (hasRareName) {
            QCOMPARE(rows.at(1).number, 2);
            QCOMPARE(rows.at(1).cells.at(0), QString::fromUcs4(U"\U0002003E王"));
            QCOMPARE(rows.at(1).cells.at(4), QStringLiteral("第一行\n第二行"));
        }
        // The empty spreadsheet row (",,,,,") is skipped but still counted.
        const TableRow &last = rows.constLast();
        QCOMPARE(last.number, hasRareName ? 4 : 3);
        QCOMPARE(last.cells.at(3), QStringLiteral("自然到访,复访"));
        QCOMPARE(reader.position(), reader.size());
    }

    void rfc4180()
    {
        auto reader = CsvReader::open(dataFile("rfc4180_crlf.csv"));
        QVERIFY(reader.ok());
        const auto rows = readAll(*reader.value());
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(0).cells, (QStringList{"王\"小\"明", "a,b", "1"}));
        QCOMPARE(rows.at(1).cells, (QStringList{"多\r\n行", "x", "2"}));
        QCOMPARE(rows.at(1).number, 2);                                 // one logical record over two physical lines
        QCOMPARE(rows.at(2).cells, (QStringList{"short", "", ""}));     // padded
        QCOMPARE(rows.at(3).cells, (QStringList{"末行", "最后", "3"})); // no final newline
        QCOMPARE(rows.at(3).number, 4);
    }

    void invalidBytes_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QList<qint64>>("badRows");
        QTest::addColumn<QStringList>("expectedInError");
        QTest::addColumn<int>("rowCount");
        QTest::newRow("UTF-8") << dataFile("utf8_invalid.csv") << "UTF-8" << QList<qint64>{2}
                               << QStringList{"row 2", "UTF-8", "byte offset 20", "\"name\""} << 3;
        QTest::newRow("GB18030") << dataFile("gb18030_invalid.csv") << "GB18030" << QList<qint64>{2, 4}
                                 << QStringList{"row 2", "GB18030", "byte offset 17", "\"姓名\""} << 5;
    }
    void invalidBytes()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        QFETCH(QList<qint64>, badRows);
        QFETCH(QStringList, expectedInError);
        QFETCH(int, rowCount);
        auto reader = CsvReader::open(file);
        QVERIFY(reader.ok());
        QCOMPARE(reader.value()->formatName(), format);
        const auto rows = readAll(*reader.value());
        QCOMPARE(rows.size(), rowCount);
        for (int i = 0; i < rows.size(); ++i) {
            const TableRow &row = rows.at(i);
            QCOMPARE(row.number, qint64(i + 1));
            QCOMPARE(!row.error.isEmpty(), badRows.contains(row.number));
            for (const auto &cell : row.cells)
                QVERIFY2(!cell.contains(QChar::ReplacementCharacter), qPrintable(row.error));
        }
        const QString &error = rows.at(int(badRows.first() - 1)).error;
        for (const auto &part : expectedInError)
            QVERIFY2(error.contains(part), qPrintable(error));
        if (format == QLatin1String("GB18030")) {
            QCOMPARE(rows.at(2).cells.at(0), QString::fromUcs4(U"\U0002003E王"));
            QVERIFY(rows.at(3).error.contains(QStringLiteral("\"手机\"")));
            QCOMPARE(rows.at(4).cells.at(0), QStringLiteral("赵六"));
        }
    }

    void otherDialects()
    {
        auto be = CsvReader::open(dataFile("utf16be.csv"));
        QVERIFY(be.ok());
        QCOMPARE(be.value()->formatName(), QStringLiteral("UTF-16BE"));
        QCOMPARE(be.value()->header(), (QStringList{"姓名", "手机"}));
        QCOMPARE(readAll(*be.value()).at(0).cells, (QStringList{"张三", "1"}));

        auto semi = CsvReader::open(dataFile("semicolon.csv"));
        QVERIFY(semi.ok());
        QCOMPARE(semi.value()->delimiter(), QChar(u';'));
        QCOMPARE(readAll(*semi.value()).at(0).cells, (QStringList{"a;b", "1", "x"}));

        // The preview lets the user overrule detection; GBK read as UTF-8 is then all errors.
        auto forced = CsvReader::open(dataFile("lo_gbk.csv"), TextEncoding::Utf8);
        QVERIFY(!forced.ok());
        QCOMPARE(forced.error().code, QStringLiteral("io.encoding"));
        auto gb = CsvReader::open(dataFile("lo_utf8.csv"), TextEncoding::Gb18030);
        QVERIFY(gb.ok());
        QCOMPARE(gb.value()->formatName(), QStringLiteral("GB18030"));

        auto blank = CsvReader::open(dataFile("blank_lines.csv"));
        QVERIFY(blank.ok());
        QCOMPARE(blank.value()->header(), (QStringList{"姓名", "手机"}));
        const auto rows = readAll(*blank.value());
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).number, 1);
        QCOMPARE(rows.at(1).number, 4); // a blank line and ",," in between
        QCOMPARE(rows.at(1).cells, (QStringList{"李四", "2"}));
    }

    void edgeCases_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("openError");
        QTest::addColumn<QStringList>("lastCells");
        QTest::addColumn<QString>("lastError");
        QTest::newRow("empty file") << QByteArray() << "io.empty" << QStringList() << QString();
        QTest::newRow("only blank lines") << QByteArray("\r\n\n") << "io.empty" << QStringList() << QString();
        QTest::newRow("unclosed quote") << QByteArray("a,b\n1,\"open\n2,3\n") << QString() << QStringList{"1", "open\n2,3\n"}
                                        << "never closed";
        QTest::newRow("longer row keeps extras") << QByteArray("a\n1,2,3") << QString() << QStringList{"1", "2", "3"} << QString();
        QTest::newRow("text after closing quote") << QByteArray("a,b\n\"x\"y,z\r") << QString() << QStringList{"xy", "z"} << QString();
        QTest::newRow("bad header bytes") << QByteArray("\xe5\xa7\x93\xff,b\n\xe5\xa7\x93,1\n") << "io.encoding" << QStringList()
                                          << QString();
        QTest::newRow("Excel 97 .xls") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") << "io.format" << QStringList() << QString();
        QTest::newRow("odd UTF-16 tail") << QByteArray("\xff\xfe"
                                                       "a\0\n\0b\0",
                                                       7)
                                         << QString() << QStringList{""} << "UTF-16";
    }
    void edgeCases()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, openError);
        QFETCH(QStringList, lastCells);
        QFETCH(QString, lastError);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        auto reader = openTable(path);
        if (!openError.isEmpty()) {
            QVERIFY(!reader.ok());
            QCOMPARE(reader.error().code, openError);
            QVERIFY(reader.error().message.contains(path) || openError == QLatin1String("io.encoding"));
            return;
        }
        QVERIFY(reader.ok());
        const auto rows = readAll(*reader.value());
        QVERIFY(!rows.isEmpty());
        QCOMPARE(rows.constLast().cells, lastCells);
        QVERIFY2(rows.constLast().error.contains(lastError), qPrintable(rows.constLast().error));
        QCOMPARE(rows.constLast().error.isEmpty(), lastError.isEmpty());
    }

    void missingFile()
    {
        auto reader = openTable(QStringLiteral("/nonexistent/客户.csv"));
        QVERIFY(!reader.ok());
        QCOMPARE(reader.error().code, QStringLiteral("io.open"));
        QVERIFY(reader.error().message.contains(QStringLiteral("客户.csv")));
    }

    // Random fields through a correct RFC 4180 writer must come back identical, across
    // many 64 KiB chunk boundaries.
    void fuzzRoundTrip_data()
    {
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("lineEnd");
        QTest::addColumn<bool>("finalNewline");
        QTest::addColumn<quint32>("seed");
        QTest::newRow("UTF-8 CRLF") << "UTF-8"
                                    << "\r\n"
                                    << true << 1u;
        QTest::newRow("UTF-8 LF, no final newline") << "UTF-8"
                                                    << "\n"
                                                    << false << 2u;
        QTest::newRow("UTF-8 BOM CR") << "UTF-8 (BOM)"
                                      << "\r" << true << 3u;
        QTest::newRow("UTF-16LE CRLF") << "UTF-16LE"
                                       << "\r\n"
                                       << false << 4u;
    }
    void fuzzRoundTrip()
    {
        QFETCH(QString, encoding);
        QFETCH(QString, lineEnd);
        QFETCH(bool, finalNewline);
        QFETCH(quint32, seed);
        QRandomGenerator random(seed);
        const QStringList pieces{"a", "Z", "0", ",", "\"", "\"\"", "\n", "\r\n", "\r", " ", "\t", ";", "张", "三", "𠀾", "é", "=1+2", "'"};
        const int columns = 5;
        QList<QStringList> records;
        QString text;
        QStringList header;
        for (int c = 0; c < columns; ++c)
            header.append(QStringLiteral("c%1").arg(c));
        text = header.join(QLatin1Char(',')) + lineEnd;
        for (int r = 0; r < 4000; ++r) {
            QStringList cells;
            for (int c = 0; c < columns; ++c) {
                QString cell = c == 0 ? QStringLiteral("r%1").arg(r) : QString(); // never all empty
                const int n = int(random.bounded(12));
                for (int k = 0; k < n; ++k)
                    cell += pieces.at(int(random.bounded(pieces.size())));
                cells.append(cell);
            }
            records.append(cells);
            QStringList quoted;
            for (const auto &cell : cells) {
                const bool needsQuotes = cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) ||
                                         cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r'));
                quoted.append(needsQuotes
                                  ? QLatin1Char('"') + QString(cell).replace(QLatin1String("\""), QLatin1String("\"\"")) + QLatin1Char('"')
                                  : cell);
            }
            text += quoted.join(QLatin1Char(','));
            if (r < 3999 || finalNewline)
                text += lineEnd;
        }
        QByteArray bytes;
        if (encoding == QLatin1String("UTF-16LE")) {
            QStringEncoder encoder(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
            bytes = encoder(text);
        } else {
            bytes = (encoding == QLatin1String("UTF-8 (BOM)") ? QByteArray("\xEF\xBB\xBF") : QByteArray()) + text.toUtf8();
        }
        QVERIFY(bytes.size() > 3 * 64 * 1024);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fuzz.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();

        auto reader = CsvReader::open(path);
        QVERIFY(reader.ok());
        QCOMPARE(reader.value()->formatName(), encoding);
        QCOMPARE(reader.value()->header(), header);
        const auto rows = readAll(*reader.value());
        QCOMPARE(rows.size(), records.size());
        for (int r = 0; r < rows.size(); ++r) {
            QCOMPARE(rows.at(r).number, r + 1);
            QCOMPARE(rows.at(r).cells, records.at(r));
            QVERIFY(rows.at(r).error.isEmpty());
        }
        QCOMPARE(reader.value()->position(), qint64(bytes.size()));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
