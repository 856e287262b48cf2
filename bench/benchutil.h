#pragma once

#include "mutation/applier.h"
#include "security/officekey.h"
#include "storage/database.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace shoulou::bench {

// Peak resident memory of this process so far (VmHWM), in MB.
double peakRssMb();
// Bytes this process has handed to write system calls so far (wchar of /proc/self/io), in MB:
// the WAL, the checkpoints into the database file, reports. Shows an import's write volume.
double writtenMb();

// A fresh office database (old files removed), its key (key file) and the write path.
struct BenchOffice {
    std::unique_ptr<storage::Database> db;
    std::optional<security::OfficeKey> key;
    std::unique_ptr<mutation::Applier> applier;
};
Result<BenchOffice> openFreshOffice(const QString &path);
// "p50 0.41 ms, p95 …, p99 …, max …" of samples in milliseconds.
QString percentiles(QList<double> ms);
double percentile(QList<double> sorted, double p);
void print(const QString &line);

int importBench(const QStringList &args);
int normalizeBench(const QStringList &args);
int searchBench(const QStringList &args);
int demoBench(const QStringList &args);
int changeSetBench(const QStringList &args);

} // namespace shoulou::bench
