#include "storage/database.h"
#include "storage/migrator.h"
#include "util/clock.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

using namespace shoulou::storage;

class TestMigrator final : public QObject {
    Q_OBJECT
private slots:
    void freshDatabaseGetsCurrentSchema()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath("a.db"));
        QVERIFY(db.ok());
        QCOMPARE((*db)->schemaVersion(), Migrator(schemaMigrations()).latestVersion());
        QCOMPARE((*db)->queryText("PRAGMA journal_mode"), QString("wal"));
        QCOMPARE((*db)->queryInt("PRAGMA page_size"), qint64(8192));
        QCOMPARE((*db)->queryInt("PRAGMA foreign_keys"), qint64(1));
        QVERIFY((*db)->queryInt("PRAGMA busy_timeout") >= 1000);
        // Domain tables of the foundation exist.
        for (const char *t : {"office", "project", "building", "unit", "app_user", "channel", "customer", "customer_phone",
                              "customer_resident_id", "customer_device", "touch", "lead", "follow_up", "outbox"})
            QVERIFY2((*db)->queryInt("SELECT count(*) FROM sqlite_schema WHERE name = ?1", QString(t)) == 1, t);
    }

    // An office made before keeps its 4 KiB pages: changing them would need a VACUUM.
    void existingFileKeepsItsPageSize()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("old.db");
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
        QCOMPARE(sqlite3_exec(raw, "PRAGMA page_size = 4096; CREATE TABLE t(x);", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(raw);
        auto db = Database::open(path, Database::Options{false, false});
        QVERIFY(db.ok());
        QCOMPARE((*db)->queryInt("PRAGMA page_size"), qint64(4096));
        QCOMPARE((*db)->queryInt("SELECT count(*) FROM t"), qint64(0));
    }

    void refusesNewerDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("new.db");
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY((*db)->execute("PRAGMA user_version = 99").ok());
        }
        const QByteArray before = [&] {
            QFile f(path);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, QString("storage.too_new"));
        QVERIFY(db.error().message.contains("99"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before); // untouched
    }

    void refusesForeignFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("other.db");
        sqlite3 *raw = nullptr;
        sqlite3_open(path.toUtf8(), &raw);
        sqlite3_exec(raw, "CREATE TABLE t(x); INSERT INTO t VALUES(1);", nullptr, nullptr, nullptr);
        sqlite3_close(raw);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, QString("storage.foreign_file"));
    }

    // All pending steps run in one transaction after a copy; a failing step leaves the
    // database exactly at its old version, and the copy is there.
    void failedStepRollsBackEverything()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("m.db");
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8(), &raw), SQLITE_OK);
        Migrator v1({{1, "CREATE TABLE a(x); INSERT INTO a VALUES(1);"}});
        QVERIFY(v1.migrate(raw, path).ok());
        QVERIFY(v1.backupPath().isEmpty()); // nothing to copy for a new file

        Migrator broken({{1, "CREATE TABLE a(x);"}, {2, "CREATE TABLE b(y); INSERT INTO a VALUES(2);"}, {3, "THIS IS NOT SQL;"}});
        auto r = broken.migrate(raw, path);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QString("storage.migration"));
        QVERIFY(r.error().message.contains("3"));
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(raw,
                           "SELECT (SELECT count(*) FROM a), (SELECT count(*) FROM sqlite_schema WHERE name='b'), "
                           "(SELECT user_version FROM pragma_user_version)",
                           -1, &st, nullptr);
        QCOMPARE(sqlite3_step(st), SQLITE_ROW);
        QCOMPARE(sqlite3_column_int(st, 0), 1); // step 2's insert rolled back
        QCOMPARE(sqlite3_column_int(st, 1), 0); // table b rolled back
        QCOMPARE(sqlite3_column_int(st, 2), 1);
        sqlite3_finalize(st);
        QVERIFY(QFile::exists(broken.backupPath()));

        Migrator good({{1, "CREATE TABLE a(x);"}, {2, "CREATE TABLE b(y);"}});
        QVERIFY(good.migrate(raw, path).ok());
        sqlite3_close(raw);
        // The copy opens and is at the old version.
        sqlite3 *copy = nullptr;
        QCOMPARE(sqlite3_open(good.backupPath().toUtf8(), &copy), SQLITE_OK);
        sqlite3_prepare_v2(copy, "SELECT user_version FROM pragma_user_version", -1, &st, nullptr);
        QCOMPARE(sqlite3_step(st), SQLITE_ROW);
        QCOMPARE(sqlite3_column_int(st, 0), 1);
        sqlite3_finalize(st);
        sqlite3_close(copy);
    }

    // The safety copy is named with the injected clock, not the machine's, and each step is
    // announced (the copy, then every schema step) for the progress dialog.
    void safetyCopyIsNamedWithTheClockAndStepsAreReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("v1.db");
        {
            auto db = Database::open(path, Database::Options{false, false});
            QVERIFY(db.ok());
            QVERIFY(Migrator({schemaMigrations().first()}).migrate((*db)->handle(), path).ok());
            QCOMPARE((*db)->schemaVersion(), 1);
        }
        shoulou::ManualClock clock(1'700'000'000'000); // 2023-11-14 22:13:20 UTC
        QStringList steps;
        Database::Options o;
        o.clock = &clock;
        o.migrationProgress = [&](const QString &step) { steps << step; };
        auto db = Database::open(path, o);
        QVERIFY(db.ok());
        QCOMPARE((*db)->schemaVersion(), Migrator(schemaMigrations()).latestVersion());
        const QString expected = path + ".v1-20231114221320.bak";
        QVERIFY2(QFile::exists(expected), qPrintable(QDir(dir.path()).entryList().join(", ")));
        QCOMPARE(steps.size(), 1 + Migrator(schemaMigrations()).latestVersion() - 1);
        QVERIFY(steps.first().contains("v1.db.v1-20231114221320.bak"));
        QVERIFY(steps.last().contains(QString::number(Migrator(schemaMigrations()).latestVersion())));
    }

    // v5 (accounts): the users of an office made before keep everything they had, and have no
    // password yet — each sets one at their first sign-in.
    void v4ToV6KeepsTheUsers()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("v4.db");
        {
            auto db = Database::open(path, Database::Options{false, false});
            QVERIFY(db.ok());
            QVERIFY(Migrator(schemaMigrations().mid(0, 4)).migrate((*db)->handle(), path).ok());
            QCOMPARE((*db)->schemaVersion(), 4);
            QVERIFY((*db)->execute("INSERT INTO office(id, name, created_at) VALUES('o1', '售楼处', 1)").ok());
            QVERIFY((*db)
                        ->execute("INSERT INTO app_user(id, office_id, login, display_name, role, active, created_at) VALUES"
                                  "('u1', 'o1', 'wang', '王经理', 'manager', 1, 10), ('u2', 'o1', 'li', '李顾问', 'consultant', 0, 20)")
                        .ok());
        }
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QCOMPARE((*db)->schemaVersion(), schemaMigrations().last().version);
        QCOMPARE((*db)->queryInt("SELECT count(*) FROM app_user"), qint64(2));
        QCOMPARE(
            (*db)->queryText("SELECT group_concat(login || ':' || display_name || ':' || role || ':' || active || ':' || created_at, ',') "
                             "FROM (SELECT * FROM app_user ORDER BY id)"),
            QString("wang:王经理:manager:1:10,li:李顾问:consultant:0:20"));
        QCOMPARE((*db)->queryInt("SELECT count(*) FROM app_user WHERE password_hash IS NULL AND password_set_at IS NULL "
                                 "AND must_change_password = 0"),
                 qint64(2));
        // The new column takes only 0 or 1.
        QVERIFY(!(*db)->execute("UPDATE app_user SET must_change_password = 2").ok());
    }
};

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"
