// user.set_password, user.reset_password, user.revoke, user.restore: typed, strict, replayable,
// and no password ever reaches the database or the outbox — only its argon2id verifier.
#include "refusal.h"
#include "testoffice.h"

#include "auth/passwordverifier.h"
#include "auth/userresetpassword.h"
#include "auth/userrestore.h"
#include "auth/userrevoke.h"
#include "auth/usersetpassword.h"
#include "office/usercreate.h"

#include <QFile>
#include <QtTest>

using namespace shoulou;

class TestUserMutations final : public QObject {
    Q_OBJECT
private slots:
    void roundTrips()
    {
        QVERIFY(test::roundTrips(auth::UserSetPassword{"u1", "$argon2id$v=19$m=65536,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g"}));
        QVERIFY(test::roundTrips(auth::UserResetPassword{"u1"}));
        QVERIFY(test::roundTrips(auth::UserRevoke{"u1"}));
        QVERIFY(test::roundTrips(auth::UserRestore{"u1"}));
        QVERIFY(test::outcomeRoundTrips(auth::UserOutcome{"u1"}));
    }

    void wrongArgumentsAreRefusedNamingTheField()
    {
        test::TestOffice o;
        QVERIFY(test::refusedNamingField(o, "user.set_password", 1, {{"password_hash", "$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA"}},
                                         "user_id"));
        QVERIFY(test::refusedNamingField(o, "user.set_password", 1, {{"user_id", 5}, {"password_hash", "x"}}, "user_id"));
        // A plain password is never stored, whoever sends it.
        QVERIFY(
            test::refusedNamingField(o, "user.set_password", 1, {{"user_id", "u1"}, {"password_hash", "西湖壹号 2025"}}, "password_hash"));
        QVERIFY(test::refusedNamingField(o, "user.reset_password", 1, {}, "user_id"));
        QVERIFY(test::refusedNamingField(o, "user.revoke", 1, {{"user_id", true}}, "user_id"));
        QVERIFY(test::refusedNamingField(o, "user.restore", 1, {{"user_id", ""}}, "user_id"));
        // An id of nobody is refused by the handler, naming the field too.
        QVERIFY(test::refusedNamingField(o, "user.revoke", 1, {{"user_id", "nobody"}}, "user_id"));
    }

    void setResetRevokeRestore()
    {
        test::TestOffice o;
        auto &a = o.applier();
        const QString wang = a.apply(office::UserCreate{"wang", "王经理", office::Role::Manager})->userId;
        const QString li = a.apply(office::UserCreate{"li", "李顾问", office::Role::Consultant})->userId;
        const QString plain = QStringLiteral("Zx9-李顾问-secret");
        auto v = auth::PasswordVerifier::create(plain);
        QVERIFY(v.ok());
        o.clock().setMs(1'760'000'123'000);
        QVERIFY(a.apply(auth::UserSetPassword{li, *v}).ok());
        QCOMPARE(o.db().queryText("SELECT password_hash FROM app_user WHERE id = ?1", li), *v);
        QCOMPARE(o.db().queryInt("SELECT password_set_at FROM app_user WHERE id = ?1", li), qint64(1'760'000'123'000));
        QCOMPARE(o.db().queryInt("SELECT must_change_password FROM app_user WHERE id = ?1", li), qint64(0));

        a.setUserId(wang); // a manager resets
        QVERIFY(a.apply(auth::UserResetPassword{li}).ok());
        QVERIFY(o.db().queryText("SELECT coalesce(password_hash, 'none') FROM app_user WHERE id = ?1", li) == QStringLiteral("none"));
        QCOMPARE(o.db().queryInt("SELECT must_change_password FROM app_user WHERE id = ?1", li), qint64(1));

        QVERIFY(a.apply(auth::UserRevoke{li}).ok());
        QCOMPARE(o.db().queryInt("SELECT active FROM app_user WHERE id = ?1", li), qint64(0));
        QVERIFY(a.apply(auth::UserRestore{li}).ok());
        QCOMPARE(o.db().queryInt("SELECT active FROM app_user WHERE id = ?1", li), qint64(1));

        // Nobody revokes themselves, and the last active manager stays.
        auto self = a.apply(auth::UserRevoke{wang});
        QVERIFY(!self.ok());
        QVERIFY2(self.error().message.contains(QStringLiteral("user_id")), qPrintable(self.error().message));
        a.setUserId(QStringLiteral("tester"));
        auto last = a.apply(auth::UserRevoke{wang});
        QVERIFY(!last.ok());
        QVERIFY2(last.error().message.contains(QStringLiteral("last active")), qPrintable(last.error().message));
        QCOMPARE(o.db().queryInt("SELECT active FROM app_user WHERE id = ?1", wang), qint64(1));

        // A consultant may set their own password, nobody else's, and reset or revoke no one.
        auto w = auth::PasswordVerifier::create(QStringLiteral("another secret"));
        a.setUserId(li);
        QVERIFY(a.apply(auth::UserSetPassword{li, *w}).ok());
        QCOMPARE(a.apply(auth::UserSetPassword{wang, *w}).error().code, QStringLiteral("auth.forbidden"));
        QCOMPARE(a.apply(auth::UserResetPassword{wang}).error().code, QStringLiteral("auth.forbidden"));
        QCOMPARE(a.apply(auth::UserRevoke{wang}).error().code, QStringLiteral("auth.forbidden"));
    }

    // The outbox carries the verifier (the hub needs it to sign the user in), never the
    // password: neither the database file nor its WAL holds the password's bytes.
    void thePasswordNeverReachesTheFile()
    {
        test::TestOffice o;
        const QString li = o.applier().apply(office::UserCreate{"li", "李顾问", office::Role::Consultant})->userId;
        const QString plain = QStringLiteral("Qm7#不要写进文件#plaintext");
        auto v = auth::PasswordVerifier::create(plain);
        QVERIFY(v.ok());
        QVERIFY(o.applier().apply(auth::UserSetPassword{li, *v}).ok());
        QVERIFY(o.db().queryText("SELECT args FROM outbox WHERE name = 'user.set_password'").contains(*v));
        for (const QString &file : {o.path(), o.path() + "-wal"}) {
            QFile f(file);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.isEmpty() || file.endsWith("-wal"), qPrintable(file));
            const QByteArray utf16(reinterpret_cast<const char *>(plain.utf16()), plain.size() * 2);
            for (const QByteArray &needle : {plain.toUtf8(), QByteArrayLiteral("plaintext"), utf16})
                QVERIFY2(!bytes.contains(needle), qPrintable(file));
        }
    }
};

QTEST_GUILESS_MAIN(TestUserMutations)
#include "tst_usermutations.moc"
