#include "benchutil.h"

#include "office/officesetup.h"
#include "security/keyunlock.h"
#include "util/clock.h"

#include <QFile>
#include <QTextStream>

#include <algorithm>

namespace shoulou::bench {

namespace {

// The number after "key:" in a /proc/self file ("VmHWM:    123456 kB" → 123456).
double procValue(const QString &file, const QByteArray &key)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(key + ':'))
            return line.mid(key.size() + 1).trimmed().split(' ').value(0).toDouble();
    return 0;
}

} // namespace

double peakRssMb()
{
    return procValue(QStringLiteral("/proc/self/status"), "VmHWM") / 1024.0;
}

double writtenMb()
{
    return procValue(QStringLiteral("/proc/self/io"), "wchar") / 1e6;
}

Result<BenchOffice> openFreshOffice(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".key")})
        QFile::remove(path + suffix);
    qputenv("SHOULOU_KEY_STORE", "file");
    BenchOffice o;
    auto db = storage::Database::open(path);
    if (!db)
        return db.error();
    o.db = std::move(db).value();
    // Tuning experiments only (never set by bench/run.sh): extra SQL for the bench's connection,
    // e.g. SHOULOU_BENCH_PRAGMAS="PRAGMA cache_size=-400000;".
    if (const QByteArray extra = qgetenv("SHOULOU_BENCH_PRAGMAS"); !extra.isEmpty())
        (void)o.db->execute(extra.constData());
    auto key = security::unlockOfficeKeyForFile(*o.db);
    if (!key)
        return key.error();
    o.key.emplace(*key);
    o.applier = std::make_unique<mutation::Applier>(*o.db, SystemClock::instance(), &*o.key, QStringLiteral("bench"));
    if (auto r = office::ensureOffice(*o.applier, QStringLiteral("Bench office")); !r)
        return r.error();
    return o;
}

double percentile(QList<double> sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    const qsizetype i = qMin(sorted.size() - 1, qsizetype(p * double(sorted.size() - 1) + 0.5));
    return sorted[i];
}

QString percentiles(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return QStringLiteral("n %1, p50 %2 ms, p95 %3 ms, p99 %4 ms, max %5 ms")
        .arg(ms.size())
        .arg(percentile(ms, 0.50), 0, 'f', 3)
        .arg(percentile(ms, 0.95), 0, 'f', 3)
        .arg(percentile(ms, 0.99), 0, 'f', 3)
        .arg(ms.isEmpty() ? 0.0 : ms.last(), 0, 'f', 3);
}

void print(const QString &line)
{
    QTextStream(stdout) << line << Qt::endl;
}

} // namespace shoulou::bench
