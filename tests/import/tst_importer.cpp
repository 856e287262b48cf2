#include "testoffice.h"

#include "customer/customersearch.h"
#include "io/importer.h"
#include "io/tablereader.h"

#include <QFile>
#include <QSemaphore>

#include <thread>

using namespace shoulou;

namespace {

QString data(const char *name)
{
    return QStringLiteral(SHOULOU_TEST_DATA_DIR "/import/") + QLatin1String(name);
}

// Report rows keyed by row number: {status, customer_id, reason}.
QMap<qint64, QStringList> readReport(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QByteArray all = f.readAll();
    if (!all.startsWith("\xEF\xBB\xBF"))
        return {};
    const QStringList lines = QString::fromUtf8(all.mid(3)).split("\r\n", Qt::SkipEmptyParts);
    QMap<qint64, QStringList> out;
    if (lines.value(0) != "row,status,customer_id,reason")
        return {};
    for (int i = 1; i < lines.size(); ++i) {
        const QStringList parts = lines[i].split(',');
        QStringList rest = parts.mid(1, 2);
        rest << parts.mid(3).join(',');
        out.insert(parts[0].toLongLong(), rest);
    }
    return out;
}


// A file with what the key filter must get right: repeats in other formats, a person who
// is only linked by the resident id, soft matches (same name, one digit apart) and two
// different resident ids sharing a phone.
QString writeTrickyFile(const QString &path, int rows)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write("姓名,手机,身份证号,渠道,时间\n");
    const QString rid1 = QStringLiteral("11010519491231002X"), rid2 = QStringLiteral("110105194912310038");
    for (int i = 0; i < rows; ++i) {
        const int person = i % 7 == 3 ? i / 2 : i; // every 7th row repeats an earlier person
        const QString phone = QStringLiteral("1391%1").arg(person, 7, 10, QChar('0'));
        QString line;
        if (i % 7 == 3)
            line = QStringLiteral("客户%1,+86 %2 %3 %4,,抖音,2025-01-02 09:00\n").arg(person).arg(phone.left(3), phone.mid(3, 4), phone.mid(7));
        else if (i % 11 == 5) // same name as the previous row, phone one digit apart
            line = QStringLiteral("客户%1,1391%2,,小红书,2025-01-01 08:00\n").arg(i - 1).arg(i - 1 + 1000000, 7, 10, QChar('0')).replace("13911", "13912");
        else
            line = QStringLiteral("客户%1,%2,,安居客,2025-01-01 08:00\n").arg(i).arg(phone);
        f.write(line.toUtf8());
    }
    f.write(QStringLiteral("甲,13800000001,%1,抖音,2025-01-03 10:00\n").arg(rid1).toUtf8());
    f.write(QStringLiteral("乙,13800000001,%1,抖音,2025-01-03 11:00\n").arg(rid2).toUtf8());
    f.write(QStringLiteral("甲,,%1,抖音,2025-01-04 10:00\n").arg(rid1).toUtf8());
    return path;
}

// The rows of a real file, with a reader that stops before row `stallAt` until released:
// a file on a network share that hangs.
class StallingReader final : public io::TableReader {
public:
    StallingReader(std::unique_ptr<io::TableReader> inner, qint64 stallAt) : m_inner(std::move(inner)), m_stallAt(stallAt) {}
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

// What an office holds, without the ids that differ between two runs.
QStringList officeContent(test::TestOffice &o)
{
    QStringList out;
    auto &st = o.db().prepare("SELECT c.name, c.status, (SELECT group_concat(match_key, ' ') FROM "
                              "(SELECT p.match_key FROM customer_phone p JOIN customer m ON m.id = p.customer_id "
                              "WHERE m.root_id = c.id ORDER BY 1)), (SELECT count(*) FROM touch t JOIN customer m "
                              "ON m.id = t.customer_id WHERE m.root_id = c.id) FROM customer c WHERE c.merged_into IS NULL");
    while (st.step())
        out << QStringLiteral("%1|%2|%3|%4").arg(st.text(0), st.text(1), st.text(2), st.text(3));
    st.reset();
    auto &rv = o.db().prepare("SELECT kind, count(*) FROM review_item GROUP BY kind");
    while (rv.step())
        out << QStringLiteral("review %1 %2").arg(rv.text(0), rv.text(1));
    rv.reset();
    out.sort();
    return out;
}

} // namespace

class TestImporter final : public QObject {
    Q_OBJECT
private slots:
    void mixedCsv()
    {
        test::TestOffice o;
        io::Importer imp(o.applier(), o.key(), o.clock());
        io::ImportOptions opt;
        opt.path = data("leads_mixed.csv");
        opt.reportPath = o.dir() + "/report.csv";
        auto r = imp.run(opt);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->format, QString("UTF-8 (BOM)"));
        QCOMPARE(r->rows, qint64(10));
        const auto rep = readReport(opt.reportPath);
        QCOMPARE(rep.size(), 10);
        QCOMPARE(rep[1][0], QString("created"));
        QCOMPARE(rep[2][0], QString("merged"));            // same phone, +86 form
        QCOMPARE(rep[2][1], rep[1][1]);
        QCOMPARE(rep[3][0], QString("created"));
        QCOMPARE(rep[4][0], QString("rejected"));          // bad checksum and no phone
        QVERIFY2(rep[4][2].contains("check digit") || rep[4][2].contains("校验位"), qPrintable(rep[4][2]));
        QVERIFY(rep[4][2].contains("110105194912310021")); // names the input
        QCOMPARE(rep[5][0], QString("rejected"));          // Excel-mangled phone
        QVERIFY2(rep[5][2].contains("Excel"), qPrintable(rep[5][2]));
        QCOMPARE(rep[6][0], QString("rejected"));          // 140 is not a mobile range
        QCOMPARE(rep[7][0], QString("created"));           // full-width landline, multi-line remark
        QCOMPARE(rep[8][0], QString("created"));
        QCOMPARE(rep[9][0], QString("created"));           // new channel created on the fly
        QCOMPARE(rep[10][0], QString("rejected"));         // bad time
        QVERIFY(rep[10][2].contains("不是时间"));
        QCOMPARE(r->created, qint64(5));
        QCOMPARE(r->merged, qint64(1));
        QCOMPARE(r->rejected, qint64(4));
        QCOMPARE(o.count("SELECT count(*) FROM channel WHERE name = '朋友圈广告'"), qint64(1));
        // Multi-line remark and the formula-looking remark are stored literally.
        QCOMPARE(o.count("SELECT count(*) FROM touch WHERE note = '多行\n备注'"), qint64(1));
        QCOMPARE(o.count("SELECT count(*) FROM touch WHERE note LIKE '=HYPERLINK%'"), qint64(1));
        customer::CustomerSearch s(o.db(), &o.key());
        QCOMPARE(s.search("陈大文").value(0).maskedPhone.isEmpty(), false);
        QCOMPARE(s.search("阿卜杜·热合曼").size(), 1);
    }

    void reimportCreatesNothing()
    {
        test::TestOffice o;
        io::Importer imp(o.applier(), o.key(), o.clock());
        io::ImportOptions opt;
        opt.path = data("leads_mixed.csv");
        QVERIFY(imp.run(opt).ok());
        const qint64 customers = o.count("SELECT count(*) FROM customer");
        const qint64 leads = o.count("SELECT count(*) FROM lead");
        const qint64 touches = o.count("SELECT count(*) FROM touch");
        o.clock().advanceMs(86400000);
        auto again = imp.run(opt);
        QVERIFY(again.ok());
        QCOMPARE(again->created, qint64(0));
        QCOMPARE(again->duplicates, qint64(6));
        QCOMPARE(o.count("SELECT count(*) FROM customer"), customers);
        QCOMPARE(o.count("SELECT count(*) FROM lead"), leads);
        QCOMPARE(o.count("SELECT count(*) FROM touch"), touches);
    }

    void gb18030WithRareCharacters()
    {
        test::TestOffice o;
        io::Importer imp(o.applier(), o.key(), o.clock());
        io::ImportOptions opt;
        opt.path = data("leads_gb18030.csv");
        auto r = imp.run(opt);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->format, QString("GB18030"));
        QCOMPARE(r->created, qint64(2));
        QCOMPARE(o.db().queryText("SELECT name FROM customer WHERE name LIKE '王%'"), QString::fromUtf8("王𠀾"));
        customer::CustomerSearch s(o.db(), &o.key());
        QCOMPARE(s.search(QString::fromUtf8("王𠀾")).size(), 1);
        QCOMPARE(s.search(QString::fromUtf8("䶮明")).size(), 1);
    }

    void xlsxNumericPhoneRejectedWithGuidance()
    {
        test::TestOffice o;
        io::Importer imp(o.applier(), o.key(), o.clock());
        io::ImportOptions opt;
        opt.path = data("leads.xlsx");
        opt.reportPath = o.dir() + "/x.csv";
        auto r = imp.run(opt);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->created, qint64(2));
        QCOMPARE(r->rejected, qint64(1));
        const auto rep = readReport(opt.reportPath);
        QCOMPARE(rep[2][0], QString("rejected"));
        QVERIFY2(rep[2][2].contains("number"), qPrintable(rep[2][2]));
        QCOMPARE(o.count("SELECT count(*) FROM customer_phone WHERE digits = '13812340002'"), qint64(0));
        // The second sheet by name; a foreign number keeps its country code.
        opt.sheet = "备用";
        auto r2 = imp.run(opt);
        QVERIFY2(r2.ok(), r2.ok() ? "" : qPrintable(r2.error().message));
        QCOMPARE(r2->created, qint64(1));
        QCOMPARE(o.db().queryText("SELECT e164 FROM customer_phone WHERE kind = 'foreign'"), QString("+85291234567"));
        opt.sheet = "没有这张表";
        QCOMPARE(imp.run(opt).error().code, QString("io.sheet_not_found"));
    }

    void douyinExportWithMapping()
    {
        test::TestOffice o;
        io::Importer imp(o.applier(), o.key(), o.clock());
        io::ImportOptions opt;
        opt.path = data("douyin_export.csv");
        // Without a mapping, no identity column is recognised by name alone? open_id is.
        opt.mappingPath = data("douyin_mapping.json");
        auto r = imp.run(opt);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->created, qint64(2));
        QCOMPARE(r->merged, qint64(1)); // same open_id
        QCOMPARE(o.count("SELECT count(*) FROM customer_device WHERE platform = 'douyin'"), qint64(2));
        QCOMPARE(o.db().queryText("SELECT DISTINCT c.name FROM touch t JOIN channel c ON c.id = t.channel_id"), QString("抖音"));
    }

    void missingIdentityColumnIsClearError()
    {
        test::TestOffice o;
        QFile f(o.dir() + "/noid.csv");
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("姓名,地址\n张三,杭州\n");
        f.close();
        io::Importer imp(o.applier(), o.key(), o.clock());
        io::ImportOptions opt;
        opt.path = f.fileName();
        auto r = imp.run(opt);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QString("io.mapping"));
        QVERIFY(r.error().message.contains("地址"));
        QCOMPARE(o.count("SELECT count(*) FROM customer"), qint64(0));
    }

    // Cancel after the first batch: what was committed stays; running again completes the
    // file without duplicates.
    void interruptedImportCompletesOnRerun()
    {
        test::TestOffice o;
        QFile f(o.dir() + "/big.csv");
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("姓名,手机,时间\n");
        for (int i = 0; i < 1000; ++i)
            f.write(QString("客户%1,1391%2,2025-01-01 08:00\n").arg(i).arg(i, 7, 10, QChar('0')).toUtf8());
        f.close();
        std::atomic<bool> cancel{false};
        io::Importer imp(o.applier(), o.key(), o.clock());
        io::ImportOptions opt;
        opt.path = f.fileName();
        opt.batchSize = 100;
        opt.cancel = &cancel;
        int batches = 0;
        opt.progress = [&](qint64, qint64, qint64) {
            if (++batches == 3)
                cancel = true;
        };
        auto r = imp.run(opt);
        QVERIFY(r.ok());
        QVERIFY(r->cancelled);
        const qint64 partial = o.count("SELECT count(*) FROM customer");
        QCOMPARE(partial, qint64(300));
        cancel = false;
        opt.progress = {};
        auto again = imp.run(opt);
        QVERIFY(again.ok());
        QCOMPARE(again->duplicates, partial);
        QCOMPARE(again->created, 1000 - partial);
        QCOMPARE(o.count("SELECT count(*) FROM customer"), qint64(1000));
        QCOMPARE(o.count("SELECT count(*) FROM lead"), qint64(1000));
    }

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
        QVERIFY(o.db().execute("CREATE TRIGGER refuse BEFORE INSERT ON touch WHEN NEW.note = 'boom' "
                               "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END").ok());
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
        QCOMPARE(o.count("SELECT count(*) FROM outbox WHERE name = 'lead.ingest' AND json_extract(args, '$.channel_id') IS NOT NULL "
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
        const identity::LeadInput deskLead =
            o.lead({"姓名", "手机", "渠道"}, {"客户601", "13910000601", "自然到访"});
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

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
