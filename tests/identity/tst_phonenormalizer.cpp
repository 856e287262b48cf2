#include "identity/phonenormalizer.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QtTest>

#include <phonenumbers/phonenumberutil.h>

using namespace shoulou::identity;
using Field = PhoneNormalizer::Field;
using Kind = PhoneNumber::Kind;

Q_DECLARE_METATYPE(PhoneNormalizer::Field)
Q_DECLARE_METATYPE(PhoneNumber::Kind)

namespace {

// libphonenumber's own verdict, without any memo: "valid and a mobile".
bool libraryMobile(const QString &national)
{
    using i18n::phonenumbers::PhoneNumberUtil;
    auto *util = PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber n;
    if (util->Parse(national.toStdString(), "CN", &n) != PhoneNumberUtil::NO_PARSING_ERROR)
        return false;
    const auto type = util->GetNumberType(n);
    return util->IsValidNumber(n) && (type == PhoneNumberUtil::MOBILE || type == PhoneNumberUtil::FIXED_LINE_OR_MOBILE);
}

} // namespace

class TestPhoneNormalizer final : public QObject {
    Q_OBJECT
private slots:
    void accepted_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<Field>("field");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("e164");
        QTest::addColumn<QString>("extension");
        const auto P = Field::Personal;
        const auto C = Field::Company;
        // BAD-INPUT 4.1, row by row.
        QTest::newRow("+86 spaces") << "+86 138 1234 5678" << P << Kind::Mobile << "+8613812345678"
                                    << "";
        QTest::newRow("0086 dash") << "0086-13812345678" << P << Kind::Mobile << "+8613812345678"
                                   << "";
        QTest::newRow("86 prefix") << "8613812345678" << P << Kind::Mobile << "+8613812345678"
                                   << "";
        QTest::newRow("full-width") << "８６１３８１２３４５６７８" << P << Kind::Mobile << "+8613812345678"
                                    << "";
        QTest::newRow("trailing space") << "13812345678 " << P << Kind::Mobile << "+8613812345678"
                                        << "";
        QTest::newRow("ZWSP inside") << QString::fromUtf8("138\u200B1234\u200B5678") << P << Kind::Mobile << "+8613812345678"
                                     << "";
        QTest::newRow("ZWSP after +86") << QString::fromUtf8("+86\u200B13812345678") << P << Kind::Mobile << "+8613812345678"
                                        << "";
        QTest::newRow("BOM + NBSP") << QString::fromUtf8("\uFEFF138\u00A01234\u00A05678") << P << Kind::Mobile << "+8613812345678"
                                    << "";
        QTest::newRow("192 Broadnet") << "19212345678" << P << Kind::Mobile << "+8619212345678"
                                      << "";
        QTest::newRow("1740x satellite") << "17400123456" << P << Kind::Mobile << "+8617400123456"
                                         << "";
        QTest::newRow("17405 satellite") << "17405123456" << P << Kind::Mobile << "+8617405123456"
                                         << "";
        QTest::newRow("mobile in company field") << "13812345678" << C << Kind::Mobile << "+8613812345678"
                                                 << "";
        QTest::newRow("landline brackets") << "(010)6552-9988" << P << Kind::Landline << "+861065529988"
                                           << "";
        QTest::newRow("landline dash ext") << "010-65529988-8001" << P << Kind::Landline << "+861065529988"
                                           << "8001";
        QTest::newRow("landline 转") << "0755 8888 8888 转 123" << P << Kind::Landline << "+8675588888888"
                                     << "123";
        QTest::newRow("landline 分机") << "0755-88888888分机123" << P << Kind::Landline << "+8675588888888"
                                       << "123";
        QTest::newRow("landline ext.") << "010-65529988 ext. 8001" << P << Kind::Landline << "+861065529988"
                                       << "8001";
        QTest::newRow("landline x") << "010-65529988x8001" << P << Kind::Landline << "+861065529988"
                                    << "8001";
        QTest::newRow("landline #") << "010-65529988#8001" << P << Kind::Landline << "+861065529988"
                                    << "8001";
        QTest::newRow("landline +86") << "+86 10 6552 9988" << P << Kind::Landline << "+861065529988"
                                      << "";
        QTest::newRow("400 company") << "400-820-8820" << C << Kind::Service << "+864008208820"
                                     << "";
        QTest::newRow("95588 company") << "95588" << C << Kind::Service << "+8695588"
                                       << "";
        QTest::newRow("Hong Kong") << "+852 9123 4567" << P << Kind::Foreign << "+85291234567"
                                   << "";
        QTest::newRow("Taiwan") << "+886 912 345 678" << P << Kind::Foreign << "+886912345678"
                                << "";
        QTest::newRow("USA") << "+1 202-555-0123" << P << Kind::Foreign << "+12025550123"
                             << "";
        QTest::newRow("HK with 00") << "00852 9123 4567" << P << Kind::Foreign << "+85291234567"
                                    << "";
    }
    void accepted()
    {
        QFETCH(QString, raw);
        QFETCH(Field, field);
        QFETCH(Kind, kind);
        QFETCH(QString, e164);
        QFETCH(QString, extension);
        PhoneNormalizer n;
        // Twice: the second call takes the memoised path for mobiles.
        for (int pass = 0; pass < 2; ++pass) {
            const auto r = n.normalize(raw, field);
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().code + ": " + r.error().message));
            QCOMPARE(r->kind, kind);
            QCOMPARE(r->e164, e164);
            QCOMPARE(r->extension, extension);
            QCOMPARE(r->raw, raw);
            QCOMPARE(r->matchKey(), extension.isEmpty() ? e164 : e164 + ";ext=" + extension);
        }
    }

    void rejected_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<Field>("field");
        QTest::addColumn<QString>("code");
        const auto P = Field::Personal;
        const auto C = Field::Company;
        QTest::newRow("140 not a range") << "14012345678" << P << "phone.not_mobile_range";
        QTest::newRow("123 not a range") << "12345678901" << P << "phone.not_mobile_range";
        QTest::newRow("+86 140") << "+86 140 1234 5678" << P << "phone.not_mobile_range";
        QTest::newRow("17406 outside 1740[0-5]") << "17406123456" << P << "phone.not_mobile_range";
        QTest::newRow("400 personal") << "400-820-8820" << P << "phone.service_number";
        QTest::newRow("95588 personal") << "95588" << P << "phone.service_number";
        QTest::newRow("IoT 1440") << "1440123456789" << P << "phone.iot";
        QTest::newRow("IoT 1440 dashed") << "1440-1234-56789" << P << "phone.iot";
        QTest::newRow("IoT company") << "1440123456789" << C << "phone.iot";
        QTest::newRow("Excel mobile") << "1.38123E+10" << P << "phone.excel_number";
        QTest::newRow("Excel 86") << "8.61381E+12" << P << "phone.excel_number";
        QTest::newRow("Excel full-width") << "１．３８１２３Ｅ＋１０" << P << "phone.excel_number";
        QTest::newRow("Excel company") << "1.38123E+10" << C << "phone.excel_number";
        QTest::newRow("letters") << "call me" << P << "phone.invalid";
        QTest::newRow("vanity letters") << "1380013ABCD" << P << "phone.invalid";
        QTest::newRow("too short") << "13812" << P << "phone.invalid";
        QTest::newRow("too long mobile") << "138123456789" << P << "phone.invalid";
        QTest::newRow("no area code") << "65529988" << P << "phone.invalid";
        QTest::newRow("bad foreign") << "+852 123" << P << "phone.invalid";
    }
    void rejected()
    {
        QFETCH(QString, raw);
        QFETCH(Field, field);
        QFETCH(QString, code);
        PhoneNormalizer n;
        for (int pass = 0; pass < 2; ++pass) {
            const auto r = n.normalize(raw, field);
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, code);
            QVERIFY(!r.error().message.isEmpty());
            QVERIFY2(r.error().message.contains(raw), qPrintable(r.error().message));
        }
    }
    void excelMessageExplainsTheFix()
    {
        const auto r = PhoneNormalizer().normalize("1.38123E+10");
        QVERIFY(r.error().message.contains("converted to a number in Excel"));
        QVERIFY(r.error().message.contains("text"));
    }
    void empty_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::newRow("empty") << "";
        QTest::newRow("spaces") << "   ";
        QTest::newRow("invisible only") << QString::fromUtf8("\u200B\uFEFF\u3000");
    }
    void empty()
    {
        QFETCH(QString, raw);
        const auto r = PhoneNormalizer().normalize(raw);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QString("phone.empty"));
        QVERIFY(!r.error().message.isEmpty());
    }

    void presentation_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("masked");
        QTest::addColumn<QString>("display");
        QTest::newRow("mobile") << "+86 138 1234 5678"
                                << "138****5678"
                                << "13812345678";
        QTest::newRow("Beijing landline") << "(010)6552-9988"
                                          << "010-6552****"
                                          << "01065529988";
        QTest::newRow("Shenzhen landline") << "0755 8888 8888 转 123"
                                           << "0755-8888****"
                                           << "075588888888";
        QTest::newRow("Hong Kong") << "+852 9123 4567"
                                   << "+852 9123****"
                                   << "+85291234567";
        QTest::newRow("USA") << "+1 202 555 0123"
                             << "+1 2025******"
                             << "+12025550123";
    }
    void presentation()
    {
        QFETCH(QString, raw);
        QFETCH(QString, masked);
        QFETCH(QString, display);
        const auto r = PhoneNormalizer().normalize(raw);
        QVERIFY(r.ok());
        QCOMPARE(r->masked(), masked);
        QCOMPARE(r->display(), display);
    }
    void serviceDisplay()
    {
        const auto r = PhoneNormalizer().normalize("400-820-8820", Field::Company);
        QVERIFY(r.ok());
        QCOMPARE(r->display(), QString("4008208820"));
    }

    // The 7-digit-prefix memo must agree with libphonenumber for every number. Half of the
    // numbers come from a small prefix pool, so most lookups hit a prefix memoised from a
    // *different* suffix — exactly the case where a wrong memo would show.
    void memoAgreesWithLibrary()
    {
        QRandomGenerator rng(20240611);
        QList<quint32> pool;
        for (int i = 0; i < 2000; ++i)
            pool.append(1000000 + rng.bounded(1000000));
        for (quint32 p = 1740000; p < 1741000; p += 50) // the 1740[0-5] boundary
            pool.append(p);
        PhoneNormalizer n;
        int mobiles = 0;
        const int total = 60000;
        for (int i = 0; i < total; ++i) {
            const quint32 prefix = (i % 2 == 0) ? pool[rng.bounded(int(pool.size()))] : 1000000 + rng.bounded(1000000);
            const QString number = QString::number(prefix) + QString::number(rng.bounded(10000)).rightJustified(4, u'0');
            QCOMPARE(number.size(), qsizetype(11));
            const auto r = n.normalize(number);
            const bool memoMobile = r.ok() && r->kind == Kind::Mobile;
            const bool direct = libraryMobile(number);
            if (memoMobile != direct)
                QFAIL(qPrintable(QString("memo disagrees with libphonenumber for %1").arg(number)));
            if (!r.ok())
                QCOMPARE(r.error().code, QString("phone.not_mobile_range"));
            mobiles += memoMobile ? 1 : 0;
        }
        // Sanity: the sample really contains both outcomes.
        QVERIFY(mobiles > total / 10);
        QVERIFY(mobiles < total);
    }

    void timing()
    {
        // Figures are printed for the record; the bound is loose because the machine is shared.
        PhoneNormalizer n;
        QRandomGenerator rng(7);
        QStringList numbers;
        for (int i = 0; i < 1000; ++i)
            numbers.append(QStringLiteral("13%1").arg(rng.bounded(1000000000), 9, 10, QLatin1Char('0')));
        QElapsedTimer t;
        t.start();
        for (const QString &s : std::as_const(numbers))
            QVERIFY(n.normalize(s).ok() || true);
        const double uncached = double(t.nsecsElapsed()) / 1000.0 / double(numbers.size());

        const int rounds = 1'000'000;
        int ok = 0;
        t.restart();
        for (int i = 0; i < rounds; ++i)
            ok += n.normalize(numbers[i % numbers.size()]).ok() ? 1 : 0;
        const double cached = double(t.nsecsElapsed()) / 1000.0 / rounds;
        QVERIFY(ok > 0);

        const QStringList slow = {"(010)6552-9988", "0755 8888 8888 转 123", "+852 9123 4567"};
        t.restart();
        for (int i = 0; i < 3000; ++i)
            ok += n.normalize(slow[i % 3]).ok() ? 1 : 0;
        const double slowPath = double(t.nsecsElapsed()) / 1000.0 / 3000;
        qInfo("phone normalize: uncached mobile %.2f us, cached mobile %.3f us, landline/foreign %.2f us", uncached, cached, slowPath);
#ifdef NDEBUG
        QVERIFY2(cached < 5.0, qPrintable(QString::number(cached)));
#endif
    }
};

QTEST_GUILESS_MAIN(TestPhoneNormalizer)
#include "tst_phonenormalizer.moc"
