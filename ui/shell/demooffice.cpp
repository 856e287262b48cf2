#include "demooffice.h"

#include "common/threadwithprogress.h"
#include "demo/demogenerator.h"
#include "office/openoffice.h"
#include "util/clock.h"

#include <QApplication>
#include <QDir>
#include <QProgressDialog>
#include <QStandardPaths>

#include <atomic>

namespace shoulou::ui {

QString defaultDemoPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QDir().mkpath(dir);
    return dir + QStringLiteral("/demo-office.db");
}

Result<void> createDemoOffice(const QString &path, qint64 customers, QWidget *parent)
{
    std::atomic<qint64> done{0};
    Result<void> outcome;
    auto work = [&] {
        auto office = office::OpenOffice::open(path, SystemClock::instance(), QStringLiteral("demo"),
                                               QApplication::translate("DemoOffice", "Demo sales office"));
        if (!office) {
            outcome = office.error();
            return;
        }
        demo::DemoOptions o;
        o.customers = customers;
        o.progress = [&](qint64 d, qint64) { done = d; };
        demo::DemoGenerator gen((*office)->applier(), (*office)->key(), SystemClock::instance());
        if (auto r = gen.run(o); !r)
            outcome = r.error();
    };
    QProgressDialog progress(QApplication::translate("DemoOffice", "Creating a demo office with %n customer(s)…", nullptr, int(customers)),
                             QString(), 0, int(customers), parent);
    progress.setWindowTitle(QApplication::translate("DemoOffice", "Demo office"));
    progress.setMinimumDuration(300);
    runWithProgress(work, progress, [&] { progress.setValue(int(done.load())); });
    return outcome;
}

} // namespace shoulou::ui
