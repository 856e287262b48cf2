#include "storage/backgroundcheckpointer.h"
#include "storage/database.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace shoulou::storage;

// During a bulk write the writer's connection does not checkpoint; a thread of the
// checkpointer's own does, and the everyday setting comes back at the end.
class TestBackgroundCheckpointer final : public QObject {
    Q_OBJECT
private slots:
    void checkpointsOffTheWriterAndRestoresTheSetting()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("office.db");
        auto db = Database::open(path);
        QVERIFY(db.ok());
        Database &writer = **db;
        QVERIFY(writer.execute("CREATE TABLE bulk(id INTEGER PRIMARY KEY, payload BLOB)").ok());
        const qint64 everyday = writer.queryInt("PRAGMA wal_autocheckpoint");
        int checkpoints = 0;
        {
            BackgroundCheckpointer checkpointer(writer);
            QCOMPARE(writer.queryInt("PRAGMA wal_autocheckpoint"), qint64(0));
            for (int batch = 0; batch < 5; ++batch) {
                QVERIFY(writer.begin().ok());
                auto &st = writer.prepare("INSERT INTO bulk(payload) VALUES(randomblob(4000))");
                for (int i = 0; i < 2000; ++i)
                    QVERIFY(st.exec());
                QVERIFY(writer.commit().ok());
                checkpointer.committed();
            }
            // The checkpoints run on the other thread, after the commits they were told of.
            QTRY_VERIFY(checkpointer.checkpoints() >= 1);
            checkpoints = checkpointer.checkpoints();
        }
        QVERIFY(checkpoints >= 1);
        QCOMPARE(writer.queryInt("PRAGMA wal_autocheckpoint"), everyday);
        QCOMPARE(writer.queryInt("SELECT count(*) FROM bulk"), qint64(10000));
        // The rows reached the database file itself: 10 000 rows of 4 KB.
        QVERIFY(QFileInfo(path).size() > 40'000'000);
    }
};

QTEST_GUILESS_MAIN(TestBackgroundCheckpointer)
#include "tst_backgroundcheckpointer.moc"
