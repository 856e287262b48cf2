#include "customerexport.h"

#include "common/backgroundtask.h"
#include "common/displayformat.h"
#include "common/officesession.h"
#include "common/windowplacement.h"
#include "io/tablewriter.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QProgressDialog>
#include <QTimer>

#include <atomic>
#include <memory>

namespace shoulou::ui {

QStringList CustomerExport::header()
{
    return {
        QCoreApplication::translate("CustomerExport", "Name"),           QCoreApplication::translate("CustomerExport", "Phone"),
        QCoreApplication::translate("CustomerExport", "Grade"),          QCoreApplication::translate("CustomerExport", "Status"),
        QCoreApplication::translate("CustomerExport", "Consultant"),     QCoreApplication::translate("CustomerExport", "First channel"),
        QCoreApplication::translate("CustomerExport", "Last follow-up"), QCoreApplication::translate("CustomerExport", "Next follow-up"),
        QCoreApplication::translate("CustomerExport", "Registered"),     QCoreApplication::translate("CustomerExport", "Customer ID")};
}

QStringList CustomerExport::cells(const customer::ListRow &r, const QHash<QString, QString> &names)
{
    return {r.name,
            r.maskedPhone,
            r.grade.isEmpty() ? QString() : DisplayFormat::grade(r.grade),
            DisplayFormat::status(r.status),
            names.value(r.ownerId),
            names.value(r.firstChannelId),
            DisplayFormat::dateTime(r.lastFollowUpAt),
            DisplayFormat::dateTime(r.nextFollowUpAt),
            DisplayFormat::dateTime(r.createdAt),
            r.id};
}

Result<qint64> CustomerExport::exportRows(OfficeSession &session, const QString &path, const QList<customer::ListRow> &rows)
{
    auto w = io::TableWriter::create(path, io::TableWriter::formatFor(path), QCoreApplication::translate("CustomerExport", "Customers"));
    if (!w)
        return w.error();
    if (auto r = (*w)->writeRow(header()); !r)
        return r.error();
    const QHash<QString, QString> n = session.names();
    for (const customer::ListRow &row : rows)
        if (auto r = (*w)->writeRow(cells(row, n)); !r)
            return r.error();
    if (auto r = (*w)->close(); !r)
        return r.error();
    return qint64(rows.size());
}

void CustomerExport::exportFilter(OfficeSession &session, const QString &path, const customer::ListFilter &filter,
                                  const customer::ListSort &sort, QWidget *parent, std::function<void(Result<qint64>)> done)
{
    // What the job and the GUI share; it outlives this function (the export runs on).
    struct Job {
        std::atomic<qint64> written{0};
        std::atomic<bool> cancel{false};
        Result<qint64> outcome = qint64(0);
        QHash<QString, QString> names; // a copy: the thread never reads the session
    };
    auto job = std::make_shared<Job>();
    job->names = session.names();
    const QString file = path;
    auto work = [job, dbPath = session.path(), file, filter, sort](BackgroundTask &) {
        storage::Database::Options o;
        o.migrate = false;
        o.readOnly = true;
        auto db = storage::Database::open(dbPath, o);
        if (!db) {
            job->outcome = db.error();
            return;
        }
        auto w = io::TableWriter::create(file, io::TableWriter::formatFor(file),
                                         QCoreApplication::translate("CustomerExport", "Customers"));
        if (!w) {
            job->outcome = w.error();
            return;
        }
        if (auto r = (*w)->writeRow(header()); !r) {
            job->outcome = r.error();
            return;
        }
        customer::CustomerList list(**db);
        customer::ListCursor cursor;
        // One read transaction: the file is one consistent picture of the office.
        (void)(*db)->execute("BEGIN");
        while (!cursor.done && !job->cancel) {
            for (const customer::ListRow &row : list.page(filter, sort, cursor, 2000)) {
                if (auto r = (*w)->writeRow(cells(row, job->names)); !r) {
                    job->outcome = r.error();
                    (void)(*db)->execute("ROLLBACK");
                    return;
                }
                ++job->written;
            }
        }
        (void)(*db)->execute("ROLLBACK");
        if (job->cancel) {
            job->outcome = makeError(QStringLiteral("export.cancelled"),
                                     QCoreApplication::translate("CustomerExport", "Export cancelled; no file was written."));
            return; // the writer's destructor removes the partial file
        }
        if (auto r = (*w)->close(); !r)
            job->outcome = r.error();
        else
            job->outcome = job->written.load();
    };
    // On a BackgroundTask, not a nested event loop: the caller hears of the end through `done`.
    auto *task = new BackgroundTask(work, parent);
    auto *progress = new QProgressDialog(QCoreApplication::translate("CustomerExport", "Exporting customers…"),
                                         QCoreApplication::translate("CustomerExport", "Cancel"), 0, 0, parent);
    progress->setWindowTitle(QCoreApplication::translate("CustomerExport", "Export"));
    progress->setMinimumDuration(500);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    placeOverParent(progress, parent);
    QObject::connect(progress, &QProgressDialog::canceled, progress, [job] { job->cancel = true; });
    auto *tick = new QTimer(progress);
    QObject::connect(tick, &QTimer::timeout, progress, [progress, job] {
        progress->setLabelText(QCoreApplication::translate("CustomerExport", "Exporting customers… %1 written").arg(job->written.load()));
    });
    tick->start(150);
    QObject::connect(task, &BackgroundTask::finished, task, [task, progress, job, done] {
        progress->deleteLater();
        task->deleteLater();
        if (done)
            done(job->outcome);
    });
    task->start();
}

} // namespace shoulou::ui
