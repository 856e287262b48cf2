#include "clisession.h"
#include "commands.h"

#include "demo/demogenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace shoulou::cli {

int demoCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("DemoCommand",
                                                            "Create a realistic demo office: projects, units, consultants, channels and "
                                                            "customers with touches and follow-ups over six months."));
    p.addHelpOption();
    addAsOption(p);
    p.addOption({QStringLiteral("db"), QCoreApplication::translate("DemoCommand", "New office database file."), QStringLiteral("DB")});
    p.addOption({QStringLiteral("customers"), QCoreApplication::translate("DemoCommand", "Number of customers (persons)."),
                 QStringLiteral("N"), QStringLiteral("1000")});
    p.addOption({QStringLiteral("seed"), QCoreApplication::translate("DemoCommand", "Random seed (same seed, same office)."),
                 QStringLiteral("S"), QStringLiteral("1")});
    if (!p.parse(args))
        return usageError(p, p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << p.helpText();
        return Ok;
    }
    bool ok1 = false, ok2 = false;
    const qint64 n = p.value(QStringLiteral("customers")).toLongLong(&ok1);
    const quint32 seed = p.value(QStringLiteral("seed")).toUInt(&ok2);
    if (!p.isSet(QStringLiteral("db")))
        return usageError(p, QCoreApplication::translate("DemoCommand", "--db is required"));
    if (!ok1 || n < 1 || n > 20'000'000)
        return usageError(p, QCoreApplication::translate("DemoCommand", "--customers must be a number from 1 to 20000000"));
    if (!ok2)
        return usageError(p, QCoreApplication::translate("DemoCommand", "--seed must be a non-negative number"));
    auto session = openSession(p);
    if (!session)
        return sessionError(session.error());
    demo::DemoOptions o;
    o.customers = n;
    o.seed = seed;
    QTextStream err(stderr);
    int last = -1;
    o.progress = [&](qint64 done, qint64 total) {
        const int pct = int(done * 100 / total);
        if (pct / 10 != last / 10) {
            last = pct;
            err << QCoreApplication::translate("DemoCommand", "… %1 of %2 customers").arg(done).arg(total) << Qt::endl;
        }
    };
    demo::DemoGenerator gen((*session)->applier(), (*session)->key(), (*session)->clock());
    auto r = gen.run(o);
    if (!r)
        return inputError(r.error().message);
    printLine(QCoreApplication::translate("DemoCommand",
                                          "Demo office ready in %1: %2 customers from %3 leads, %4 follow-ups, %5 consultants, %6 units "
                                          "(%7 s).")
                  .arg(p.value(QStringLiteral("db")))
                  .arg(r->customers)
                  .arg(r->leads)
                  .arg(r->followUps)
                  .arg(r->consultants)
                  .arg(r->units)
                  .arg(double(r->elapsedMs) / 1000.0, 0, 'f', 1));
    return Ok;
}

} // namespace shoulou::cli
