#include "demooffice.h"

#include "demo/demogenerator.h"
#include "office/openoffice.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace shoulou::ui {

QString defaultDemoPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QDir().mkpath(dir);
    return dir + QStringLiteral("/demo-office.db");
}

Result<void> buildDemoOffice(const QString &path, qint64 customers, const Clock &clock,
                             const std::function<void(qint64 done, qint64 total)> &progress)
{
    auto office = office::OpenOffice::open(path, clock, QStringLiteral("demo"),
                                           QCoreApplication::translate("DemoOffice", "Demo sales office"));
    if (!office)
        return office.error();
    demo::DemoOptions o;
    o.customers = customers;
    o.progress = [&](qint64 done, qint64) { progress(done, customers); };
    demo::DemoGenerator gen((*office)->applier(), (*office)->key(), clock);
    if (auto r = gen.run(o); !r)
        return r.error();
    return {};
}

} // namespace shoulou::ui
