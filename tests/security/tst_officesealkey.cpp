// The office's sealing key pair: derived from the office key alone (the same pair wherever the
// key is; another key, another pair), sealing to its public key opens only with the pair, a
// changed byte or another office's pair is refused; and the derived-nonce seal that handlers use
// gives the same bytes on every replica and still opens as an ordinary sealed value.
#include "security/officekey.h"
#include "security/officesealkey.h"

#include <QtTest>

using namespace shoulou::security;

class TstOfficeSealKey final : public QObject {
    Q_OBJECT

    static OfficeKey key(char fill) { return OfficeKey::fromBytes(QByteArray(32, fill)).value(); }

private slots:
    void samePairFromTheSameKey()
    {
        const QByteArray a = OfficeSealKey(key('\x2A')).publicKey();
        QCOMPARE(a.size(), OfficeSealKey::kPublicKeySize);
        QCOMPARE(OfficeSealKey(key('\x2A')).publicKey(), a); // another replica, the same pair
        QVERIFY(OfficeSealKey(key('\x2B')).publicKey() != a);
        // Not a key the office key already is or derives in the clear.
        QVERIFY(!key('\x2A').masterBytes().contains(a));
        const OfficeKey generated = OfficeKey::generate();
        QCOMPARE(OfficeSealKey(OfficeKey::fromBytes(generated.masterBytes()).value()).publicKey(), OfficeSealKey(generated).publicKey());
    }

    void sealedOpensOnlyWithThePair()
    {
        const OfficeSealKey pair(key('\x2A'));
        const QByteArray message = QByteArrayLiteral("{\"name\":\"张伟\",\"phone\":\"13812345678\"}");
        auto sealed = OfficeSealKey::seal(pair.publicKey(), message);
        QVERIFY(sealed.ok());
        QVERIFY(!sealed->contains("13812345678"));
        QVERIFY(OfficeSealKey::seal(pair.publicKey(), message).value() != *sealed); // anonymous, fresh each time
        auto opened = pair.open(*sealed);
        QVERIFY(opened.ok());
        QCOMPARE(*opened, message);

        auto other = OfficeSealKey(key('\x2B')).open(*sealed);
        QVERIFY(!other.ok());
        QCOMPARE(other.error().code, QStringLiteral("key.seal_open"));
        for (int i = 0; i < sealed->size(); i += 7) {
            QByteArray tampered = *sealed;
            tampered[i] = char(tampered[i] ^ 0x01);
            QVERIFY2(!pair.open(tampered).ok(), qPrintable(QString::number(i)));
        }
        QVERIFY(!pair.open(sealed->left(20)).ok());
        QVERIFY(!pair.open({}).ok());
    }

    void publicKeyOfTheWrongSizeIsRefused()
    {
        auto r = OfficeSealKey::seal(QByteArray(31, 'x'), "x");
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("key.seal_public"));
    }

    void derivedSealIsTheSameEverywhere()
    {
        const OfficeKey a = key('\x2A');
        const OfficeKey b = OfficeKey::fromBytes(a.masterBytes()).value(); // another replica's copy
        const QByteArray payload = QByteArrayLiteral("the visitor");
        const QByteArray sealed = a.sealDerived("kiosk-visit:1", payload);
        QCOMPARE(b.sealDerived("kiosk-visit:1", payload), sealed);
        QVERIFY(a.sealDerived("kiosk-visit:2", payload) != sealed);                          // another registration
        QVERIFY(a.sealDerived("kiosk-visit:1", "the visitor!").left(24) != sealed.left(24)); // another text, another nonce
        QVERIFY(key('\x2B').sealDerived("kiosk-visit:1", payload) != sealed);
        QVERIFY(!sealed.contains(payload));
        auto opened = b.open(sealed);
        QVERIFY(opened.ok());
        QCOMPARE(*opened, payload);
    }
};

QTEST_GUILESS_MAIN(TstOfficeSealKey)
#include "tst_officesealkey.moc"
