// shoulou-cli end to end: the real binary, real files, exit codes and output formats.
#include "storage/database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run {
    int code = -1;
    QString out, err;
};

Run cli(const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("SHOULOU_KEY_STORE", "file");
    env.insert("LC_ALL", "C.UTF-8");
    env.insert("LANG", "C.UTF-8");
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SHOULOU_CLI), args);
    // Passwords come on standard input, a line each: no terminal is needed.
    p.waitForStarted();
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString data(const char *name)
{
    return QStringLiteral(SHOULOU_TEST_DATA_DIR "/import/") + QLatin1String(name);
}

} // namespace

class TestCli final : public QObject {
    Q_OBJECT
private slots:
    void usageErrorsExit2()
    {
        QCOMPARE(cli({}).code, 2);
        QCOMPARE(cli({"frobnicate"}).code, 2);
        QCOMPARE(cli({"import", "x.csv"}).code, 2);        // no --db
        QCOMPARE(cli({"search", "--db", "x.db"}).code, 2); // no query
        QCOMPARE(cli({"search", "--db", "x.db", "--limit", "abc", "1"}).code, 2);
        QCOMPARE(cli({"customer", "explode", "--db", "x.db"}).code, 2);
        const Run help = cli({"import", "--help"});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains("--report"));
    }

    void badInputExit1()
    {
        QTemporaryDir dir;
        const Run r = cli({"import", dir.filePath("missing.csv"), "--db", dir.filePath("o.db")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("missing.csv"), qPrintable(r.err));
        QCOMPARE(cli({"customer", "show", "no-such-id", "--db", dir.filePath("o.db")}).code, 1);
    }

    // A quote never closed swallows the rest of the file: the import ends with an error naming
    // the row and where the quote opened (exit 1), as an over-long record does — not with
    // "1 row, 1 rejected" and exit 0.
    void unclosedQuoteEndsTheImportWithAnError()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath("quote.csv"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("姓名,手机\n张三,13812345678\n\"李四,13912345678\n王五,13712345678\n");
        f.close();
        const Run r = cli({"import", f.fileName(), "--db", dir.filePath("o.db")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("never closed") || r.err.contains("没有闭合") || r.err.contains("未闭合"), qPrintable(r.err));
        QVERIFY2(r.err.contains("row 2") || r.err.contains("第 2 行"), qPrintable(r.err));
        QVERIFY2(!r.out.contains("rejected"), qPrintable(r.out));
    }

    void importReportSearchShowMergeUnmerge()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath("o.db"), report = dir.filePath("report.csv");
        const Run imp = cli({"import", data("leads_mixed.csv"), "--db", db, "--report", report});
        QCOMPARE(imp.code, 0);
        QVERIFY2(imp.out.contains("10"), qPrintable(imp.out));
        QFile f(report);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).remove(QChar(0xFEFF)).split("\r\n", Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), QString("row,status,customer_id,reason"));
        QCOMPARE(lines.size(), 11);
        QVERIFY(lines[1].startsWith("1,created,"));
        QVERIFY(lines[4].startsWith("4,rejected,,"));
        // A rejected row must never have been partially written; the formula in row 8's note
        // is neutralised in the report only if it were in the reason (it is not).
        const QString id1 = lines[1].split(',')[2];

        // Re-import: nothing new.
        const Run again = cli({"import", data("leads_mixed.csv"), "--db", db});
        QCOMPARE(again.code, 0);

        const Run s = cli({"search", "--db", db, "--limit", "5", "5678", "陳大文", "zhangsan", "zs"});
        QCOMPARE(s.code, 0);
        const QStringList out = s.out.split('\n', Qt::SkipEmptyParts);
        QCOMPARE(out.size(), 4);
        const QJsonObject first = QJsonDocument::fromJson(out[0].toUtf8()).object();
        QCOMPARE(first["query"].toString(), QString("5678"));
        QVERIFY(first["ms"].isDouble());
        QVERIFY(first["hits"].toArray().size() >= 1);
        bool found = false;
        for (const auto &h : first["hits"].toArray()) {
            const QJsonObject o = h.toObject();
            QVERIFY(o["phone"].toString().contains("****"));
            QVERIFY(!o["phone"].toString().contains("1234"));
            // The README's contract: a phone match is "matched_by":"phone"; how it matched is extra.
            QCOMPARE(o["matched_by"].toString(), QString("phone"));
            QVERIFY(o["phone_match"].toString() == "tail" || o["phone_match"].toString() == "fragment");
            found |= o["customer_id"].toString() == id1;
        }
        QVERIFY(found);
        QCOMPARE(QJsonDocument::fromJson(out[2].toUtf8()).object()["hits"].toArray().first().toObject()["customer_id"].toString(), id1);
        QCOMPARE(QJsonDocument::fromJson(out[3].toUtf8()).object()["hits"].toArray().first().toObject()["name"].toString(),
                 QString("张三"));

        const Run show = cli({"customer", "show", id1, "--db", db});
        QCOMPARE(show.code, 0);
        const QJsonObject detail = QJsonDocument::fromJson(show.out.toUtf8()).object();
        QCOMPARE(detail["name"].toString(), QString("张三"));
        QCOMPARE(detail["touches"].toArray().size(), 2);

        const QString id3 = lines[3].split(',')[2];
        const Run merge = cli({"customer", "merge", id3, id1, "--db", db});
        QCOMPARE(merge.code, 0);
        QCOMPARE(QJsonDocument::fromJson(merge.out.toUtf8()).object()["survivor_id"].toString(), id1);
        const Run un = cli({"customer", "unmerge", id3, "--db", db});
        QCOMPARE(un.code, 0);
        QCOMPARE(cli({"customer", "unmerge", id3, "--db", db}).code, 1); // not merged any more
        const Run reviews = cli({"customer", "reviews", "--db", db});
        QCOMPARE(reviews.code, 0);
    }

    void demoThenSearch()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath("demo.db");
        const Run d = cli({"demo", "--db", db, "--customers", "500", "--seed", "3"});
        QCOMPARE(d.code, 0);
        QVERIFY2(d.out.contains("500") || d.out.contains("50"), qPrintable(d.out));
        QCOMPARE(cli({"demo", "--db", db, "--customers", "10"}).code, 1); // not empty any more
        const Run s = cli({"search", "--db", db, "wang"});
        QCOMPARE(s.code, 0);
        QVERIFY(!QJsonDocument::fromJson(s.out.toUtf8()).object()["hits"].toArray().isEmpty());
    }

    // A damaged office: search fails with the read error on stderr and exit 1, not "no hits".
    void searchOnABrokenOfficeExits1()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath("broken.db");
        QCOMPARE(cli({"demo", "--db", db, "--customers", "20", "--seed", "3"}).code, 0);
        QString pinyin; // one customer's full pinyin: a search with a hit, whose phone is then read
        {
            auto d = shoulou::storage::Database::open(db);
            QVERIFY(d.ok());
            pinyin = (*d)->queryText("SELECT pinyin FROM customer WHERE merged_into IS NULL LIMIT 1");
        }
        QVERIFY(!pinyin.isEmpty());
        const Run before = cli({"search", "--db", db, pinyin});
        QCOMPARE(before.code, 0);
        QVERIFY2(!QJsonDocument::fromJson(before.out.toUtf8()).object()["hits"].toArray().isEmpty(), qPrintable(before.out));
        {
            auto d = shoulou::storage::Database::open(db);
            QVERIFY(d.ok());
            QVERIFY((*d)->execute("ALTER TABLE customer_phone RENAME TO customer_phone_gone").ok());
        }
        const Run s = cli({"search", "--db", db, pinyin});
        QCOMPARE(s.code, 1);
        QVERIFY2(s.err.contains("customer_phone"), qPrintable(s.err));
        QVERIFY2(!s.out.contains("\"hits\""), qPrintable(s.out));
    }

    // Accounts from a script: user add / passwd with the password on stdin; --as LOGIN signs a
    // user in (wrong password: exit 2), and their role decides (not allowed: exit 1).
    void usersAndActingAsThem()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath("o.db");
        const Run wang = cli({"user", "add", "--db", db, "--login", "wang", "--name", "王经理", "--role", "manager"}, "王经理的登录密码\n");
        QCOMPARE(wang.code, 0);
        QVERIFY(!QJsonDocument::fromJson(wang.out.toUtf8()).object()["user_id"].toString().isEmpty());
        QCOMPARE(cli({"user", "add", "--db", db, "--login", "li", "--name", "李顾问", "--role", "consultant"}, "li-password\r\n").code, 0);
        // Too short, no input, unknown role, missing login.
        const Run shortPw = cli({"user", "add", "--db", db, "--login", "zhao", "--name", "赵", "--role", "consultant"}, "short\n");
        QCOMPARE(shortPw.code, 1);
        QVERIFY2(shortPw.err.contains("8"), qPrintable(shortPw.err));
        QCOMPARE(cli({"user", "add", "--db", db, "--login", "zhao", "--name", "赵", "--role", "consultant"}).code, 2);
        QCOMPARE(cli({"user", "add", "--db", db, "--login", "zhao", "--name", "赵", "--role", "boss"}, "long enough\n").code, 2);
        QCOMPARE(cli({"user", "passwd", "--db", db}, "long enough\n").code, 2);

        const Run list = cli({"user", "list", "--db", db});
        QCOMPARE(list.code, 0);
        const QStringList lines = list.out.split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        for (const QString &l : lines) {
            const QJsonObject u = QJsonDocument::fromJson(l.toUtf8()).object();
            QCOMPARE(u["password"].toString(), QString("set"));
            QCOMPARE(u["active"].toBool(), true);
        }
        QVERIFY(!list.out.contains("argon2")); // the verifier stays in the database

        // --as: the password is the first line of stdin.
        const Run wrong = cli({"import", data("leads_mixed.csv"), "--db", db, "--as", "wang"}, "guess-guess\n");
        QCOMPARE(wrong.code, 2);
        QVERIFY2(wrong.err.contains("Wrong password") || wrong.err.contains("密码错误"), qPrintable(wrong.err));
        QCOMPARE(cli({"import", data("leads_mixed.csv"), "--db", db, "--as", "nobody"}, "whatever1\n").code, 2);
        QCOMPARE(cli({"import", data("leads_mixed.csv"), "--db", db, "--as", "wang"}).code, 2); // no password given

        const Run refused = cli({"import", data("leads_mixed.csv"), "--db", db, "--as", "li"}, "li-password\n");
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains("Permission denied") || refused.err.contains("权限不足"), qPrintable(refused.err));
        QVERIFY2(refused.out.isEmpty(), qPrintable(refused.out));

        const Run imported = cli({"import", data("leads_mixed.csv"), "--db", db, "--as", "wang", "--report", dir.filePath("r.csv")},
                                 "王经理的登录密码\n");
        QCOMPARE(imported.code, 0);
        QFile report(dir.filePath("r.csv"));
        QVERIFY(report.open(QIODevice::ReadOnly));
        const QStringList rows = QString::fromUtf8(report.readAll()).split("\r\n", Qt::SkipEmptyParts);
        const QString a = rows[1].split(',')[2], b = rows[3].split(',')[2];
        QVERIFY(!a.isEmpty() && !b.isEmpty() && a != b);
        {
            auto d = shoulou::storage::Database::open(db);
            QVERIFY(d.ok());
            // Recorded as wang's, not the local administrator's.
            QCOMPARE((*d)->queryText("SELECT user_id FROM outbox WHERE name = 'lead.ingest' LIMIT 1"),
                     (*d)->queryText("SELECT id FROM app_user WHERE login = 'wang'"));
        }
        // A consultant merges nothing; the manager does.
        QCOMPARE(cli({"customer", "merge", a, b, "--db", db, "--as", "li"}, "li-password\n").code, 1);
        const Run merged = cli({"customer", "merge", a, b, "--db", db, "--as", "wang"}, "王经理的登录密码\n");
        QCOMPARE(merged.code, 0);
        // 认领: li claims the customer (a merged-away id lands on the survivor); the local
        // administrator owns nobody; li gives it back.
        const Run claimed = cli({"customer", "claim", a, "--db", db, "--as", "li"}, "li-password\n");
        QCOMPARE(claimed.code, 0);
        QVERIFY2(claimed.out.contains("\"changed\":true"), qPrintable(claimed.out));
        const Run noOne = cli({"customer", "claim", a, "--db", db});
        QCOMPARE(noOne.code, 1);
        QVERIFY2(noOne.err.contains("consultant") || noOne.err.contains("置业顾问"), qPrintable(noOne.err));
        QCOMPARE(cli({"customer", "release", b, "--db", db, "--as", "li"}, "li-password\n").code, 0);

        // The roster: li checks in (once changes, twice does not), may not check wang out; the
        // manager puts li on a break; status lists everyone.
        const Run in = cli({"roster", "checkin", "--db", db, "--as", "li"}, "li-password\n");
        QCOMPARE(in.code, 0);
        QVERIFY2(in.out.contains("\"state\":\"available\"") && in.out.contains("\"changed\":true"), qPrintable(in.out));
        const Run again = cli({"roster", "checkin", "--db", db, "--as", "li"}, "li-password\n");
        QVERIFY2(again.code == 0 && again.out.contains("\"changed\":false"), qPrintable(again.out));
        const Run notHers = cli({"roster", "checkout", "--db", db, "--user", "wang", "--as", "li"}, "li-password\n");
        QCOMPARE(notHers.code, 1);
        QVERIFY2(notHers.err.contains("Permission denied") || notHers.err.contains("权限不足"), qPrintable(notHers.err));
        const Run onBreak = cli({"roster", "break", "--db", db, "--user", "li", "--as", "wang"}, "王经理的登录密码\n");
        QVERIFY2(onBreak.code == 0 && onBreak.out.contains("\"state\":\"break\""), qPrintable(onBreak.err));
        const Run board = cli({"roster", "status", "--db", db});
        QCOMPARE(board.code, 0);
        bool liOnBreak = false, wangOff = false;
        for (const QString &line : board.out.split('\n', Qt::SkipEmptyParts)) {
            const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
            liOnBreak = liOnBreak || (o.value("user").toString() == "li" && o.value("state").toString() == "break");
            wangOff = wangOff ||
                      (o.value("user").toString() == "wang" && o.value("state").toString() == "off" && o.value("since").isNull());
        }
        QVERIFY2(liOnBreak && wangOff, qPrintable(board.out));
        QCOMPARE(cli({"roster", "checkin", "--db", db}).code, 2);                     // nobody to check in
        QCOMPARE(cli({"roster", "checkin", "--db", db, "--user", "nobody"}).code, 1); // no such user
        QCOMPARE(cli({"roster", "lunch", "--db", db, "--user", "li"}).code, 2);       // no such action

        // passwd: li's own (as li: the current one first, then the new); reset by the manager.
        QCOMPARE(cli({"user", "passwd", "--db", db, "--login", "wang", "--as", "li"}, "li-password\nhijacked-pw\n").code, 1);
        QCOMPARE(cli({"user", "passwd", "--db", db, "--login", "li", "--as", "li"}, "li-password\nli-new-password\n").code, 0);
        QCOMPARE(cli({"customer", "unmerge", b, "--db", db, "--as", "li"}, "li-password\n").code, 2); // the old one no longer works
        QCOMPARE(cli({"user", "reset", "--db", db, "--login", "li", "--as", "wang"}, "王经理的登录密码\n").code, 0);
        const Run notSet = cli({"customer", "unmerge", b, "--db", db, "--as", "li"}, "li-new-password\n");
        QCOMPARE(notSet.code, 2);
        QVERIFY2(notSet.err.contains("no password") || notSet.err.contains("还没有密码"), qPrintable(notSet.err));
        // Revoked: refused at sign-in; restored: back.
        QCOMPARE(cli({"user", "passwd", "--db", db, "--login", "li"}, "li-third-password\n").code, 0); // the local administrator
        QCOMPARE(cli({"user", "revoke", "--db", db, "--login", "li"}).code, 0);
        const Run revoked = cli({"customer", "unmerge", b, "--db", db, "--as", "li"}, "li-third-password\n");
        QCOMPARE(revoked.code, 2);
        QVERIFY2(revoked.err.contains("revoked") || revoked.err.contains("停用"), qPrintable(revoked.err));
        QCOMPARE(cli({"user", "restore", "--db", db, "--login", "li"}).code, 0);
        // Without --as the CLI is the office's local administrator, as before.
        QCOMPARE(cli({"customer", "unmerge", b, "--db", db}).code, 0);
    }

    // The table of who may do what, as docs/roles.md shows it.
    void rolesPrintsTheTable()
    {
        const Run r = cli({"roles"});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("| `customer.merge` |"));
        QVERIFY(r.out.contains("walk-in visits only"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
