// shoulou-syncbench: the sync targets of issue #11, measured with the real binaries and the
// real client engine over TLS on loopback (figures only; docs/benchmarks.md keeps them).
//   shoulou-syncbench [--customers 100000] [--desks 10] [--edits 300] [--own 5000] [--remote 50000] [--dir DIR]
// 1. bootstrap: a standalone demo office of --customers brings its history into a new hub
//    office; once the hub has made its snapshot of the office, a new desk enrolls and starts
//    from it (target ≤ 20 s for 100 k).
// 2. propagation: --desks desks, each on its own thread syncing and waiting for the hub's
//    pokes; one of them records --edits follow-ups, one every 50 ms, and every other desk
//    times when each becomes visible in its own database (target p99 ≤ 50 ms with 10 desks).
// 3. a week offline: a desk records --own follow-ups offline while the others send --remote;
//    then it syncs once (target ≤ 15 s for 5 k own + 50 k remote).
// 4. bytes per customer of the office file, before and after the outbox is compacted.
#include "processrun.h"

#include "demo/demogenerator.h"
#include "mutation/applier.h"
#include "office/openoffice.h"
#include "storage/database.h"
#include "sync/enrollment.h"
#include "sync/outboxcompactor.h"
#include "sync/syncengine.h"
#include "sync/syncstate.h"
#include "sync/websockettransport.h"
#include "util/clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutex>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <chrono>

using namespace shoulou;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

qint64 steadyMs()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now().time_since_epoch()).count() / 1000;
}

struct Hub {
    QString data, fingerprint, code, url;
    test::Serve serve;
};

bool startHub(Hub &hub, const QString &dir)
{
    const QString bin = QStringLiteral(SHOULOU_HUB_BINARY);
    hub.data = dir + QStringLiteral("/hub");
    const test::Run init = test::runProcess(bin, {"init", "--data", hub.data});
    hub.fingerprint = init.out.trimmed().section(QLatin1Char(' '), 1);
    const test::Run office = test::runProcess(bin, {"office", "add", "--data", hub.data, "--name", "基准售楼处"});
    hub.code = office.out.trimmed();
    const test::Run user = test::runProcess(
        bin, {"user", "add", "--data", hub.data, "--office", hub.code, "--login", "bench", "--name", "基准经理", "--role", "manager"},
        "bench-password-1\n");
    if (init.code != 0 || office.code != 0 || user.code != 0 || !hub.serve.start(bin, hub.data)) {
        out() << "the hub could not be set up: " << init.err << office.err << user.err << Qt::endl;
        return false;
    }
    hub.url = QStringLiteral("wss://127.0.0.1:%1").arg(hub.serve.port);
    return true;
}

QUrl endpointOf(const QString &url)
{
    QUrl u(url);
    u.setPath(QStringLiteral("/v1"));
    return u;
}

Result<sync::EnrollResult> enrollDesk(const Hub &hub, const QString &path)
{
    sync::WebSocketTransport transport(endpointOf(hub.url), hub.fingerprint, 60000);
    return sync::enroll({path, hub.url, hub.fingerprint, hub.code, QStringLiteral("bench"), QStringLiteral("bench-password-1")}, transport,
                        SystemClock::instance());
}

// An enrolled desk as the CLI opens it: acting as the enrolling user.
struct Desk {
    std::unique_ptr<office::OpenOffice> office;
    std::unique_ptr<sync::WebSocketTransport> transport;
    std::unique_ptr<sync::SyncEngine> engine;
};

Result<Desk> openDesk(const Hub &hub, const QString &path)
{
    auto office = office::OpenOffice::open(path, SystemClock::instance(), {}, QStringLiteral("基准售楼处"));
    if (!office)
        return office.error();
    Desk d;
    d.office = std::move(office).value();
    d.office->applier().setUserId(sync::SyncState::load(d.office->db()).userId);
    d.transport = std::make_unique<sync::WebSocketTransport>(endpointOf(hub.url), hub.fingerprint, 60000);
    d.engine = std::make_unique<sync::SyncEngine>(d.office->applier(), *d.transport);
    return d;
}

QStringList someCustomers(storage::Database &db, int n)
{
    QStringList ids;
    auto &st = db.prepare("SELECT id FROM customer WHERE merged_into IS NULL ORDER BY id LIMIT ?1");
    st.bind(1, n);
    while (st.step())
        ids << st.text(0);
    st.reset();
    return ids;
}

Result<void> addFollowUps(mutation::Applier &applier, const QStringList &customers, int count, const QString &tag)
{
    if (auto r = applier.beginBatch(mutation::Applier::Isolation::Whole); !r)
        return r;
    for (int i = 0; i < count; ++i) {
        auto r = applier.applyInBatch(QStringLiteral("followup.add"), 2,
                                      {{"customer_id", customers[i % customers.size()]}, {"kind", "call"}, {"note", tag.arg(i)}});
        if (!r) {
            applier.rollbackBatch();
            return r.error();
        }
    }
    return applier.commitBatch();
}

qint64 fileBytes(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

double percentile(QList<qint64> v, double p)
{
    if (v.isEmpty())
        return -1;
    std::sort(v.begin(), v.end());
    return double(v[std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size())))]);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("SHOULOU_KEY_STORE", "file");
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("shoulou.*.debug=false\nshoulou.*.info=false\nqt.*=false"));
    QCommandLineParser p;
    p.addHelpOption();
    const QCommandLineOption customersOpt("customers", "customers of the office", "N", "100000");
    const QCommandLineOption desksOpt("desks", "desks for the propagation run", "N", "10");
    const QCommandLineOption editsOpt("edits", "changes timed in the propagation run", "N", "300");
    const QCommandLineOption ownOpt("own", "own changes made offline", "N", "5000");
    const QCommandLineOption remoteOpt("remote", "other desks' changes while offline", "N", "50000");
    const QCommandLineOption dirOpt("dir", "work directory (default: a temporary one)", "DIR");
    p.addOptions({customersOpt, desksOpt, editsOpt, ownOpt, remoteOpt, dirOpt});
    p.process(app);
    QTemporaryDir tmp;
    const QString dir = p.isSet(dirOpt) ? p.value(dirOpt) : tmp.path();

    Hub hub;
    if (!startHub(hub, dir))
        return 1;
    out() << "hub on " << hub.url << Qt::endl;

    // 1. The office's history, then a new desk's bootstrap.
    const QString first = dir + QStringLiteral("/first.db");
    {
        auto office = office::OpenOffice::open(first, SystemClock::instance(), {}, QStringLiteral("基准售楼处"));
        if (!office)
            return 1;
        demo::DemoOptions options;
        options.customers = p.value(customersOpt).toLongLong();
        QElapsedTimer t;
        t.start();
        auto made = demo::DemoGenerator((*office)->applier(), (*office)->key(), SystemClock::instance()).run(options);
        if (!made) {
            out() << "demo: " << made.error().message << Qt::endl;
            return 1;
        }
        out() << "demo office: " << made->customers << " customers, " << (*office)->db().queryInt("SELECT count(*) FROM outbox")
              << " ops in " << t.elapsed() << " ms\n"
              << Qt::flush;
    }
    if (auto e = enrollDesk(hub, first); !e) {
        out() << "enroll: " << e.error().message << Qt::endl;
        return 1;
    }
    {
        auto desk = openDesk(hub, first);
        if (!desk)
            return 1;
        QElapsedTimer t;
        t.start();
        auto r = desk->engine->syncOnce();
        if (!r) {
            out() << "history push: " << r.error().message << Qt::endl;
            return 1;
        }
        out() << "history pushed: " << r->pushed << " ops in " << t.elapsed() << " ms ("
              << qint64(double(r->pushed) * 1000.0 / double(std::max<qint64>(1, t.elapsed()))) << " ops/s)\n"
              << Qt::flush;
    }
    // The hub makes a snapshot of the office in the background (≥ 10 000 new ops, checked
    // every minute); a new desk then starts from it instead of replaying the whole log.
    {
        QElapsedTimer t;
        t.start();
        const QDir snapshots(hub.data + QStringLiteral("/snapshots"));
        while (t.elapsed() < 600000 && snapshots.entryList({QStringLiteral("*.snapshot.sha256")}, QDir::Files).isEmpty())
            QThread::msleep(500);
        out() << "hub snapshot ready " << t.elapsed() << " ms after the history push" << Qt::endl;
    }
    const QString fresh = dir + QStringLiteral("/bootstrap.db");
    {
        QElapsedTimer t;
        t.start();
        if (auto e = enrollDesk(hub, fresh); !e) {
            out() << "enroll: " << e.error().message << Qt::endl;
            return 1;
        }
        auto desk = openDesk(hub, fresh);
        if (!desk)
            return 1;
        auto r = desk->engine->syncOnce();
        if (!r) {
            out() << "bootstrap: " << r.error().message << Qt::endl;
            return 1;
        }
        out() << "bootstrap (from the snapshot) of " << desk->office->db().queryInt("SELECT count(*) FROM customer") << " customers ("
              << r->pulled << " ops pulled after it): " << t.elapsed() << " ms (target 20000)\n"
              << Qt::flush;
    }

    // 4. Bytes per customer before and after compaction (on the office that made the history).
    {
        auto desk = openDesk(hub, first);
        const qint64 customers = std::max<qint64>(1, desk->office->db().queryInt("SELECT count(*) FROM customer"));
        (void)desk->office->db().execute("PRAGMA wal_checkpoint(TRUNCATE)");
        const qint64 before = fileBytes(first);
        auto compacted = sync::OutboxCompactor(desk->office->db(), SystemClock::instance()).compact(0);
        (void)desk->office->db().execute("VACUUM");
        (void)desk->office->db().execute("PRAGMA wal_checkpoint(TRUNCATE)"); // VACUUM went through the WAL
        const qint64 after = fileBytes(first);
        out() << "office file: " << before / customers << " bytes per customer before compaction, " << after / customers << " after ("
              << (compacted ? *compacted : -1) << " outbox rows dropped)\n"
              << Qt::flush;
    }

    // 2. Propagation through the hub with N desks.
    const int desks = p.value(desksOpt).toInt();
    const int edits = p.value(editsOpt).toInt();
    QList<QString> paths;
    for (int i = 0; i < desks; ++i) {
        const QString path = dir + QStringLiteral("/desk%1.db").arg(i);
        if (auto e = enrollDesk(hub, path); !e) {
            out() << "enroll desk " << i << ": " << e.error().message << Qt::endl;
            return 1;
        }
        auto desk = openDesk(hub, path);
        if (!desk || !desk->engine->syncOnce())
            return 1;
        paths << path;
    }
    out() << desks << " desks enrolled and in step\n" << Qt::flush;
    std::atomic<bool> stop{false};
    QMutex lock;
    QList<qint64> madeAt(edits, 0);
    QList<qint64> latencies;
    QList<QThread *> threads;
    for (int i = 1; i < desks; ++i) {
        threads << QThread::create([&, path = paths[i]] {
            auto desk = openDesk(hub, path);
            if (!desk)
                return;
            qint64 seen = 0;
            while (!stop) {
                const qint64 cursor = sync::SyncState::load(desk->office->db()).cursor;
                desk->transport->waitForPoke(cursor, 200);
                if (!desk->engine->syncOnce())
                    continue;
                const qint64 now = steadyMs();
                const qint64 arrived = desk->office->db().queryInt("SELECT count(*) FROM follow_up WHERE note LIKE '同步计时%'");
                QMutexLocker locked(&lock);
                for (; seen < arrived && seen < madeAt.size(); ++seen)
                    latencies << now - madeAt[seen];
            }
        });
        threads.last()->start();
    }
    {
        auto desk = openDesk(hub, paths[0]);
        const QStringList customers = someCustomers(desk->office->db(), 50);
        QThread::msleep(500); // every desk connected and waiting
        for (int k = 0; k < edits; ++k) {
            {
                QMutexLocker locked(&lock);
                madeAt[k] = steadyMs();
            }
            auto r = desk->office->applier().apply(
                QStringLiteral("followup.add"), 2,
                {{"customer_id", customers[k % customers.size()]}, {"kind", "wechat"}, {"note", QStringLiteral("同步计时%1").arg(k)}});
            if (!r || !desk->engine->syncOnce()) {
                out() << "edit failed\n" << Qt::flush;
                break;
            }
            QThread::msleep(50);
        }
        QThread::msleep(1000);
    }
    stop = true;
    for (QThread *t : std::as_const(threads)) {
        t->wait();
        delete t;
    }
    out() << "change on one desk visible on the " << desks - 1 << " others: " << latencies.size() << " samples, p50 "
          << percentile(latencies, 0.5) << " ms, p99 " << percentile(latencies, 0.99) << " ms, max " << percentile(latencies, 1.0)
          << " ms (target p99 50)\n"
          << Qt::flush;

    // 3. A week offline: own changes made without the hub, the office's meanwhile, then one sync.
    {
        auto away = openDesk(hub, paths[1]);
        auto busy = openDesk(hub, paths[2]);
        const QStringList customers = someCustomers(away->office->db(), 500);
        if (auto r = addFollowUps(away->office->applier(), customers, p.value(ownOpt).toInt(), QStringLiteral("离线%1")); !r) {
            out() << "own changes: " << r.error().message << Qt::endl;
            return 1;
        }
        if (auto r = addFollowUps(busy->office->applier(), customers, p.value(remoteOpt).toInt(), QStringLiteral("办公室%1")); !r) {
            out() << "remote changes: " << r.error().message << Qt::endl;
            return 1;
        }
        if (auto r = busy->engine->syncOnce(); !r) {
            out() << "remote push: " << r.error().message << Qt::endl;
            return 1;
        }
        QElapsedTimer t;
        t.start();
        auto r = away->engine->syncOnce();
        if (!r) {
            out() << "rejoin: " << r.error().message << Qt::endl;
            return 1;
        }
        out() << "week-offline rejoin: " << r->pushed << " own pushed, " << r->pulled << " pulled in " << t.elapsed()
              << " ms (target 15000)\n"
              << Qt::flush;
    }
    return 0;
}
