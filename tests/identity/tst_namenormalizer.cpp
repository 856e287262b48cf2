#include "identity/identifiertext.h"
#include "identity/namenormalizer.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace shoulou::identity;

namespace {
const QString kUyghur = QString::fromUtf8("阿卜杜\u00B7热合曼");
QString u(const char32_t *s)
{
    return QString::fromUcs4(s);
}
} // namespace

class TestNameNormalizer final : public QObject {
    Q_OBJECT
private slots:
    void keys_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("display");
        QTest::addColumn<bool>("dotsChanged");
        QTest::addColumn<QString>("matchKey");
        QTest::addColumn<QString>("pinyin");
        QTest::addColumn<QString>("initials");
        // BAD-INPUT 4.3, row by row.
        QTest::newRow("U+00B7 as is") << kUyghur << kUyghur << false << "阿卜杜热合曼"
                                      << "abodureheman"
                                      << "abdrhm";
        const QList<std::pair<const char *, char16_t>> dots = {{"U+2022 bullet", 0x2022},          {"U+30FB katakana", 0x30FB},
                                                               {"U+FF0E full-width stop", 0xFF0E}, {"U+2027 Taiwan", 0x2027},
                                                               {"U+22C5 dot operator", 0x22C5},    {"U+2219 bullet operator", 0x2219},
                                                               {"ASCII full stop", u'.'},          {"U+FF65 half-width katakana", 0xFF65}};
        for (const auto &[name, dot] : dots) {
            QTest::newRow(name) << QString::fromUtf8("阿卜杜") + QChar(dot) + QString::fromUtf8("热合曼") << kUyghur << true
                                << "阿卜杜热合曼"
                                << "abodureheman"
                                << "abdrhm";
        }
        QTest::newRow("initials keep their full stops") << "J.K. Rowling"
                                                        << "J.K. Rowling" << false << "jkrowling"
                                                        << "jkrowling"
                                                        << "jkr";
        QTest::newRow("trailing dot not mapped") << "张三."
                                                 << "张三." << false << "张三"
                                                 << "zhangsan"
                                                 << "zs";
        QTest::newRow("plain") << "张三"
                               << "张三" << false << "张三"
                               << "zhangsan"
                               << "zs";
        QTest::newRow("trimmed") << QString::fromUtf8("\u3000张三 ") << "张三" << false << "张三"
                                 << "zhangsan"
                                 << "zs";
        QTest::newRow("traditional kept, key folded") << "陳大文"
                                                      << "陳大文" << false << "陈大文"
                                                      << "chendawen"
                                                      << "cdw";
        QTest::newRow("latin") << "Tom Lee"
                               << "Tom Lee" << false << "tomlee"
                               << "tomlee"
                               << "tl";
        QTest::newRow("full-width latin") << "Ｔｏｍ Ｌｅｅ"
                                          << "Ｔｏｍ Ｌｅｅ" << false << "tomlee"
                                          << "tomlee"
                                          << "tl";
        QTest::newRow("mixed") << "张Tom"
                               << "张Tom" << false << "张tom"
                               << "zhangtom"
                               << "zt";
        QTest::newRow("Ext. B U+2003E") << u(U"王\U0002003E") << u(U"王\U0002003E") << false << u(U"王\U0002003E") << "wang"
                                        << "w";
        QTest::newRow("Ext. A 䶮") << "刘䶮"
                                   << "刘䶮" << false << "刘䶮"
                                   << "liuyan"
                                   << "ly";
        QTest::newRow("HTML stored literally") << "<b>张三</b>"
                                               << "<b>张三</b>" << false << "<b>张三</b>"
                                               << "bzhangsanb"
                                               << "bzsb";
        QTest::newRow("SQL stored literally") << "'); DROP TABLE customer;--"
                                              << "'); DROP TABLE customer;--" << false << "');droptablecustomer;--"
                                              << "droptablecustomer"
                                              << "dtc";
        QTest::newRow("RTL override stripped") << QString::fromUtf8("\u202E张三\u202C") << "张三" << false << "张三"
                                               << "zhangsan"
                                               << "zs";
        QTest::newRow("bidi isolates and marks") << QString::fromUtf8("\u2066张\u200E三\u2069") << "张三" << false << "张三"
                                                 << "zhangsan"
                                                 << "zs";
        QTest::newRow("combining mark composed")
            << QString::fromUtf8("Jose\u0301") << QString::fromUtf8("José") << false << QString::fromUtf8("josé") << "jose"
            << "j";
        QTest::newRow("emoji kept") << QString::fromUtf8("张三😀") << QString::fromUtf8("张三😀") << false << QString::fromUtf8("张三😀")
                                    << "zhangsan"
                                    << "zs";
        QTest::newRow("empty") << ""
                               << "" << false << ""
                               << ""
                               << "";
    }
    void keys()
    {
        QFETCH(QString, raw);
        QFETCH(QString, display);
        QFETCH(bool, dotsChanged);
        QFETCH(QString, matchKey);
        QFETCH(QString, pinyin);
        QFETCH(QString, initials);
        NameNormalizer n;
        for (int pass = 0; pass < 2; ++pass) { // the second pass is served from the cache
            const NameKeys k = n.keys(raw);
            QCOMPARE(k.display, display);
            QCOMPARE(k.dotsChanged, dotsChanged);
            QCOMPARE(k.matchKey, matchKey);
            QCOMPARE(k.pinyin, pinyin);
            QCOMPARE(k.initials, initials);
            QCOMPARE(n.matchKey(raw), matchKey);
        }
    }

    void traditionalQueryFindsSimplified()
    {
        NameNormalizer n;
        QCOMPARE(n.matchKey("陳大文"), n.keys("陈大文").matchKey);
    }
    void noTruncation_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("25 Han") << QString(25, QChar(0x5F20));
        QTest::newRow("50 characters") << QString::fromUtf8("阿卜杜") + QString(23, QChar(u'a')) + QChar(0x00B7) + QString(23, QChar(u'b'));
        QTest::newRow("25 Ext. B") << u(U"\U0002003E").repeated(25);
    }
    void noTruncation()
    {
        QFETCH(QString, name);
        NameNormalizer n;
        const NameKeys k = n.keys(name);
        QCOMPARE(k.display, name);
        QCOMPARE(codePointLength(k.display), codePointLength(name));
        QVERIFY(codePointLength(name) == 25 || codePointLength(name) == 50);
    }
    void supplementaryNeverSplit()
    {
        NameNormalizer n;
        const QString name = u(U"\U0002003E王\U0002003E");
        const NameKeys k = n.keys(name);
        for (const QString &s : {k.display, k.matchKey}) {
            QCOMPARE(s, name);
            QCOMPARE(s.toUcs4().size(), qsizetype(3));
            for (qsizetype i = 0; i < s.size(); ++i) {
                if (s[i].isHighSurrogate())
                    QVERIFY(i + 1 < s.size() && s[i + 1].isLowSurrogate());
            }
        }
    }
    void cacheIsBounded()
    {
        // 250 000 distinct names must not grow without limit (the cap clears at 200 000) and
        // results stay correct after the clear.
        NameNormalizer n;
        for (int i = 0; i < 250'000; ++i)
            (void)n.keys(QStringLiteral("n%1").arg(i));
        QCOMPARE(n.keys("张三").pinyin, QString("zhangsan"));
    }

    void timing()
    {
        // Distinct names from common surname/given-name characters.
        const QString surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈";
        const QString given = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国文红梅鹏飞晓东海燕玲志";
        QStringList names;
        for (int i = 0; i < 5000; ++i) {
            names.append(QString(surnames[i % surnames.size()]) + given[(i / surnames.size()) % given.size()] +
                         given[(i * 7) % given.size()]);
        }
        names.removeDuplicates();
        NameNormalizer n;
        QElapsedTimer t;
        t.start();
        for (const QString &s : std::as_const(names))
            (void)n.keys(s);
        const double uncached = double(t.nsecsElapsed()) / 1000.0 / double(names.size());

        t.restart();
        NameNormalizer fresh; // builds three ICU transliterators
        const double constructMs = double(t.nsecsElapsed()) / 1e6;
        t.restart();
        (void)fresh.keys(QString::fromUtf8("欧阳娜娜"));
        const double firstName = double(t.nsecsElapsed()) / 1000.0;
        t.restart();
        const int coldCount = 200;
        for (int i = 0; i < coldCount; ++i)
            (void)fresh.keys(names[i]);
        const double cold = double(t.nsecsElapsed()) / 1000.0 / coldCount;

        const int rounds = 500'000;
        qsizetype sink = 0;
        t.restart();
        for (int i = 0; i < rounds; ++i)
            sink += n.keys(names[i % names.size()]).pinyin.size();
        const double cached = double(t.nsecsElapsed()) / 1000.0 / rounds;
        QVERIFY(sink > 0);
        qInfo("name keys: construct %.1f ms, very first name %.1f us; %lld distinct names; cold (fresh "
              "normalizer, first 200) %.2f us, uncached name %.2f us, cached %.3f us",
              constructMs, firstName, qlonglong(names.size()), cold, uncached, cached);
    }
};

QTEST_GUILESS_MAIN(TestNameNormalizer)
#include "tst_namenormalizer.moc"
