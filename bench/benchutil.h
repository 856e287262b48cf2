#pragma once

#include <QList>
#include <QString>

namespace shoulou::bench {

// Peak resident memory of this process so far (VmHWM), in MB.
double peakRssMb();
// "p50 0.41 ms, p95 …, p99 …, max …" of samples in milliseconds.
QString percentiles(QList<double> ms);
double percentile(QList<double> sorted, double p);
void print(const QString &line);

int importBench(const QStringList &args);
int searchBench(const QStringList &args);
int demoBench(const QStringList &args);

} // namespace shoulou::bench
