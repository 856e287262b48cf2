#include "identity/identifiertext.h"

#include <QtTest>

using namespace shoulou::identity;

class TestIdentifierText final : public QObject {
    Q_OBJECT
private slots:
    void clean_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("clean");
        QTest::newRow("plain") << "13812345678"
                               << "13812345678";
        QTest::newRow("spaces") << "+86 138 1234 5678"
                                << "+8613812345678";
        QTest::newRow("dashes") << "0086-13812345678"
                                << "008613812345678";
        QTest::newRow("full-width digits") << "８６１３８１２３４５６７８"
                                           << "8613812345678";
        QTest::newRow("full-width plus") << "＋８６ １３８"
                                         << "+86138";
        QTest::newRow("trailing space") << "13812345678 "
                                        << "13812345678";
        QTest::newRow("ZWSP inside") << QString::fromUtf8("138\u200B1234\u200B5678") << "13812345678";
        QTest::newRow("BOM") << QString::fromUtf8("\uFEFF13812345678") << "13812345678";
        QTest::newRow("NBSP") << QString::fromUtf8("138\u00A01234\u00A05678") << "13812345678";
        QTest::newRow("ideographic space") << QString::fromUtf8("138\u30001234\u30005678") << "13812345678";
        QTest::newRow("tab and newline") << "\t13812345678\r\n"
                                         << "13812345678";
        QTest::newRow("brackets and dot") << "(010)6552.9988"
                                          << "01065529988";
        QTest::newRow("full-width brackets") << "（０１０）６５５２－９９８８"
                                             << "01065529988";
        QTest::newRow("unicode dashes") << QString::fromUtf8("010\u20106552\u20159988") << "01065529988";
        QTest::newRow("id with spaces") << " 110105 19491231 002X "
                                        << "11010519491231002X";
        QTest::newRow("full-width X") << "１１０１０５１９４９１２３１００２Ｘ"
                                      << "11010519491231002X";
        QTest::newRow("empty") << ""
                               << "";
    }
    void clean()
    {
        QFETCH(QString, raw);
        QFETCH(QString, clean);
        QCOMPARE(cleanIdentifier(raw), clean);
    }

    void excel_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<bool>("mangled");
        QTest::newRow("mobile") << "1.38123E+10" << true;
        QTest::newRow("with 86") << "8.61381E+12" << true;
        QTest::newRow("resident id") << "1.10105E+17" << true;
        QTest::newRow("no sign") << "1.38E10" << true;
        QTest::newRow("lower-case e") << "1.38123e+10" << true;
        QTest::newRow("decimal comma") << "1,38123E+10" << true;
        QTest::newRow("surrounding spaces") << " 1.38123E+10 " << true;
        QTest::newRow("full-width") << "１．３８１２３Ｅ＋１０" << true;
        QTest::newRow("ZWSP") << QString::fromUtf8("1.38123E+10\u200B") << true;
        QTest::newRow("plain mobile") << "13812345678" << false;
        QTest::newRow("id ending 000") << "110105194912310000" << false;
        QTest::newRow("extension marker") << "010-65529988 ext 8001" << false;
        QTest::newRow("word") << "Excel" << false;
        QTest::newRow("no exponent digits") << "1.38E+" << false;
        QTest::newRow("no mantissa") << "E+10" << false;
        QTest::newRow("empty") << "" << false;
    }
    void excel()
    {
        QFETCH(QString, raw);
        QFETCH(bool, mangled);
        QCOMPARE(looksExcelMangled(raw), mangled);
    }

    void codePoints_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qsizetype>("length");
        QTest::newRow("ascii") << "Tom" << qsizetype(3);
        QTest::newRow("han") << "张三" << qsizetype(2);
        QTest::newRow("U+2003E") << QString::fromUcs4(U"\U0002003E") << qsizetype(1);
        QTest::newRow("U+2003E in a name") << QString::fromUcs4(U"王\U0002003E明") << qsizetype(3);
        QTest::newRow("Ext. A") << QString::fromUtf8("刘䶮") << qsizetype(2);
        QTest::newRow("lone surrogate") << QString(QChar(0xD840)) << qsizetype(1);
        QTest::newRow("empty") << QString() << qsizetype(0);
    }
    void codePoints()
    {
        QFETCH(QString, text);
        QFETCH(qsizetype, length);
        QCOMPARE(codePointLength(text), length);
    }
    void supplementaryIsTwoUtf16Units()
    {
        // The reason codePointLength exists.
        const QString s = QString::fromUcs4(U"\U0002003E");
        QCOMPARE(s.size(), qsizetype(2));
        QCOMPARE(codePointLength(s), qsizetype(1));
    }
};

QTEST_GUILESS_MAIN(TestIdentifierText)
#include "tst_identifiertext.moc"
