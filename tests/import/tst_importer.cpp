#include "importfiles.h"
#include "testoffice.h"

#include "customer/customersearch.h"
#include "io/importer.h"

#include <QFile>

using namespace shoulou;
using test::readReport;

namespace {

QString data(const char *name)
{
    return QStringLiteral(SHOULOU_TEST_DATA_DIR "/import/") + QLatin1String(name);
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
        QCOMPARE(rep[2][0], QString("merged")); // same phone, +86 form
        QCOMPARE(rep[2][1], rep[1][1]);
        QCOMPARE(rep[3][0], QString("created"));
        QCOMPARE(rep[4][0], QString("rejected")); // bad checksum and no phone
        QVERIFY2(rep[4][2].contains("check digit") || rep[4][2].contains("校验位"), qPrintable(rep[4][2]));
        QVERIFY(rep[4][2].contains("110105194912310021")); // names the input
        QCOMPARE(rep[5][0], QString("rejected"));          // Excel-mangled phone
        QVERIFY2(rep[5][2].contains("Excel"), qPrintable(rep[5][2]));
        QCOMPARE(rep[6][0], QString("rejected")); // 140 is not a mobile range
        QCOMPARE(rep[7][0], QString("created"));  // full-width landline, multi-line remark
        QCOMPARE(rep[8][0], QString("created"));
        QCOMPARE(rep[9][0], QString("created"));   // new channel created on the fly
        QCOMPARE(rep[10][0], QString("rejected")); // bad time
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
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
