// Passwords are kept as argon2id verifiers (libsodium crypto_pwhash_str, interactive limits).
#include "auth/passwordverifier.h"

#include <QtTest>

#include <sodium.h>

using shoulou::auth::PasswordVerifier;

class TestPasswordVerifier final : public QObject {
    Q_OBJECT
private slots:
    void roundTrip()
    {
        auto v = PasswordVerifier::create(QStringLiteral("西湖壹号 2025"));
        QVERIFY2(v.ok(), v.ok() ? "" : qPrintable(v.error().message));
        QVERIFY2(v->startsWith(QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$")), qPrintable(*v)); // the interactive limits
        QVERIFY(!v->contains(QStringLiteral("西湖")));                                              // nothing of the password in it
        QVERIFY(PasswordVerifier::looksLikeVerifier(*v));
        QVERIFY(PasswordVerifier::verify(*v, QStringLiteral("西湖壹号 2025")));
        // A new salt each time: the same password, another verifier, and both verify.
        auto again = PasswordVerifier::create(QStringLiteral("西湖壹号 2025"));
        QVERIFY(again.ok());
        QVERIFY(*again != *v);
        QVERIFY(PasswordVerifier::verify(*again, QStringLiteral("西湖壹号 2025")));
    }

    void wrongPasswordIsRefused()
    {
        auto v = PasswordVerifier::create(QStringLiteral("correct horse"));
        QVERIFY(v.ok());
        QVERIFY(!PasswordVerifier::verify(*v, QStringLiteral("correct hors")));
        QVERIFY(!PasswordVerifier::verify(*v, QStringLiteral("Correct horse")));
        QVERIFY(!PasswordVerifier::verify(*v, QString()));
        // Malformed verifiers verify nothing (and never crash).
        QVERIFY(!PasswordVerifier::verify(QString(), QStringLiteral("correct horse")));
        QVERIFY(!PasswordVerifier::verify(QStringLiteral("correct horse"), QStringLiteral("correct horse")));
        QVERIFY(!PasswordVerifier::verify(v->left(40), QStringLiteral("correct horse")));
    }

    void newPasswordsHaveAtLeastEightCharacters()
    {
        auto tooShort = PasswordVerifier::create(QStringLiteral("1234567"));
        QVERIFY(!tooShort.ok());
        QCOMPARE(tooShort.error().code, QStringLiteral("auth.password_too_short"));
        QVERIFY2(tooShort.error().message.contains(QStringLiteral("Password")), qPrintable(tooShort.error().message));
        QVERIFY2(tooShort.error().message.contains(QStringLiteral("8")), qPrintable(tooShort.error().message));
        // The error names the field it is given.
        auto named = PasswordVerifier::checkNew(QStringLiteral("abc"), QStringLiteral("New password"));
        QVERIFY(!named.ok());
        QVERIFY(named.error().message.startsWith(QStringLiteral("New password")));
        QVERIFY(PasswordVerifier::checkNew(QStringLiteral("12345678")).ok());
        // Characters, not bytes: eight Chinese characters are enough, seven are not.
        QVERIFY(PasswordVerifier::checkNew(QStringLiteral("一二三四五六七八")).ok());
        QVERIFY(!PasswordVerifier::checkNew(QStringLiteral("一二三四五六七")).ok());
        QCOMPARE(PasswordVerifier::checkNew(QString(2000, QLatin1Char('x'))).error().code, QStringLiteral("auth.password_too_long"));
    }

    void needsRehashWhenTheLimitsDiffer()
    {
        auto current = PasswordVerifier::create(QStringLiteral("correct horse"));
        QVERIFY(current.ok());
        QVERIFY(!PasswordVerifier::needsRehash(*current));
        // One made with other limits (an older build, a weaker machine) still verifies, and asks
        // to be made again.
        char weak[crypto_pwhash_STRBYTES];
        QCOMPARE(sodium_init() >= 0, true);
        QCOMPARE(crypto_pwhash_str(weak, "correct horse", 13, crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN), 0);
        const QString old = QString::fromLatin1(weak);
        QVERIFY(PasswordVerifier::verify(old, QStringLiteral("correct horse")));
        QVERIFY(PasswordVerifier::needsRehash(old));
        QVERIFY(PasswordVerifier::needsRehash(QStringLiteral("not a verifier")));
    }

    void aPlainPasswordDoesNotLookLikeAVerifier()
    {
        QVERIFY(!PasswordVerifier::looksLikeVerifier(QStringLiteral("correct horse")));
        QVERIFY(!PasswordVerifier::looksLikeVerifier(QStringLiteral("$argon2id$correct horse")));
        QVERIFY(!PasswordVerifier::looksLikeVerifier(QStringLiteral("$argon2i$v=19$m=4096,t=3,p=1$c2FsdA$aGFzaA")));
        QVERIFY(PasswordVerifier::looksLikeVerifier(QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g")));
    }
};

QTEST_GUILESS_MAIN(TestPasswordVerifier)
#include "tst_passwordverifier.moc"
