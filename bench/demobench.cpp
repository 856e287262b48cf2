#include "benchutil.h"

#include "demo/demogenerator.h"
#include "mutation/applier.h"
#include "office/officesetup.h"
#include "security/keyunlock.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace shoulou::bench {

int demoBench(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("customers"), QStringLiteral("customers"), QStringLiteral("N"), QStringLiteral("1000000")});
    p.addOption({QStringLiteral("dir"), QStringLiteral("work directory"), QStringLiteral("DIR"), QDir::tempPath()});
    p.process(args);
    const QString dbPath = QDir(p.value(QStringLiteral("dir"))).filePath(QStringLiteral("bench-demo.db"));
    auto office = openFreshOffice(dbPath);
    if (!office)
        return print(office.error().message), 1;
    mutation::Applier &applier = *office->applier;
    const security::OfficeKey &key = *office->key;
    demo::DemoOptions o;
    o.customers = p.value(QStringLiteral("customers")).toLongLong();
    demo::DemoGenerator gen(applier, key, SystemClock::instance());
    auto r = gen.run(o);
    if (!r)
        return print(r.error().message), 1;
    print(QStringLiteral("demo: %1 customers, %2 leads, %3 follow-ups in %4 s; peak memory %5 MB; database %6 MB (%7)")
              .arg(r->customers)
              .arg(r->leads)
              .arg(r->followUps)
              .arg(double(r->elapsedMs) / 1000.0, 0, 'f', 1)
              .arg(peakRssMb(), 0, 'f', 1)
              .arg(double(QFileInfo(dbPath).size()) / 1e6, 0, 'f', 1)
              .arg(dbPath));
    return 0;
}

} // namespace shoulou::bench
