#include "hubcommands.h"

#include "hub/hubdatadir.h"
#include "hub/hubstore.h"
#include "hub/officecode.h"
#include "hub/snapshotscheduler.h"
#include "util/clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLockFile>
#include <QTextStream>

namespace shoulou::hubcli {

int snapshotCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "HubSnapshot", "Make a snapshot of every office (or of one) now: new workstations start from it instead of the whole log, "
                       "and the log entries it covers that are older than the retention window are slimmed. The hub must be stopped; "
                       "shoulou-hub serve makes snapshots by itself."));
    p.addOption(
        {QStringLiteral("office"), QCoreApplication::translate("HubSnapshot", "Only the office with this code."), QStringLiteral("CODE")});
    p.addOption({QStringLiteral("retention-days"),
                 QCoreApplication::translate("HubSnapshot", "Days the full log is kept (default 90; 0 keeps it all)."),
                 QStringLiteral("DAYS"), QStringLiteral("90")});
    if (const int rc = parseWithData(p, args); rc >= 0)
        return rc;
    bool daysOk = false;
    const int days = p.value(QStringLiteral("retention-days")).toInt(&daysOk);
    if (!daysOk || days < 0 || days > 36500)
        return usageError(p, QCoreApplication::translate("HubSnapshot", "--retention-days must be from 0 to 36500"));
    hub::HubDataDir dir(p.value(QStringLiteral("data")));
    if (!dir.databaseUrl().isEmpty())
        return failure(QCoreApplication::translate("HubSnapshot", "A hub on PostgreSQL makes no snapshots; it keeps its whole log."));
    QLockFile lock(dir.lockPath());
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0))
        return failure(QCoreApplication::translate("HubSnapshot", "shoulou-hub serve is running on %1; it makes the snapshots itself.")
                           .arg(p.value(QStringLiteral("data"))));
    auto opened = dir.open();
    if (!opened)
        return failure(opened.error().message);
    auto offices = opened->store->offices();
    if (!offices)
        return failure(offices.error().message);
    const QString code = hub::OfficeCode::normalize(p.value(QStringLiteral("office")));
    hub::SnapshotScheduler::Options options;
    options.retentionDays = days;
    hub::SnapshotScheduler snapshots(*opened->store, *opened->keys, SystemClock::instance(), dir.snapshotDir(), options);
    bool found = false;
    int failed = 0;
    for (const hub::OfficeRecord &office : std::as_const(*offices)) {
        if (!code.isEmpty() && office.code != code)
            continue;
        found = true;
        if (!office.hasLog()) {
            printLine(QCoreApplication::translate("HubSnapshot", "%1: no changes yet, no snapshot").arg(office.code));
            continue;
        }
        auto made = snapshots.snapshotNow(office);
        if (!made) {
            ++failed;
            QTextStream(stderr) << QCoreApplication::translate("HubSnapshot", "error: %1: %2").arg(office.code, made.error().message)
                                << '\n';
            continue;
        }
        printLine(QCoreApplication::translate("HubSnapshot", "%1: snapshot at hub_seq %2 (%3 bytes)")
                      .arg(office.code)
                      .arg(made->hubSeq)
                      .arg(made->bytes));
    }
    if (!found)
        return failure(QCoreApplication::translate("HubSnapshot", "There is no office with the code %1 at this hub.").arg(code));
    return failed == 0 ? Ok : Failed;
}

} // namespace shoulou::hubcli
