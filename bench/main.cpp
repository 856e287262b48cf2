// shoulou-bench: the figures behind the performance targets, measured on this machine.
//   shoulou-bench import --rows 1000000 [--dir DIR]   generate a lead file, import it
//   shoulou-bench normalize FILE                      the import's reader thread alone
//   shoulou-bench search --db DB [--queries 1000]     search latency per query kind
//   shoulou-bench demo --customers 1000000 [--dir DIR]
//   shoulou-bench changes [--customers 20000] [--mutations 1000]   cost of recording change sets
#include "benchutil.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("shoulou.*.debug=false\nshoulou.*.info=false"));
    QStringList args = app.arguments();
    const QString mode = args.value(1);
    args.removeAt(1);
    if (mode == QLatin1String("import"))
        return shoulou::bench::importBench(args);
    if (mode == QLatin1String("normalize"))
        return shoulou::bench::normalizeBench(args);
    if (mode == QLatin1String("search"))
        return shoulou::bench::searchBench(args);
    if (mode == QLatin1String("demo"))
        return shoulou::bench::demoBench(args);
    if (mode == QLatin1String("changes"))
        return shoulou::bench::changeSetBench(args);
    QTextStream(stderr) << "usage: shoulou-bench import|normalize|search|demo|changes [options]\n";
    return 2;
}
