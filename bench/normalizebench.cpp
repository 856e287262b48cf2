#include "benchutil.h"

#include "io/fieldmapping.h"
#include "io/leadnormalizer.h"
#include "io/tablereader.h"
#include "security/officekey.h"
#include "util/clock.h"

#include <QCommandLineParser>
#include <QElapsedTimer>

namespace shoulou::bench {

// The import's reader thread on its own: read and normalise every row of FILE, write nothing.
// Tells whether an import is bound by the reader or by the writer.
int normalizeBench(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("file"), QStringLiteral("CSV or XLSX file"));
    p.process(args);
    const QString path = p.positionalArguments().value(0);
    auto table = io::openTable(path);
    if (!table)
        return print(table.error().message), 1;
    const security::OfficeKey key = security::OfficeKey::generate();
    const QStringList header = (*table)->header();
    io::LeadNormalizer normalizer(key, SystemClock::instance(), header, io::FieldMapping::fromHeader(header), QStringLiteral("other"),
                                  QStringLiteral("bench.csv"));
    QElapsedTimer t;
    t.start();
    io::TableRow row;
    qint64 rows = 0, rejected = 0;
    while ((*table)->next(row)) {
        rejected += normalizer.normalize(row).rejected;
        ++rows;
    }
    const double secs = double(t.elapsed()) / 1000.0;
    print(QStringLiteral("normalize: %1 rows (%2 rejected) in %3 s, %4 µs a row")
              .arg(rows)
              .arg(rejected)
              .arg(secs, 0, 'f', 2)
              .arg(1e6 * secs / double(qMax<qint64>(1, rows)), 0, 'f', 1));
    return 0;
}

} // namespace shoulou::bench
