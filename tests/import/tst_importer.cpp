#include "importfiles.h"
#include "testoffice.h"

#include "customer/customersearch.h"
#include "io/importer.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

using namespace shoulou;
using test::readReport;

namespace {

QString data(const char *name)
{
    return QStringLiteral(SHOULOU_TEST_DATA_DIR "/import/") + QLatin1String(name);
}

QString writeFile(test::TestOffice &o, const char *name, const QByteArray &content)
{
    QFile f(o.dir() + QLatin1Char('/') + QLatin1String(name));
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(content);
    return f.fileName();
}

qint64 beijing(int y, int mo, int d, int h = 0, int mi = 0, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone("Asia/Shanghai")).toMSecsSinceEpoch();
}

// When the touch of the customer with this phone happened.
qint64 touchTime(test::TestOffice &o, const char *digits)
{
    return o.db().queryInt("SELECT t.occurred_at FROM touch t JOIN customer_phone p ON p.customer_id = t.customer_id "
                           "WHERE p.digits = ?1",
                           QLatin1String(digits));
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
        QCOMPARE(rep[9][0], QString("created")); // new channel created on the fly
        // A valid phone with an unreadable time is imported, with a warning and the import time.
        QCOMPARE(rep[10][0], QString("created"));
        QVERIFY(rep[10][2].contains("不是时间"));
        QCOMPARE(r->created, qint64(6));
        QCOMPARE(r->merged, qint64(1));
        QCOMPARE(r->rejected, qint64(3));
        QCOMPARE(o.count("SELECT count(*) FROM channel WHERE name = '朋友圈广告'"), qint64(1));
        // Multi-line remark and the formula-looking remark are stored literally.
        QCOMPARE(o.count("SELECT count(*) FROM touch WHERE note = '多行\n备注'"), qint64(1));
        QCOMPARE(o.count("SELECT count(*) FROM touch WHERE note LIKE '=HYPERLINK%'"), qint64(1));
        customer::CustomerSearch s(o.db(), &o.key());
        QCOMPARE(s.search("陈大文").value().value(0).maskedPhone.isEmpty(), false);
        QCOMPARE(s.search("阿卜杜·热合曼").value().size(), 1);
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
        QCOMPARE(again->duplicates, qint64(7)); // row 10 too: a row without a usable time is keyed without one
        QCOMPARE(o.count("SELECT count(*) FROM customer"), customers);
        QCOMPARE(o.count("SELECT count(*) FROM lead"), leads);
        QCOMPARE(o.count("SELECT count(*) FROM touch"), touches);
    }

    // Day-first and month-first dates, with or without a time, are read; a row with a valid
    // phone is never turned away for its date alone.
    void commonDateFormsAreReadAndABadDateOnlyWarns()
    {
        test::TestOffice o;
        const QString path = writeFile(o, "dates.csv",
                                       "姓名,手机,留资时间\n"
                                       "甲,13800000001,30/11/2026\n"
                                       "乙,13800000002,2026/11/30\n"
                                       "丙,13800000003,2026年11月30日\n"
                                       "丁,13800000004,30.11.2026 10:05\n"
                                       "戊,13800000005,30-11-2026 10:05:30\n"
                                       "己,13800000006,3/4/2026\n"
                                       "庚,13800000007,下周二\n");
        io::Importer imp(o.applier(), o.key(), o.clock());
        io::ImportOptions opt;
        opt.path = path;
        opt.reportPath = o.dir() + "/dates-report.csv";
        auto r = imp.run(opt);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->rejected, qint64(0));
        QCOMPARE(r->created, qint64(7));
        QCOMPARE(r->dateOrder, io::DateOrder::DayFirst); // 30/11 decides it for the whole file
        QCOMPARE(touchTime(o, "13800000001"), beijing(2026, 11, 30));
        QCOMPARE(touchTime(o, "13800000002"), beijing(2026, 11, 30));
        QCOMPARE(touchTime(o, "13800000003"), beijing(2026, 11, 30));
        QCOMPARE(touchTime(o, "13800000004"), beijing(2026, 11, 30, 10, 5));
        QCOMPARE(touchTime(o, "13800000005"), beijing(2026, 11, 30, 10, 5, 30));
        QCOMPARE(touchTime(o, "13800000006"), beijing(2026, 4, 3)); // day first, like the rest of the file
        QCOMPARE(touchTime(o, "13800000007"), o.clock().nowMs());   // unreadable: the import time
        QCOMPARE(r->warned, qint64(1));
        const auto rep = readReport(opt.reportPath);
        QCOMPARE(rep[7][0], QString("created"));
        QVERIFY2(rep[7][2].contains("下周二"), qPrintable(rep[7][2]));
        QCOMPARE(r->flagged.size(), size_t(1));
        QCOMPARE(r->flagged[0].row, qint64(7));
        QCOMPARE(r->flagged[0].status, io::ImportRowOutcome::Status::Created);
        QVERIFY(r->flagged[0].warning.contains("下周二"));
    }

    // 03/04/2026 alone could be either: the option decides; without one, the row is imported
    // with the import time and a warning that asks which order the file uses.
    void ambiguousDatesFollowTheOption()
    {
        const QByteArray content = "姓名,手机,留资时间\n甲,13800000001,03/04/2026\n乙,13800000002,05/06/2026 09:30\n";
        {
            test::TestOffice o;
            io::Importer imp(o.applier(), o.key(), o.clock());
            io::ImportOptions opt;
            opt.path = writeFile(o, "ambiguous.csv", content);
            opt.dateOrder = io::DateOrder::MonthFirst;
            auto r = imp.run(opt);
            QVERIFY(r.ok());
            QCOMPARE(r->warned, qint64(0));
            QCOMPARE(touchTime(o, "13800000001"), beijing(2026, 3, 4));
            QCOMPARE(touchTime(o, "13800000002"), beijing(2026, 5, 6, 9, 30));
        }
        {
            test::TestOffice o;
            io::Importer imp(o.applier(), o.key(), o.clock());
            io::ImportOptions opt;
            opt.path = writeFile(o, "ambiguous.csv", content);
            auto r = imp.run(opt);
            QVERIFY(r.ok());
            QCOMPARE(r->dateOrder, io::DateOrder::Unknown);
            QCOMPARE(r->created, qint64(2));
            QCOMPARE(r->warned, qint64(2));
            QCOMPARE(touchTime(o, "13800000001"), o.clock().nowMs());
            QVERIFY2(r->flagged[0].warning.contains("03/04/2026"), qPrintable(r->flagged[0].warning));
        }
    }

    // A resident id dropped from a row imported by its phone is a warning the caller gets as a
    // row (not only as a line of the exported report), and the summary counts it.
    void warnedRowsReachTheCallerAsRows()
    {
        test::TestOffice o;
        io::Importer imp(o.applier(), o.key(), o.clock());
        io::ImportOptions opt;
        opt.path = writeFile(o, "warned.csv",
                             "姓名,手机,身份证号\n"
                             "甲,13800000001,110105194912310021\n"
                             "乙,13800000002,11010519491231002X\n"
                             "丙,,110105194912310021\n");
        auto r = imp.run(opt);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->created, qint64(2));
        QCOMPARE(r->rejected, qint64(1));
        QCOMPARE(r->warned, qint64(1));
        QCOMPARE(r->flagged.size(), size_t(2));
        QCOMPARE(r->flagged[0].row, qint64(1));
        QCOMPARE(r->flagged[0].status, io::ImportRowOutcome::Status::Created);
        QVERIFY(!r->flagged[0].customerId.isEmpty());
        QVERIFY2(r->flagged[0].warning.contains("110105194912310021"), qPrintable(r->flagged[0].warning));
        QCOMPARE(r->flagged[1].row, qint64(3));
        QCOMPARE(r->flagged[1].status, io::ImportRowOutcome::Status::Rejected);
        QVERIFY(r->flagged[1].customerId.isEmpty());
    }

    // Row 3 joins the customers of rows 1 and 2 (it has both phones): at the end every row
    // names the surviving customer, in the report and in the rows handed back.
    void reportNamesTheCustomerAtTheEnd()
    {
        test::TestOffice o;
        io::Importer imp(o.applier(), o.key(), o.clock());
        io::ImportOptions opt;
        opt.path = writeFile(o, "later.csv",
                             "姓名,手机,手机2,身份证号\n"
                             "甲,13800000001,,110105194912310021\n"
                             "甲,13800000002,,\n"
                             "甲,13800000002,13800000001,\n");
        opt.reportPath = o.dir() + "/later-report.csv";
        opt.batchSize = 1; // every row its own transaction: the report is written before the merge
        auto r = imp.run(opt);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        const auto rep = readReport(opt.reportPath);
        QCOMPARE(rep.size(), 3);
        const QString root = o.db().queryText("SELECT id FROM customer WHERE merged_into IS NULL");
        QCOMPARE(o.count("SELECT count(*) FROM customer WHERE merged_into IS NULL"), qint64(1));
        for (qint64 row = 1; row <= 3; ++row)
            QCOMPARE(rep[row][1], root);
        QCOMPARE(r->flagged.size(), size_t(1)); // row 1: its resident id was dropped
        QCOMPARE(r->flagged[0].customerId, root);
        QFile f(opt.reportPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("\xEF\xBB\xBFrow,status,customer_id,reason\r\n"));
    }

    // An office migrating from Excel keeps 性别, 预算, 户型, 面积, 意向楼栋, 归属顾问 and 备注: they
    // reach the customer (customer.update in the same batch). What the office already noted
    // about a known customer stays; an unknown consultant or a budget that is no budget is a
    // warning, and the row is imported all the same.
    void profileColumnsReachTheCustomer()
    {
        test::TestOffice o;
        auto user = o.applier().apply("user.create", 1, {{"login", "li"}, {"display_name", "李顾问"}, {"role", "consultant"}});
        QVERIFY(user.ok());
        const QString li = user->value("user_id").toString();
        io::Importer imp(o.applier(), o.key(), o.clock());
        io::ImportOptions opt;
        opt.path = writeFile(o, "profile.csv",
                             "姓名,手机,性别,预算,户型,面积,意向楼栋,归属顾问,备注\n"
                             "宋文,13800000001,女,300-350万,三室两厅,89㎡,3号楼,李顾问,看过样板间\n"
                             "李强,13800000002,男,300万,,90-120,,王不在,\n"
                             "张三,13800000003,,很多,,,,,\n"
                             "宋文,13800000001,,500万,四室,,,,\n"
                             "赵六,13800000004,,,,,,,\n");
        opt.reportPath = o.dir() + "/profile-report.csv";
        auto r = imp.run(opt);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->created, qint64(4));
        QCOMPARE(r->merged, qint64(1));
        QCOMPARE(r->rejected, qint64(0));
        QCOMPARE(r->warned, qint64(2)); // 王不在 is nobody of the office; 很多 is no budget

        auto customerOf = [&](const char *digits) {
            return o.db().queryText("SELECT c.root_id FROM customer_phone p JOIN customer c ON c.id = p.customer_id WHERE p.digits = ?1",
                                    QLatin1String(digits));
        };
        auto requirement = [&](const char *digits) {
            return QJsonDocument::fromJson(o.db().queryText("SELECT requirement FROM customer WHERE id = ?1", customerOf(digits)).toUtf8())
                .object();
        };
        const QJsonObject song = requirement("13800000001");
        QCOMPARE(song["gender"].toString(), QString("female"));
        QCOMPARE(qint64(song["budget_fen"].toDouble()), qint64(300) * 10000 * 100);
        QCOMPARE(qint64(song["budget_max_fen"].toDouble()), qint64(350) * 10000 * 100);
        QCOMPARE(song["layout"].toString(), QString("三室两厅")); // row 4's 四室 does not overwrite it
        QCOMPARE(song["area_m2"].toDouble(), 89.0);
        QCOMPARE(song["building"].toString(), QString("3号楼"));
        QCOMPARE(o.db().queryText("SELECT owner_id FROM customer WHERE id = ?1", customerOf("13800000001")), li);
        QCOMPARE(o.count("SELECT count(*) FROM touch WHERE note = '看过样板间'"), qint64(1));
        const QJsonObject qiang = requirement("13800000002");
        QCOMPARE(qiang["gender"].toString(), QString("male"));
        QCOMPARE(qint64(qiang["budget_fen"].toDouble()), qint64(300) * 10000 * 100);
        QVERIFY(!qiang.contains("budget_max_fen"));
        QCOMPARE(qiang["area_m2"].toDouble(), 90.0);
        QCOMPARE(qiang["area_max_m2"].toDouble(), 120.0);
        QVERIFY(o.db().queryText("SELECT coalesce(owner_id, '') FROM customer WHERE id = ?1", customerOf("13800000002")).isEmpty());
        QVERIFY(requirement("13800000003").isEmpty());
        QVERIFY(o.db().queryText("SELECT coalesce(requirement, '') FROM customer WHERE id = ?1", customerOf("13800000004")).isEmpty());
        // Through the write path: one customer.update per row that changes something (rows 1
        // and 2; row 4 would only overwrite what row 1 set).
        QCOMPARE(o.count("SELECT count(*) FROM outbox WHERE name = 'customer.update'"), qint64(2));
        const auto rep = readReport(opt.reportPath);
        QVERIFY2(rep[2][2].contains("王不在"), qPrintable(rep[2][2]));
        QVERIFY2(rep[3][2].contains("很多"), qPrintable(rep[3][2]));
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
        QCOMPARE(s.search(QString::fromUtf8("王𠀾")).value().size(), 1);
        QCOMPARE(s.search(QString::fromUtf8("䶮明")).value().size(), 1);
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
