// The hub's files: hub.db's own schema and durability settings, the key files, backup and
// restore (a new epoch), and the user ids the hub derives matching a real replay.
#include "hubfixture.h"
#include "testoffice.h"

#include "hub/hubschema.h"
#include "hub/roster.h"
#include "office/usercreate.h"

#include <QFileInfo>
#include <QLockFile>

using namespace shoulou;
using namespace shoulou::test;

class TestHubStore final : public QObject {
    Q_OBJECT
private slots:
    void hubDatabaseIsDurableAndItsOwnKind()
    {
        TestHub hub;
        auto &db = hub.store().database();
        QCOMPARE(db.queryText("PRAGMA journal_mode"), QString("wal"));
        QCOMPARE(db.queryInt("PRAGMA synchronous"), 2); // FULL
        QCOMPARE(db.queryInt("PRAGMA application_id"), qint64(hub::kHubApplicationId));
        QCOMPARE(db.queryInt("PRAGMA user_version"), qint64(hub::hubSchemaMigrations().last().version));
        const QString hubDb = hub.dataDir().databasePath();
        hub.close();
        // An office database is never opened as a hub's, nor the other way round.
        QVERIFY(!storage::Database::open(hubDb).ok());
        TestOffice office;
        auto wrong = hub::SqliteHubStore::open(office.path());
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().code, QString("storage.foreign_file"));
    }

    void keysLiveInTheirOwnFiles()
    {
        TestHub hub;
        for (const QString &path : {hub.dataDir().keyPath(), hub.dataDir().tlsKeyPath()})
            QCOMPARE(QFileInfo(path).permissions() &
                         (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
                     QFileDevice::Permissions());
        QFile keyFile(hub.dataDir().keyPath());
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        const QByteArray secretHex = keyFile.readAll().trimmed().split(' ').last();
        QCOMPARE(secretHex.size(), 64);
        QFile dbFile(hub.dataDir().databasePath());
        QVERIFY(dbFile.open(QIODevice::ReadOnly));
        const QByteArray db = dbFile.readAll();
        QVERIFY(!db.contains(QByteArray::fromHex(secretHex)));
        QVERIFY(!db.contains(secretHex));
        // Another hub's key file is refused.
        TestHub other;
        QFile::remove(hub.dataDir().keyPath());
        QVERIFY(QFile::copy(other.dataDir().keyPath(), hub.dataDir().keyPath()));
        hub.close();
        auto opened = hub.dataDir().open();
        QVERIFY(!opened.ok());
        QVERIFY(opened.error().message.contains("another hub"));
        // init never overwrites a hub.
        QVERIFY(!hub.dataDir().init(hub.clock()).ok());
    }

    void derivedUserIdIsWhatAReplayGives()
    {
        TestOffice office;
        auto outcome = office.applier().apply(office::UserCreate{"zhou", "周", office::Role::Consultant});
        QVERIFY(outcome.ok());
        const QString opId = office.db().queryText("SELECT op_id FROM outbox ORDER BY client_seq DESC LIMIT 1");
        QCOMPARE(hub::Roster::userIdFor(opId), outcome->userId);
    }

    void backupAndRestoreGiveANewEpoch()
    {
        TestHub hub;
        const QString code = hub.addOffice();
        hub.addUser(code, "wang", "manager");
        TestDesk desk = hub.newDesk();
        hub.enroll(desk, code, "wang");
        QJsonArray early, late;
        for (int i = 0; i < 10; ++i)
            early.append(hub.op(desk, "lead.ingest", {{"n", i}}));
        QVERIFY(hub.push(desk, early).value("ok").toBool());
        const QString oldEpoch = hub.epoch();
        const QString backup = hub.dir() + "/backup.db";
        QVERIFY(hub.dataDir().backup(backup).ok()); // while the store is open
        for (int i = 0; i < 5; ++i)
            late.append(hub.op(desk, "lead.ingest", {{"n", 10 + i}}));
        QVERIFY(hub.push(desk, late).value("ok").toBool());

        // Refused while the hub serves.
        hub.close();
        {
            QLockFile serving(hub.dataDir().lockPath());
            QVERIFY(serving.tryLock(0));
            auto refused = hub.dataDir().restore(backup, hub.clock());
            QVERIFY(!refused.ok());
            QVERIFY(refused.error().message.contains("Stop it"));
        }
        auto epoch = hub.dataDir().restore(backup, hub.clock());
        QVERIFY2(epoch.ok(), epoch.ok() ? "" : qPrintable(epoch.error().message));
        QVERIFY(*epoch != oldEpoch);
        QVERIFY(!QDir(hub.dir()).entryList({"hub.db.before-restore-*"}).isEmpty());
        hub.reopen();
        QCOMPARE(hub.epoch(), *epoch);
        // The desk notices and re-bootstraps; the hub has what the backup had…
        const QJsonObject h = hub.hello(desk, 17, oldEpoch);
        QCOMPARE(h.value("action").toString(), QString("reset_required"));
        QCOMPARE(h.value("reasons").toArray(), (QJsonArray{"epoch_changed", "cursor_ahead"}));
        QCOMPARE(h.value("latest_hub_seq").toInteger(), 12);
        QCOMPARE(h.value("last_acked_client_seq").toInteger(), 10);
        // …and takes the rest again, under the same client_seqs, in order.
        const QJsonObject again = hub.push(desk, late);
        QVERIFY2(again.value("ok").toBool(), qPrintable(show(again)));
        QCOMPARE(again.value("acks").toArray().at(0).toObject().value("hub_seq").toInteger(), 13);
        QVERIFY(!again.value("acks").toArray().at(0).toObject().contains("duplicate"));
        QCOMPARE(hub.hello(desk, 0, *epoch).value("action").toString(), QString("ok"));
    }

    void restoreRefusesWhatIsNotThisHubsBackup()
    {
        TestHub hub, other;
        const QString otherBackup = other.dir() + "/other.db";
        QVERIFY(other.dataDir().backup(otherBackup).ok());
        hub.addOffice();
        const QString before = hub.dump();
        hub.close();
        TestOffice office;
        QFile damaged(hub.dir() + "/damaged.db");
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write(QByteArray(8192, '\x07'));
        damaged.close();
        for (const QString &file : {otherBackup, office.path(), damaged.fileName(), hub.dir() + "/missing.db"}) {
            auto r = hub.dataDir().restore(file, hub.clock());
            QVERIFY2(!r.ok(), qPrintable(file));
        }
        QVERIFY(hub.dataDir().restore(otherBackup, hub.clock()).error().message.contains("another hub"));
        hub.reopen();
        QCOMPARE(hub.dump(), before);
    }
};

QTEST_GUILESS_MAIN(TestHubStore)
#include "tst_hubstore.moc"
