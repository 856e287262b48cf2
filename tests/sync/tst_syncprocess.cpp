// The office's people, as they would set it up: a hub (`shoulou-hub init`, an office, two
// users, `serve`), a standalone office that has been working for a while enrolled into it (its
// data becomes the office's), a new desk enrolled after it (it receives the office), leads
// imported on each reaching the other, the hub restored from an older backup (both desks set
// themselves up again and what the backup lacked comes back from them) — `shoulou-cli sync
// --once` on each, the real binaries over TLS on loopback — and the contract of the JSON line
// and exit codes, including 3 when the hub is gone.
#include "processrun.h"

#include "storage/database.h"

#include <sqlite3.h>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace shoulou::test;

namespace {

Run hub(const QStringList &args, const QByteArray &input = {})
{
    return runProcess(QStringLiteral(SHOULOU_HUB), args, input);
}
Run cli(const QStringList &args, const QByteArray &input = {})
{
    return runProcess(QStringLiteral(SHOULOU_CLI), args, input);
}

// What an office file holds, read between the CLI's runs.
qint64 query(const QString &path, const char *sql, const QString &arg = {})
{
    auto db = shoulou::storage::Database::open(path);
    return db ? (*db)->queryInt(sql, arg) : -1;
}

bool found(const QString &db, const char *phone)
{
    return query(db, "SELECT count(*) FROM customer_phone WHERE digits = ?1", QString::fromLatin1(phone)) == 1;
}

qint64 customers(const QString &db)
{
    return query(db, "SELECT count(*) FROM customer WHERE merged_into IS NULL");
}

bool importLead(const QTemporaryDir &dir, const QString &db, const char *name, const char *phone)
{
    const QString csv = dir.filePath(QStringLiteral("lead-%1.csv").arg(QString::fromLatin1(phone)));
    QFile f(csv);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(QStringLiteral("姓名,手机\n%1,%2\n").arg(QString::fromUtf8(name), QString::fromLatin1(phone)).toUtf8());
    f.close();
    const Run r = cli({"import", csv, "--db", db, "--channel", "抖音"});
    if (r.code != 0)
        qWarning().noquote() << r.out << r.err;
    return r.code == 0;
}

// A hub as an office sets it up: init, one office, its users (login → role; the password is
// the login + "-secret-1"), served on a free port.
struct HubSetup {
    QString data, fingerprint, code, url;
};

bool setUpHub(const QTemporaryDir &dir, const QList<std::pair<const char *, const char *>> &users, std::unique_ptr<Serve> &serve,
              HubSetup &h, const QStringList &serveOptions = {})
{
    h.data = dir.filePath("hub");
    const Run init = hub({"init", "--data", h.data});
    h.fingerprint = init.out.trimmed().section(QLatin1Char(' '), 1);
    const Run office = hub({"office", "add", "--data", h.data, "--name", "滨江壹号售楼处"});
    h.code = office.out.trimmed();
    if (init.code != 0 || !h.fingerprint.startsWith("SHA256:") || office.code != 0)
        return false;
    for (const auto &[login, role] : users)
        if (hub({"user", "add", "--data", h.data, "--office", h.code, "--login", login, "--name", login, "--role", role},
                QByteArray(login) + "-secret-1\n")
                .code != 0)
            return false;
    serve = std::make_unique<Serve>();
    if (!serve->start(QStringLiteral(SHOULOU_HUB), h.data, 0, serveOptions))
        return false;
    h.url = QStringLiteral("wss://127.0.0.1:%1").arg(serve->port);
    return true;
}

QJsonObject lastJson(const Run &r)
{
    const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
    return QJsonDocument::fromJson(lines.last().toUtf8()).object();
}

} // namespace

class TstSyncProcess final : public QObject {
    Q_OBJECT

    std::unique_ptr<Serve> m_serve;

private slots:
    void cleanup() { m_serve.reset(); }

    void anOfficeSyncsThroughItsHub()
    {
        QTemporaryDir dir;
        HubSetup h;
        QVERIFY(setUpHub(dir, {{"wang", "manager"}, {"li", "manager"}}, m_serve, h));
        const QString &data = h.data, &fingerprint = h.fingerprint, &code = h.code, &url = h.url;
        const quint16 port = m_serve->port;

        // A standalone office that has been in use: two customers.
        const QString old = dir.filePath("old.db");
        QCOMPARE(cli({"demo", "--db", old, "--customers", "2", "--seed", "7"}).code, 0);
        const Run wrong = cli({"enroll", "--db", old, "--hub", url, "--fingerprint", fingerprint, "--office", code, "--login", "wang"},
                              "not-the-password\n");
        QCOMPARE(wrong.code, 1);
        QVERIFY2(!wrong.err.isEmpty(), qPrintable(wrong.out));
        QTest::qWait(1200); // the hub makes a login wait 1 s after a wrong password
        const Run enrolled = cli({"enroll", "--db", old, "--hub", url, "--fingerprint", fingerprint, "--office", code, "--login", "wang"},
                                 "wang-secret-1\n");
        QVERIFY2(enrolled.code == 0, qPrintable(enrolled.err));
        QCOMPARE(lastJson(enrolled).value("brought_history").toBool(), true);
        Run synced = cli({"sync", "--db", old, "--once"});
        QVERIFY2(synced.code == 0, qPrintable(synced.err + synced.out));
        QJsonObject line = lastJson(synced);
        for (const char *key : {"pushed", "pulled", "rejected", "pending", "hub_seq"})
            QVERIFY2(line.contains(key), key);
        QVERIFY(line.value("pushed").toInteger() > 0);
        QCOMPARE(line.value("pending").toInteger(), 0);
        QCOMPARE(line.value("rejected").toInteger(), 0);
        const qint64 head = line.value("hub_seq").toInteger();
        QVERIFY(head >= line.value("pushed").toInteger());

        // A second, new desk receives the office.
        const QString desk = dir.filePath("desk.db");
        const Run second = cli({"enroll", "--db", desk, "--hub", url, "--fingerprint", fingerprint, "--office", code, "--login", "li"},
                               "li-secret-1\n");
        QVERIFY2(second.code == 0, qPrintable(second.err));
        synced = cli({"sync", "--db", desk, "--once"});
        QVERIFY2(synced.code == 0, qPrintable(synced.err + synced.out));
        QCOMPARE(lastJson(synced).value("hub_seq").toInteger(), head);
        const Run shown = cli({"search", "--db", desk, "--limit", "10", "1"});
        QVERIFY2(shown.code == 0, qPrintable(shown.err));
        QCOMPARE(customers(desk), customers(old));

        // A lead imported on the new desk reaches the old one.
        QVERIFY2(importLead(dir, desk, "陈晓明", "13912340001"), "import on the new desk");
        synced = cli({"sync", "--db", desk, "--once"});
        QVERIFY2(synced.code == 0, qPrintable(synced.err + synced.out));
        QCOMPARE(lastJson(synced).value("pushed").toInteger(), 1);
        QVERIFY(!found(old, "13912340001"));
        synced = cli({"sync", "--db", old, "--once"});
        QVERIFY2(synced.code == 0, qPrintable(synced.err + synced.out));
        QVERIFY(lastJson(synced).value("pulled").toInteger() >= 1);
        QVERIFY2(found(old, "13912340001"), "the new desk's lead is not on the old desk");

        // The hub restored from an older backup: what it lost comes back from the desks.
        const QString backup = dir.filePath("hub-backup.db");
        QCOMPARE(hub({"backup", "--data", data, "--out", backup}).code, 0);
        QVERIFY2(importLead(dir, old, "周佳怡", "13912340002"), "import on the old desk");
        synced = cli({"sync", "--db", old, "--once"});
        QVERIFY2(synced.code == 0 && lastJson(synced).value("pushed").toInteger() == 1, qPrintable(synced.err + synced.out));
        m_serve->kill9();
        const Run restored = hub({"restore", "--data", data, "--from", backup});
        QVERIFY2(restored.code == 0, qPrintable(restored.err));
        m_serve = std::make_unique<Serve>();
        QVERIFY(m_serve->start(QStringLiteral(SHOULOU_HUB), data, port));
        synced = cli({"sync", "--db", old, "--once"});
        QVERIFY2(synced.code == 0, qPrintable(synced.err + synced.out));
        QCOMPARE(lastJson(synced).value("pending").toInteger(), 0);
        QVERIFY2(found(old, "13912340002"), "the old desk lost its own lead in the re-bootstrap");
        synced = cli({"sync", "--db", desk, "--once"});
        QVERIFY2(synced.code == 0, qPrintable(synced.err + synced.out));
        QVERIFY2(found(desk, "13912340002"), "the lead the restore lost did not come back to the other desk");
        QVERIFY2(found(desk, "13912340001"), "the new desk lost its own lead in the re-bootstrap");
        QCOMPARE(customers(desk), customers(old));

        // A certificate that is not the pinned one is refused.
        const QString other = QStringLiteral("SHA256:") + QString(64, QLatin1Char('0'));
        const Run pinned = cli(
            {"enroll", "--db", dir.filePath("x.db"), "--hub", url, "--fingerprint", other, "--office", code, "--login", "li"},
            "li-secret-1\n");
        QCOMPARE(pinned.code, 3);

        // The hub gone: exit 3, nothing lost.
        m_serve->kill9();
        const Run away = cli({"sync", "--db", desk, "--once"});
        QCOMPARE(away.code, 3);
    }

    // A desk whose hub session has ended (a hub serving 2 s sessions here, 12 h by default):
    // `sync --once` says to sign in again and exits 1; `sync --as LOGIN` with the password on
    // standard input signs in at the hub first and syncs, and the renewed session goes on
    // without --as. A wrong password at the hub is refused (1) and leaves the session alone.
    void syncAsRenewsAnExpiredSession()
    {
        QTemporaryDir dir;
        HubSetup h;
        QVERIFY(setUpHub(dir, {{"wang", "manager"}, {"li", "consultant"}}, m_serve, h, {"--session-ttl", "2"}));
        const QString db = dir.filePath("desk.db");
        const Run enrolled = cli(
            {"enroll", "--db", db, "--hub", h.url, "--fingerprint", h.fingerprint, "--office", h.code, "--login", "wang"},
            "wang-secret-1\n");
        QVERIFY2(enrolled.code == 0, qPrintable(enrolled.err));
        Run synced = cli({"sync", "--db", db, "--once"});
        QVERIFY2(synced.code == 0, qPrintable(synced.err + synced.out));

        const Run wrong = cli({"sync", "--db", db, "--once", "--as", "li"}, "not-li's-password\n");
        QCOMPARE(wrong.code, 1);
        QVERIFY2(wrong.err.contains("does not accept"), qPrintable(wrong.err));
        QVERIFY2(wrong.out.isEmpty(), qPrintable(wrong.out));

        // Wall-clock time has to pass for the hub's session (and its back-off) to end.
        QTest::qWait(2600);
        const Run expired = cli({"sync", "--db", db, "--once"});
        QCOMPARE(expired.code, 1);
        QVERIFY2(expired.err.contains("expired") && expired.err.contains("--as LOGIN"), qPrintable(expired.err));

        synced = cli({"sync", "--db", db, "--once", "--as", "li"}, "li-secret-1\n");
        QVERIFY2(synced.code == 0, qPrintable(synced.err + synced.out));
        const QJsonObject line = lastJson(synced);
        for (const char *key : {"pushed", "pulled", "rejected", "pending", "hub_seq"})
            QVERIFY2(line.contains(key), key);
        QCOMPARE(line.value("pending").toInteger(), 0);
        // The session is li's now, and it lasts as long as it is used.
        synced = cli({"sync", "--db", db, "--once"});
        QVERIFY2(synced.code == 0, qPrintable(synced.err + synced.out));
        {
            auto office = shoulou::storage::Database::open(db);
            QVERIFY(office.ok());
            QCOMPARE((*office)->meta("sync.login"), QStringLiteral("li"));
        }

        // No password on standard input: wrong usage, as for every --as.
        const Run none = cli({"sync", "--db", db, "--once", "--as", "li"});
        QCOMPARE(none.code, 2);
        // The hub gone: exit 3, as without --as.
        m_serve->kill9();
        const Run away = cli({"sync", "--db", db, "--once", "--as", "li"}, "li-secret-1\n");
        QCOMPARE(away.code, 3);
    }

    // The reception kiosk with the real binaries: refused before a desk has given the office its
    // key; then `enroll --kiosk` into a new file (no key file made), `kiosk register` (a field
    // that cannot be used is exit 2, named), `sync --once` with the usual JSON line; the desk has
    // the customer by the phone, the kiosk's file none, and no command that needs the office key
    // opens the kiosk's file.
    void aReceptionKioskRegistersWalkIns()
    {
        QTemporaryDir dir;
        HubSetup h;
        QVERIFY(setUpHub(dir, {{"wang", "manager"}, {"front", "kiosk"}}, m_serve, h));
        const QString kiosk = dir.filePath("kiosk.db"), desk = dir.filePath("desk.db");
        auto enroll = [&](const QString &db, const char *login, bool asKiosk) {
            QStringList args{"enroll", "--db", db, "--hub", h.url, "--fingerprint", h.fingerprint, "--office", h.code, "--login", login};
            if (asKiosk)
                args << "--kiosk";
            return cli(args, QByteArray(login) + "-secret-1\n");
        };
        const Run early = enroll(kiosk, "front", true);
        QCOMPARE(early.code, 1);
        QVERIFY2(early.err.contains("enrol a desk of the office first"), qPrintable(early.err));

        Run r = enroll(desk, "wang", false);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(lastJson(r).value("kiosk").toBool(), false);
        r = cli({"sync", "--db", desk, "--once"});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));

        r = enroll(kiosk, "front", true);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(lastJson(r).value("kiosk").toBool(), true);
        QCOMPARE(lastJson(r).value("role").toString(), QStringLiteral("kiosk"));
        QVERIFY(!QFile::exists(kiosk + ".key"));

        const Run badPhone = cli({"kiosk", "register", "--db", kiosk, "--name", "张伟", "--phone", "12345"});
        QCOMPARE(badPhone.code, 1); // bad input, as everywhere in the CLI
        QVERIFY2(badPhone.err.contains("phone"), qPrintable(badPhone.err));
        const Run noName = cli({"kiosk", "register", "--db", kiosk, "--phone", "13812345678"});
        QCOMPARE(noName.code, 1);
        QVERIFY2(noName.err.contains("name"), qPrintable(noName.err));
        r = cli({"kiosk", "register", "--db", kiosk, "--name", "张伟", "--phone", "138 1234 5678", "--visitors", "2"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject registered = lastJson(r);
        QVERIFY(!registered.value("registration_id").toString().isEmpty());
        QCOMPARE(registered.value("masked_phone").toString(), QStringLiteral("138****5678"));
        QCOMPARE(registered.value("display_name").toString(), QStringLiteral("张*"));

        r = cli({"sync", "--db", kiosk, "--once"});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        const QJsonObject line = lastJson(r);
        for (const char *key : {"pushed", "pulled", "rejected", "pending", "hub_seq"})
            QVERIFY2(line.contains(key), key);
        QCOMPARE(line.value("pushed").toInteger(), 1);
        QCOMPARE(line.value("pending").toInteger(), 0);
        QCOMPARE(line.value("rejected").toInteger(), 0);

        r = cli({"sync", "--db", desk, "--once"});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QVERIFY2(found(desk, "13812345678"), "the kiosk's walk-in is not on the desk");
        QCOMPARE(customers(desk), 1);
        const Run shown = cli({"search", "--db", desk, "13812345678"});
        QVERIFY2(shown.code == 0 && shown.out.contains("张伟"), qPrintable(shown.out + shown.err));

        QCOMPARE(customers(kiosk), 0);
        QCOMPARE(query(kiosk, "SELECT count(*) FROM kiosk_registration"), 1);
        QVERIFY(!QFile::exists(kiosk + ".key"));
        const Run refused = cli({"search", "--db", kiosk, "5678"});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains("kiosk"), qPrintable(refused.err));
        QByteArray bytes;
        for (const QString &p : {kiosk, kiosk + "-wal"}) {
            QFile f(p);
            if (f.open(QIODevice::ReadOnly))
                bytes += f.readAll();
        }
        QVERIFY(bytes.contains("138****5678"));
        QVERIFY(!bytes.contains("13812345678"));
    }

    // kill -9 of the desk in the middle of pushing its history, then of the hub in the middle
    // of the next push: nothing acknowledged is lost, nothing is in the hub's log twice.
    void killNineMidSyncLosesNothing()
    {
        QTemporaryDir dir;
        HubSetup h;
        QVERIFY(setUpHub(dir, {{"wang", "manager"}}, m_serve, h));
        const QString &data = h.data, &fingerprint = h.fingerprint, &code = h.code, &url = h.url;
        const quint16 port = m_serve->port;
        const QString db = dir.filePath("office.db");
        QCOMPARE(cli({"demo", "--db", db, "--customers", "3000", "--seed", "3"}).code, 0);
        const Run enrolled = cli({"enroll", "--db", db, "--hub", url, "--fingerprint", fingerprint, "--office", code, "--login", "wang"},
                                 "wang-secret-1\n");
        QVERIFY2(enrolled.code == 0, qPrintable(enrolled.err));
        const qint64 ops = query(db, "SELECT count(*) FROM outbox");
        QVERIFY(ops > 3000);

        // The hub's own file, read with the hub stopped (raw SQLite: it is no office database).
        auto hubLog = [&](const char *sql) {
            m_serve->kill9();
            sqlite3 *hubDb = nullptr;
            qint64 n = -1;
            if (sqlite3_open_v2(qPrintable(data + "/hub.db"), &hubDb, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
                sqlite3_stmt *st = nullptr;
                if (sqlite3_prepare_v2(hubDb, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
                    n = sqlite3_column_int64(st, 0);
                sqlite3_finalize(st);
            }
            sqlite3_close(hubDb);
            m_serve = std::make_unique<Serve>();
            return m_serve->start(QStringLiteral(SHOULOU_HUB), data, port) ? n : -2;
        };

        // The desk killed while pushing.
        QProcess desk;
        desk.setProcessEnvironment(processEnvironment());
        desk.start(QStringLiteral(SHOULOU_CLI), {"sync", "--db", db});
        QVERIFY(desk.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(query(db, "SELECT count(*) FROM outbox WHERE state = 'acked'") > 0, 20000);
        desk.kill();
        desk.waitForFinished();
        const qint64 ackedBefore = query(db, "SELECT count(*) FROM outbox WHERE state = 'acked'");
        QVERIFY2(ackedBefore < ops, "the desk was not killed mid-push (the history went through before)");

        // The hub killed while the desk pushes the rest.
        QProcess again;
        again.setProcessEnvironment(processEnvironment());
        again.start(QStringLiteral(SHOULOU_CLI), {"sync", "--db", db, "--once"});
        QVERIFY(again.waitForStarted());
        QTest::qWait(150);
        m_serve->kill9();
        again.waitForFinished(30000);
        m_serve = std::make_unique<Serve>();
        QVERIFY(m_serve->start(QStringLiteral(SHOULOU_HUB), data, port));

        const Run healed = cli({"sync", "--db", db, "--once"});
        QVERIFY2(healed.code == 0, qPrintable(healed.err + healed.out));
        QCOMPARE(lastJson(healed).value("pending").toInteger(), 0);
        QCOMPARE(query(db, "SELECT count(*) FROM outbox WHERE state <> 'acked'"), qint64(0));
        QVERIFY(query(db, "SELECT count(*) FROM outbox WHERE state = 'acked'") >= ackedBefore);
        // Every op of the desk is in the hub's log exactly once.
        QCOMPARE(hubLog("SELECT count(*) FROM hub_log WHERE client_seq > 0 AND workstation_id <> 'hub'"), ops);
        QCOMPARE(hubLog("SELECT count(*) FROM hub_log WHERE workstation_id <> 'hub' AND status = 'applied'"), ops);
    }
};

QTEST_GUILESS_MAIN(TstSyncProcess)
#include "tst_syncprocess.moc"
