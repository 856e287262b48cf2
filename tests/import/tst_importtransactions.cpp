#include "importfiles.h"
#include "testoffice.h"

#include "io/importer.h"
#include "io/tablereader.h"

#include <QSemaphore>

#include <thread>

using namespace shoulou;
using test::officeContent;
using test::readReport;
using test::writeTrickyFile;

namespace {

// The rows of a real file, with a reader that stops before row `stallAt` until released:
// a file on a network share that hangs.
class StallingReader final : public io::TableReader {
public:
    StallingReader(std::unique_ptr<io::TableReader> inner, qint64 stallAt)
        : m_inner(std::move(inner))
        , m_stallAt(stallAt)
    {}
    QStringList header() const override { return m_inner->header(); }
    bool next(io::TableRow &row) override
    {
        if (++m_rows == m_stallAt) {
            stalled.release();
            release.tryAcquire(1, 60'000);
        }
        return m_inner->next(row);
    }
    const Error *fatalError() const override { return m_inner->fatalError(); }
    qint64 position() const override { return m_inner->position(); }
    qint64 size() const override { return m_inner->size(); }
    QString formatName() const override { return m_inner->formatName(); }

    QSemaphore stalled, release;

private:
    std::unique_ptr<io::TableReader> m_inner;
    qint64 m_stallAt, m_rows = 0;
};

} // namespace

// How an import writes: transaction size and time limit, the write lock it shares with the
// desk, a row the database refuses, and writes by others while it runs.
class TestImportTransactions final : public QObject {
    Q_OBJECT
private slots:
    // A transaction is written chunk by chunk as rows arrive; its size does not change what
    // the office ends up with, nor the report.
    void batchSizeDoesNotChangeTheOffice()
    {
        QMap<qint64, QStringList> reports[2];
        QStringList contents[2];
        io::ImportSummary summaries[2];
        for (int small = 0; small < 2; ++small) {
            test::TestOffice o;
            io::Importer imp(o.applier(), o.key(), o.clock());
            io::ImportOptions opt;
            opt.path = writeTrickyFile(o.dir() + "/tricky.csv", 700);
            opt.reportPath = o.dir() + "/report.csv";
            opt.maxTransactionMs = 3'600'000; // only the row count ends a transaction here
            if (small)
                opt.batchSize = 88; // eight transactions of four 22-row chunks
            int commits = 0;
            opt.progress = [&](qint64, qint64, qint64) { ++commits; };
            auto r = imp.run(opt);
            QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
            QCOMPARE(commits, small ? 8 : 1);
            summaries[small] = *r;
            reports[small] = readReport(opt.reportPath);
            contents[small] = officeContent(o);
            opt.reportPath.clear();
            opt.progress = {};
            auto again = imp.run(opt);
            QVERIFY(again.ok());
            QCOMPARE(again->created, qint64(0));
            QCOMPARE(again->duplicates, r->created + r->merged);
        }
        QVERIFY(summaries[0].merged > 50);
        QVERIFY(summaries[0].reviews > 10);
        QCOMPARE(summaries[1].created, summaries[0].created);
        QCOMPARE(summaries[1].merged, summaries[0].merged);
        QCOMPARE(summaries[1].reviews, summaries[0].reviews);
        QCOMPARE(contents[1], contents[0]);
        QCOMPARE(reports[1].size(), reports[0].size());
        for (auto it = reports[0].cbegin(); it != reports[0].cend(); ++it)
            QCOMPARE(reports[1][it.key()][0], it.value()[0]);
    }

    // A transaction also ends when it has been open for maxTransactionMs (the desk's writes
    // wait for the lock at most 5 s). The limit is checked before every row, so it cuts
    // transactions inside the reader's 2 000-row chunks (more commits than chunks); the rows
    // left over open the next transaction, none is lost or written twice, and the office is
    // the same as with one transaction.
    void timeLimitEndsATransaction()
    {
        QStringList contents[2];
        for (int limited = 0; limited < 2; ++limited) {
            test::TestOffice o;
            io::Importer imp(o.applier(), o.key(), o.clock());
            io::ImportOptions opt;
            opt.path = writeTrickyFile(o.dir() + "/tricky.csv", 5000);
            opt.reportPath = o.dir() + "/report.csv";
            opt.batchSize = 1'000'000;
            opt.maxTransactionMs = limited ? 20 : 3'600'000;
            QList<qint64> done;
            opt.progress = [&](qint64 rows, qint64, qint64) { done << rows; };
            auto r = imp.run(opt);
            QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
            QCOMPARE(r->rows, qint64(5003)); // and the file's three resident-id rows
            if (limited) {
                QVERIFY2(done.size() > 3, qPrintable(QString::number(done.size())));
                for (qsizetype i = 1; i < done.size(); ++i)
                    QVERIFY(done[i] > done[i - 1]);
            } else {
                QCOMPARE(done, QList<qint64>{5003});
                QVERIFY(r->longestTransactionMs >= 1);
            }
            QCOMPARE(done.last(), qint64(5003));
            QCOMPARE(readReport(opt.reportPath).size(), 5003);
            QCOMPARE(readReport(opt.reportPath).lastKey(), qint64(5003));
            contents[limited] = officeContent(o);
        }
        QCOMPARE(contents[1], contents[0]);
    }

    // The reader stalls in the middle of the file: the import gives the write lock up within its
    // time limit, so a desk write made meanwhile goes through (it waits 5 s at most; before, the
    // import held the lock for as long as the reader stalled), and the import then completes.
    void stalledReaderDoesNotHoldTheWriteLock()
    {
        test::TestOffice o;
        const QString path = writeTrickyFile(o.dir() + "/tricky.csv", 5000);
        auto opened = io::openTable(path);
        QVERIFY(opened.ok());
        auto reader = std::make_unique<StallingReader>(std::move(opened).value(), 3001); // in the second chunk
        StallingReader &stalling = *reader;
        const identity::LeadInput deskLead = o.lead({"姓名", "手机", "渠道"}, {"前台登记", "13700001111", "自然到访"});
        QString deskError = QStringLiteral("the reader never stalled");
        std::thread desk([&] {
            if (!stalling.stalled.tryAcquire(1, 60'000))
                return;
            ManualClock clock(1'760'000'000'000);
            auto db = storage::Database::open(o.path());
            if (!db) {
                deskError = db.error().message;
            } else {
                mutation::Applier writer(**db, clock, &o.key(), QStringLiteral("desk"));
                auto r = writer.apply(QStringLiteral("lead.ingest"), 1, deskLead.toArgs());
                deskError = r ? QString() : r.error().message;
            }
            stalling.release.release();
        });
        io::Importer imp(o.applier(), o.key(), o.clock());
        io::ImportOptions opt;
        opt.path = path;
        opt.batchSize = 1'000'000;
        opt.maxTransactionMs = 300;
        auto r = imp.run(opt, std::move(reader));
        desk.join();
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QVERIFY2(deskError.isEmpty(), qPrintable(deskError));
        QCOMPARE(r->rows, qint64(5003));
        QCOMPARE(o.count("SELECT count(*) FROM customer_phone WHERE match_key = '+8613700001111'"), qint64(1));
        QCOMPARE(o.count("SELECT count(*) FROM lead"), r->created + r->merged + 1); // and the desk's
    }

    // A row the database refuses rolls its whole transaction back; the transaction's rows are
    // redone one by one, so only that row is rejected (with the database's reason).
    void failingRowIsRedoneAlone()
    {
        test::TestOffice o;
        QVERIFY(o.db()
                    .execute("CREATE TRIGGER refuse BEFORE INSERT ON touch WHEN NEW.note = 'boom' "
                             "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")
                    .ok());
        QFile f(o.dir() + "/boom.csv");
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("姓名,手机,时间,备注\n");
        for (int i = 0; i < 200; ++i)
            f.write(QString("客户%1,1391%2,2025-01-01 08:00,%3\n").arg(i).arg(i, 7, 10, QChar('0')).arg(i == 130 ? "boom" : "").toUtf8());
        f.close();
        io::Importer imp(o.applier(), o.key(), o.clock());
        io::ImportOptions opt;
        opt.path = f.fileName();
        opt.reportPath = o.dir() + "/report.csv";
        opt.batchSize = 80; // the failing row is in the second transaction's third chunk
        auto r = imp.run(opt);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->created, qint64(199));
        QCOMPARE(r->rejected, qint64(1));
        const auto rep = readReport(opt.reportPath);
        QCOMPARE(rep[131][0], QString("rejected"));
        QVERIFY2(rep[131][2].contains("refused by the test"), qPrintable(rep[131][2]));
        QCOMPARE(rep[132][0], QString("created"));
        QCOMPARE(o.count("SELECT count(*) FROM customer"), qint64(199));
        QCOMPARE(o.count("SELECT count(*) FROM lead"), qint64(199));
        QCOMPARE(o.count("SELECT count(*) FROM outbox WHERE name = 'lead.ingest'"), qint64(199));
        // The redone rows carry whole arguments too (their JSON body is made again for the redo).
        QCOMPARE(
            o.count("SELECT count(*) FROM outbox WHERE name = 'lead.ingest' AND json_extract(args, '$.channel_id') IS NOT NULL "
                    "AND json_extract(args, '$.name') = '客户' || CAST(substr(json_extract(args, '$.phones[0].digits'), 5) AS INTEGER)"),
            qint64(199));
        QCOMPARE(o.count("SELECT count(*) FROM outbox WHERE json_extract(args, '$.name') = '客户150' "
                         "AND json_extract(args, '$.phones[0].digits') = '13910000150' AND json_extract(args, '$.raw') != ''"),
                 qint64(1));
    }

    // Someone else (the desk's writer, another import) stores a phone between two of the
    // import's transactions: the row of the file with that phone joins that customer.
    void rowJoinsACustomerAddedDuringTheImport()
    {
        test::TestOffice o;
        const QString path = writeTrickyFile(o.dir() + "/tricky.csv", 700);
        io::Importer imp(o.applier(), o.key(), o.clock());
        io::ImportOptions opt;
        opt.path = path;
        opt.reportPath = o.dir() + "/report.csv";
        opt.batchSize = 50;
        auto other = storage::Database::open(o.path());
        QVERIFY(other.ok());
        mutation::Applier otherWriter(**other, o.clock(), &o.key(), QStringLiteral("desk"));
        // Row 602's phone, typed in at the desk while the import runs.
        const identity::LeadInput deskLead = o.lead({"姓名", "手机", "渠道"}, {"客户601", "13910000601", "自然到访"});
        int batches = 0;
        opt.progress = [&](qint64, qint64, qint64) {
            if (++batches == 2)
                QVERIFY(otherWriter.apply(QStringLiteral("lead.ingest"), 1, deskLead.toArgs()).ok());
        };
        auto r = imp.run(opt);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        const auto rep = readReport(opt.reportPath);
        QCOMPARE(rep[602][0], QString("merged"));
        QCOMPARE(o.count("SELECT count(*) FROM customer_phone WHERE match_key = '+8613910000601'"), qint64(1));
        QCOMPARE(o.count("SELECT count(DISTINCT m.root_id) FROM touch t JOIN customer m ON m.id = t.customer_id "
                         "JOIN customer_phone p ON p.customer_id = m.id WHERE p.match_key = '+8613910000601'"),
                 qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestImportTransactions)
#include "tst_importtransactions.moc"
