#include "storage/backgroundcheckpointer.h"
#include "storage/database.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace shoulou::storage;

namespace {

// One transaction of `rows` rows of 4 KB: about rows / 2 WAL frames of 8 KiB.
void writeBatch(Database &writer, int rows)
{
    QVERIFY(writer.begin().ok());
    auto &st = writer.prepare("INSERT INTO bulk(payload) VALUES(randomblob(4000))");
    for (int i = 0; i < rows; ++i)
        QVERIFY(st.exec());
    QVERIFY(writer.commit().ok());
}

// A fresh office file with one table for bulk rows; null (and a failed check) when it cannot open.
std::unique_ptr<Database> openBulkOffice(const QString &path)
{
    auto db = Database::open(path);
    if (!db.ok() || !(*db)->execute("CREATE TABLE bulk(id INTEGER PRIMARY KEY, payload BLOB)").ok())
        return nullptr;
    return std::move(db).value();
}

qint64 walBytes(const QString &path)
{
    return QFileInfo(path + QStringLiteral("-wal")).size();
}

} // namespace

// During a bulk write the writer's connection does not checkpoint; a thread of the
// checkpointer's own does, and the everyday setting comes back at the end.
class TestBackgroundCheckpointer final : public QObject {
    Q_OBJECT
private slots:
    void checkpointsOffTheWriterAndRestoresTheSetting()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("office.db");
        auto db = openBulkOffice(path);
        QVERIFY(db);
        Database &writer = *db;
        const qint64 everyday = writer.queryInt("PRAGMA wal_autocheckpoint");
        int checkpoints = 0;
        {
            BackgroundCheckpointer checkpointer(writer);
            QCOMPARE(writer.queryInt("PRAGMA wal_autocheckpoint"), qint64(0));
            for (int batch = 0; batch < 5; ++batch) {
                writeBatch(writer, 2000);
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

    // Back-to-back commits never let SQLite start the WAL over on its own while the copying
    // runs beside them (a 400 k-row import left a 2.5 GB WAL). Over the bound, the writer
    // waits for the copy, and its next transaction writes the WAL from the start again.
    void walStartsOverOnceItIsOverTheBound()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("office.db");
        auto db = openBulkOffice(path);
        QVERIFY(db);
        Database &writer = *db;
        qint64 largestWal = 0;
        {
            BackgroundCheckpointer checkpointer(writer, 500); // 500 frames: 4 MB
            for (int batch = 0; batch < 12; ++batch) {
                writeBatch(writer, 1000); // ~ 4 MB of frames
                checkpointer.committed();
                largestWal = std::max(largestWal, walBytes(path));
            }
            QVERIFY(checkpointer.restarts() >= 5);
        }
        QCOMPARE(writer.queryInt("SELECT count(*) FROM bulk"), qint64(12000));
        // Without the bound the WAL would hold all 48 MB; with it, at most a few batches.
        QVERIFY2(largestWal < 16'000'000, qPrintable(QString::number(largestWal)));
        QVERIFY(QFileInfo(path).size() > 40'000'000);
    }

    // A reader's open snapshot keeps frames from being copied back; the writer then goes on
    // after the longest wait instead of hanging, and the data is unharmed.
    void readerSnapshotDoesNotHoldTheWriterForever()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("office.db");
        auto db = openBulkOffice(path);
        QVERIFY(db);
        Database &writer = *db;
        writeBatch(writer, 10);
        auto reader = Database::open(path, Database::Options{false, true});
        QVERIFY(reader.ok());
        QVERIFY((*reader)->execute("BEGIN").ok());
        QCOMPARE((*reader)->queryInt("SELECT count(*) FROM bulk"), qint64(10)); // holds its snapshot
        {
            BackgroundCheckpointer checkpointer(writer, 100, std::chrono::milliseconds(300));
            QElapsedTimer waited;
            waited.start();
            for (int batch = 0; batch < 3; ++batch) {
                writeBatch(writer, 400);
                checkpointer.committed();
            }
            QVERIFY2(waited.elapsed() < 5000, qPrintable(QString::number(waited.elapsed())));
            QCOMPARE(checkpointer.restarts(), 0);
        }
        QCOMPARE((*reader)->queryInt("SELECT count(*) FROM bulk"), qint64(10));
        QVERIFY((*reader)->execute("COMMIT").ok());
        QCOMPARE((*reader)->queryInt("SELECT count(*) FROM bulk"), qint64(1210));
    }
};

QTEST_GUILESS_MAIN(TestBackgroundCheckpointer)
#include "tst_backgroundcheckpointer.moc"
