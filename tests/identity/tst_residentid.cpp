#include "identity/residentid.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace shoulou::identity;

namespace {
const QDate kToday(2025, 6, 1);
}

class TestResidentId final : public QObject {
    Q_OBJECT
private slots:
    void accepted_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<bool>("male");
        QTest::addColumn<bool>("legacy15");
        QTest::addColumn<bool>("needsReview");
        // BAD-INPUT 4.2, row by row.
        QTest::newRow("official example") << "11010519491231002X"
                                          << "11010519491231002X" << QDate(1949, 12, 31) << false << false << false;
        QTest::newRow("lower-case x") << "11010519491231002x"
                                      << "11010519491231002X" << QDate(1949, 12, 31) << false << false << false;
        QTest::newRow("full-width") << "１１０１０５１９４９１２３１００２Ｘ"
                                    << "11010519491231002X" << QDate(1949, 12, 31) << false << false << false;
        QTest::newRow("full-width lower x") << "１１０１０５１９４９１２３１００２ｘ"
                                            << "11010519491231002X" << QDate(1949, 12, 31) << false << false << false;
        QTest::newRow("spaces") << " 110105 19491231 002X "
                                << "11010519491231002X" << QDate(1949, 12, 31) << false << false << false;
        QTest::newRow("ZWSP and ideographic space") << QString::fromUtf8("110105\u200B19491231\u3000002X") << "11010519491231002X"
                                                    << QDate(1949, 12, 31) << false << false << false;
        QTest::newRow("male") << "110105194912310011"
                              << "110105194912310011" << QDate(1949, 12, 31) << true << false << false;
        QTest::newRow("born 1880: review") << "440524188001010014"
                                           << "440524188001010014" << QDate(1880, 1, 1) << true << false << true;
        QTest::newRow("exactly 120: no review") << "440524190506010012"
                                                << "440524190506010012" << QDate(1905, 6, 1) << true << false << false;
        // 1860..1899: accepted for review (see kEarliestBirthYear in residentid.cpp).
        QTest::newRow("born 1899: review") << "110105189912310015"
                                           << "110105189912310015" << QDate(1899, 12, 31) << true << false << true;
        QTest::newRow("born 1860: review") << "110105186001010018"
                                           << "110105186001010018" << QDate(1860, 1, 1) << true << false << true;
        QTest::newRow("born 1900-01-01") << "11010519000101001X"
                                         << "11010519000101001X" << QDate(1900, 1, 1) << true << false << true;
        QTest::newRow("born today") << "110105202506010010"
                                    << "110105202506010010" << QDate(2025, 6, 1) << true << false << false;
        QTest::newRow("15-digit legacy") << "340524800101001"
                                         << "34052419800101001X" << QDate(1980, 1, 1) << true << true << false;
        QTest::newRow("Taiwan residence permit") << "830000199201010017"
                                                 << "830000199201010017" << QDate(1992, 1, 1) << true << false << false;
        QTest::newRow("Hong Kong residence permit") << "810000199201010021"
                                                    << "810000199201010021" << QDate(1992, 1, 1) << false << false << false;
    }
    void accepted()
    {
        QFETCH(QString, raw);
        QFETCH(QString, number);
        QFETCH(QDate, birth);
        QFETCH(bool, male);
        QFETCH(bool, legacy15);
        QFETCH(bool, needsReview);
        const auto r = parseResidentId(raw, kToday);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().code + ": " + r.error().message));
        QCOMPARE(r->number, number);
        QCOMPARE(r->regionCode, number.left(6));
        QCOMPARE(r->birthDate, birth);
        QCOMPARE(r->male, male);
        QCOMPARE(r->legacy15, legacy15);
        QCOMPARE(r->needsReview, needsReview);
    }

    void rejected_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("code");
        QTest::newRow("checksum") << "110105194912310021"
                                  << "resident_id.checksum";
        QTest::newRow("checksum X for digit") << "11010519491231001X"
                                              << "resident_id.checksum";
        QTest::newRow("30 February") << "110105199002300011"
                                     << "resident_id.birth_date";
        QTest::newRow("month 13") << "110105199013010011"
                                  << "resident_id.birth_date";
        QTest::newRow("before 1860") << "110105185912310017"
                                     << "resident_id.birth_date";
        QTest::newRow("18th century") << "110105179912310016"
                                      << "resident_id.birth_date";
        QTest::newRow("future") << "110105202506020016"
                                << "resident_id.future_birth";
        QTest::newRow("far future") << "11010520300101001X"
                                    << "resident_id.future_birth";
        QTest::newRow("15-digit 29 Feb 00") << "340524000229001"
                                            << "resident_id.legacy15_after_1999";
        QTest::newRow("15-digit bad date") << "340524801301001"
                                           << "resident_id.birth_date";
        QTest::newRow("Excel zeros") << "110105194912310000"
                                     << "resident_id.excel_number";
        QTest::newRow("Excel scientific") << "1.10105E+17"
                                          << "resident_id.excel_number";
        QTest::newRow("Excel full-width") << "１．１０１０５Ｅ＋１７"
                                          << "resident_id.excel_number";
        QTest::newRow("province 99") << "990105194912310023"
                                     << "resident_id.region";
        QTest::newRow("province 00") << "000105194912310021"
                                     << "resident_id.region";
        QTest::newRow("xx00yy") << "110005194912310024"
                                << "resident_id.region";
        QTest::newRow("81 not 810000") << "810105194912310025"
                                       << "resident_id.region";
        QTest::newRow("Y check char") << "11010519491231002Y"
                                      << "resident_id.characters";
        QTest::newRow("HK card") << "A123456(7)"
                                 << "resident_id.characters";
        QTest::newRow("X in the middle") << "1101051949X231002X"
                                         << "resident_id.characters";
        QTest::newRow("15 with X") << "34052480010100X"
                                   << "resident_id.characters";
        QTest::newRow("16 digits") << "1101051949123100"
                                   << "resident_id.length";
        QTest::newRow("19 digits") << "1101051949123100211"
                                   << "resident_id.length";
    }
    void rejected()
    {
        QFETCH(QString, raw);
        QFETCH(QString, code);
        const auto r = parseResidentId(raw, kToday);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
        QVERIFY(!r.error().message.isEmpty());
        QVERIFY2(r.error().message.contains(raw), qPrintable(r.error().message));
    }
    void excelMessageGivesGuidance()
    {
        const auto r = parseResidentId("110105194912310000", kToday);
        QVERIFY(r.error().message.contains("Excel"));
        QVERIFY(r.error().message.contains("text"));
    }
    void empty()
    {
        for (const QString &raw : {QString(), QString("  "), QString::fromUtf8("\uFEFF")}) {
            const auto r = parseResidentId(raw, kToday);
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, QString("resident_id.empty"));
            QVERIFY(!r.error().message.isEmpty());
        }
    }
    void checkChar_data()
    {
        QTest::addColumn<QString>("first17");
        QTest::addColumn<QChar>("check");
        QTest::newRow("X") << "11010519491231002" << QChar('X');
        QTest::newRow("1") << "11010519491231001" << QChar('1');
        QTest::newRow("4") << "44052418800101001" << QChar('4');
        QTest::newRow("legacy") << "34052419800101001" << QChar('X');
        QTest::newRow("too short") << "1101" << QChar();
        QTest::newRow("not digits") << "1101051949123100A" << QChar();
    }
    void checkChar()
    {
        QFETCH(QString, first17);
        QFETCH(QChar, check);
        QCOMPARE(residentIdCheckChar(first17), check);
    }
    void checksumCatchesEverySingleDigitTypo()
    {
        // The reason for MOD 11-2: any one wrong digit changes the check character.
        const QString good = "11010519491231002X";
        for (int pos = 0; pos < 17; ++pos) {
            for (char d = '0'; d <= '9'; ++d) {
                QString typo = good;
                if (typo[pos] == QLatin1Char(d))
                    continue;
                typo[pos] = QLatin1Char(d);
                QVERIFY(residentIdCheckChar(typo.left(17)) != QChar('X'));
            }
        }
    }
    void masked()
    {
        // Masking is first four + ten stars + last four, whatever the number.
        ResidentId id;
        id.number = "330602199001011234";
        QCOMPARE(id.masked(), QString("3306**********1234"));
        const auto ok = parseResidentId("11010519491231002X", kToday);
        QCOMPARE(ok->masked(), QString("1101**********002X"));
    }
    void timing()
    {
        const QStringList ids = {"11010519491231002X", "440524188001010014", "340524800101001", "110105194912310021"};
        const int rounds = 200'000;
        int ok = 0;
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < rounds; ++i)
            ok += parseResidentId(ids[i % ids.size()], kToday).ok() ? 1 : 0;
        qInfo("resident id parse: %.3f us per call", double(t.nsecsElapsed()) / 1000.0 / rounds);
        QCOMPARE(ok, rounds / 4 * 3);
    }
};

QTEST_GUILESS_MAIN(TestResidentId)
#include "tst_residentid.moc"
