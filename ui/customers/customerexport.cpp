#include "customerexport.h"

#include "common/backgroundtask.h"
#include "common/displayformat.h"
#include "common/officesession.h"
#include "common/windowplacement.h"
#include "customer/customerexport.h"

#include <QCoreApplication>
#include <QProgressDialog>
#include <QTimer>

#include <atomic>
#include <memory>

namespace shoulou::ui {

QStringList CustomerExport::header()
{
    return customer::CustomerColumns::headers(customer::CustomerColumns::exported);
}

QString CustomerExport::cellText(customer::CustomerColumn column, const customer::ListRow &r, const QHash<QString, QString> &names)
{
    using customer::CustomerColumn;
    switch (column) {
    case CustomerColumn::Name:
        return r.name;
    case CustomerColumn::Phone:
        return r.maskedPhone;
    case CustomerColumn::Grade:
        return r.grade.isEmpty() ? QString() : DisplayFormat::grade(r.grade);
    case CustomerColumn::Status:
        return DisplayFormat::status(r.status);
    case CustomerColumn::Owner:
        return names.value(r.ownerId);
    case CustomerColumn::FirstChannel:
        return names.value(r.firstChannelId);
    case CustomerColumn::LastFollowUp:
        return DisplayFormat::dateTime(r.lastFollowUpAt);
    case CustomerColumn::NextFollowUp:
        return DisplayFormat::dateTime(r.nextFollowUpAt);
    case CustomerColumn::Registered:
        return DisplayFormat::dateTime(r.createdAt);
    case CustomerColumn::Id:
        return r.id;
    }
    return {};
}

Result<qint64> CustomerExport::exportRows(OfficeSession &session, const QString &path, const QList<customer::ListRow> &rows)
{
    const QHash<QString, QString> names = session.names();
    return customer::CustomerExport::exportRows(
        path, rows, [&names](customer::CustomerColumn c, const customer::ListRow &r) { return cellText(c, r, names); });
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
    auto work = [job, databasePath = session.path(), file = path, filter, sort](BackgroundTask &) {
        job->outcome = customer::CustomerExport::exportFilter(
            databasePath, file, filter, sort,
            [job](customer::CustomerColumn c, const customer::ListRow &r) { return cellText(c, r, job->names); },
            {&job->written, &job->cancel});
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
