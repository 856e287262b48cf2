#include "benchutil.h"
#include "leadfile.h"

#include "io/importer.h"
#include "mutation/applier.h"
#include "office/officesetup.h"
#include "security/keyunlock.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

namespace shoulou::bench {

int importBench(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("rows"), QStringLiteral("rows to generate"), QStringLiteral("N"), QStringLiteral("1000000")});
    p.addOption({QStringLiteral("dir"), QStringLiteral("work directory"), QStringLiteral("DIR"), QDir::tempPath()});
    p.addOption({QStringLiteral("seed"), QStringLiteral("seed"), QStringLiteral("S"), QStringLiteral("1")});
    p.addOption({QStringLiteral("batch"), QStringLiteral("rows per transaction (default: the importer's)"), QStringLiteral("N")});
    p.process(args);
    const qint64 rows = p.value(QStringLiteral("rows")).toLongLong();
    const QDir dir(p.value(QStringLiteral("dir")));
    const QString csv = dir.filePath(QStringLiteral("bench-leads.csv"));
    const QString dbPath = dir.filePath(QStringLiteral("bench-import.db"));

    QElapsedTimer t;
    t.start();
    const LeadFileStats file = writeLeadFile(csv, rows, p.value(QStringLiteral("seed")).toUInt());
    print(QStringLiteral("generated %1: %2 rows, %3 persons, %4 repeat rows (%5 %), %6 MB in %7 s")
              .arg(csv)
              .arg(file.rows)
              .arg(file.persons)
              .arg(file.repeatRows)
              .arg(100.0 * double(file.repeatRows) / double(qMax<qint64>(1, file.rows)), 0, 'f', 1)
              .arg(double(file.bytes) / 1e6, 0, 'f', 1)
              .arg(double(t.elapsed()) / 1000.0, 0, 'f', 1));

    auto office = openFreshOffice(dbPath);
    if (!office)
        return print(office.error().message), 1;
    mutation::Applier &applier = *office->applier;
    const security::OfficeKey &key = *office->key;

    io::ImportOptions o;
    o.path = csv;
    if (p.isSet(QStringLiteral("batch")))
        o.batchSize = p.value(QStringLiteral("batch")).toInt();
    const double rssBefore = peakRssMb();
    const double writtenBefore = writtenMb();
    t.restart();
    io::Importer importer(applier, key, SystemClock::instance());
    auto r = importer.run(o);
    const double secs = double(t.elapsed()) / 1000.0;
    if (!r)
        return print(r.error().message), 1;
    print(QStringLiteral("import: %1 rows in %2 s (%3 rows/s): %4 created, %5 merged, %6 rejected, %7 for review")
              .arg(r->rows)
              .arg(secs, 0, 'f', 2)
              .arg(qint64(double(r->rows) / secs))
              .arg(r->created)
              .arg(r->merged)
              .arg(r->rejected)
              .arg(r->reviews));
    print(QStringLiteral("import: wrote %1 GB (WAL and checkpoints) for a %2 GB database")
              .arg((writtenMb() - writtenBefore) / 1000.0, 0, 'f', 2)
              .arg(double(QFileInfo(dbPath).size()) / 1e9, 0, 'f', 2));
    print(QStringLiteral("import: the longest transaction held the write lock %1 s")
              .arg(double(r->longestTransactionMs) / 1000.0, 0, 'f', 2));
    print(QStringLiteral("import: the writer waited %1 s for the reader thread").arg(double(r->waitedForReaderMs) / 1000.0, 0, 'f', 2));
    print(QStringLiteral("import: peak memory %1 MB (before the import %2 MB); database %3 MB")
              .arg(peakRssMb(), 0, 'f', 1)
              .arg(rssBefore, 0, 'f', 1)
              .arg(double(QFileInfo(dbPath).size()) / 1e6, 0, 'f', 1));
    t.restart();
    auto again = importer.run(o);
    if (again)
        print(QStringLiteral("re-import of the same file: %1 s, %2 created, %3 already imported")
                  .arg(double(t.elapsed()) / 1000.0, 0, 'f', 2)
                  .arg(again->created)
                  .arg(again->duplicates));
    return 0;
}

} // namespace shoulou::bench
