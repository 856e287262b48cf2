// What recording change sets costs a desk mutation: followup.add on a demo office, with the
// TEMP triggers of ChangeRecorder off and on, alternating rounds on the same connection.
#include "benchutil.h"

#include "demo/demogenerator.h"
#include "mutation/applier.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>

namespace shoulou::bench {

int changeSetBench(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("customers"), QStringLiteral("customers"), QStringLiteral("N"), QStringLiteral("20000")});
    p.addOption({QStringLiteral("mutations"), QStringLiteral("follow-ups per round"), QStringLiteral("N"), QStringLiteral("1000")});
    p.addOption({QStringLiteral("dir"), QStringLiteral("work directory"), QStringLiteral("DIR"), QDir::tempPath()});
    p.process(args);
    const QString dbPath = QDir(p.value(QStringLiteral("dir"))).filePath(QStringLiteral("bench-changes.db"));
    auto office = openFreshOffice(dbPath);
    if (!office)
        return print(office.error().message), 1;
    demo::DemoOptions o;
    o.customers = p.value(QStringLiteral("customers")).toLongLong();
    if (auto r = demo::DemoGenerator(*office->applier, *office->key, SystemClock::instance()).run(o); !r)
        return print(r.error().message), 1;
    storage::Database &db = office->applier->database();
    QStringList ids;
    auto &st = db.prepare("SELECT id FROM customer WHERE merged_into IS NULL ORDER BY id LIMIT 5000");
    while (st.step())
        ids << st.text(0);
    st.reset();
    const int n = p.value(QStringLiteral("mutations")).toInt();
    auto round = [&](mutation::Applier &applier) {
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < n; ++i) {
            auto r = applier.apply(
                QStringLiteral("followup.add"), 1,
                {{QStringLiteral("customer_id"), ids[i % ids.size()]}, {QStringLiteral("kind"), QStringLiteral("call")}});
            if (!r)
                print(r.error().message);
            (void)applier.takeChanges();
        }
        return double(t.nsecsElapsed()) / 1e3 / n;
    };
    mutation::Applier recording(db, SystemClock::instance(), &*office->key);
    if (auto r = recording.recordChanges(); !r)
        return print(r.error().message), 1;
    // The triggers belong to the connection: the rounds without them run on a second one.
    auto other = storage::Database::open(dbPath);
    if (!other)
        return print(other.error().message), 1;
    mutation::Applier clean(**other, SystemClock::instance(), &*office->key);
    QList<double> off, on;
    for (int r = 0; r < 3; ++r) {
        off << round(clean);
        on << round(recording);
    }
    auto fmt = [](const QList<double> &v) {
        QStringList s;
        for (double x : v)
            s << QString::number(x, 'f', 0);
        return s.join(QStringLiteral(", "));
    };
    print(QStringLiteral("followup.add, %1 per round on %2 customers: without change recording %3 µs; with it %4 µs")
              .arg(n)
              .arg(o.customers)
              .arg(fmt(off), fmt(on)));
    return 0;
}

} // namespace shoulou::bench
