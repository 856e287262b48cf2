#include "testoffice.h"

#include "security/filekeystore.h"
#include "security/keyunlock.h"
#include "security/statickeystore.h"

#include <QDirIterator>

using namespace shoulou;

class TestOfficeKey final : public QObject {
    Q_OBJECT
private slots:
    void sealAndBlindIndex()
    {
        const auto k = security::OfficeKey::generate();
        const QByteArray s1 = k.seal("11010519491231002X");
        const QByteArray s2 = k.seal("11010519491231002X");
        QVERIFY(s1 != s2); // fresh nonce
        QCOMPARE(k.open(s1).value(), QByteArray("11010519491231002X"));
        QByteArray tampered = s1;
        tampered[tampered.size() - 1] = char(tampered.back() ^ 1);
        QVERIFY(!k.open(tampered).ok());
        QCOMPARE(k.blindIndex("rid", "x"), k.blindIndex("rid", "x"));
        QVERIFY(k.blindIndex("rid", "x") != k.blindIndex("lead", "x"));
        const auto other = security::OfficeKey::generate();
        QVERIFY(other.blindIndex("rid", "x") != k.blindIndex("rid", "x"));
        QVERIFY(!other.open(s1).ok());
    }

    void fileStoreLifecycle()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("o.db");
        QString check;
        {
            auto db = storage::Database::open(path);
            QVERIFY(db.ok());
            security::FileKeyStore store(path);
            auto key = security::unlockOfficeKey(**db, store);
            QVERIFY2(key.ok(), key.ok() ? "" : qPrintable(key.error().message));
            QVERIFY(QFile::exists(path + ".key"));
            QCOMPARE(QFile(path + ".key").permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
            check = (*db)->meta("key_check");
            QCOMPARE(check, key->checkValue());
        }
        {
            // Reopen: the same key is found and accepted.
            auto db = storage::Database::open(path);
            security::FileKeyStore store(path);
            auto key = security::unlockOfficeKey(**db, store);
            QVERIFY(key.ok());
            QCOMPARE(key->checkValue(), check);
        }
        {
            // A different key is refused and nothing is replaced.
            auto db = storage::Database::open(path);
            security::StaticKeyStore wrong(security::OfficeKey::generate().masterBytes());
            auto key = security::unlockOfficeKey(**db, wrong);
            QVERIFY(!key.ok());
            QCOMPARE(key.error().code, QString("key.mismatch"));
            QCOMPARE((*db)->meta("key_check"), check);
        }
        {
            // The key file is gone: refused, no new key made.
            QVERIFY(QFile::rename(path + ".key", path + ".key.away"));
            auto db = storage::Database::open(path);
            security::FileKeyStore store(path);
            auto key = security::unlockOfficeKey(**db, store);
            QVERIFY(!key.ok());
            QCOMPARE(key.error().code, QString("key.missing"));
            QVERIFY(!QFile::exists(path + ".key"));
            QCOMPARE((*db)->meta("key_check"), check);
        }
    }

    // The plaintext resident id never reaches the database file, its WAL or the outbox.
    void plaintextIdNeverStored()
    {
        test::TestOffice office;
        QString why;
        const auto lead = office.lead({"姓名", "手机", "身份证号"}, {"张三", "13812345678", "11010519491231002x"}, &why);
        QVERIFY(why.isEmpty());
        QCOMPARE(office.ingest(lead).value("status").toString(), QString("created"));
        for (const QString &file : {office.path(), office.path() + "-wal"}) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            for (const QByteArray &needle : {QByteArray("11010519491231002"), QByteArray("19491231002"),
                                             QByteArray(reinterpret_cast<const char *>(u"11010519491231002X"), 36)})
                QVERIFY2(!bytes.contains(needle), qPrintable(file));
        }
        QCOMPARE(office.db().queryText("SELECT masked FROM customer_resident_id"), QString("1101**********002X"));
    }
};

QTEST_GUILESS_MAIN(TestOfficeKey)
#include "tst_officekey.moc"
