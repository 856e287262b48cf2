#include "customerexport.h"

#include "common/displayformat.h"
#include "common/officesession.h"
#include "common/threadwithprogress.h"
#include "customer/customerexport.h"

#include <QCoreApplication>
#include <QProgressDialog>

#include <atomic>

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

Result<qint64> CustomerExport::exportFilter(OfficeSession &session, const QString &path, const customer::ListFilter &filter,
                                            const customer::ListSort &sort, QWidget *parent)
{
    std::atomic<qint64> written{0};
    std::atomic<bool> cancel{false};
    Result<qint64> outcome = qint64(0);
    const QHash<QString, QString> names = session.names(); // a copy: the thread never reads the session
    const QString databasePath = session.path();
    auto work = [&] {
        outcome = customer::CustomerExport::exportFilter(
            databasePath, path, filter, sort,
            [&names](customer::CustomerColumn c, const customer::ListRow &r) { return cellText(c, r, names); }, {&written, &cancel});
    };
    QProgressDialog progress(QCoreApplication::translate("CustomerExport", "Exporting customers…"),
                             QCoreApplication::translate("CustomerExport", "Cancel"), 0, 0, parent);
    progress.setWindowTitle(QCoreApplication::translate("CustomerExport", "Export"));
    progress.setMinimumDuration(500);
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [&] { cancel = true; });
    runWithProgress(work, progress, [&] {
        progress.setLabelText(QCoreApplication::translate("CustomerExport", "Exporting customers… %1 written").arg(written.load()));
    });
    return outcome;
}

} // namespace shoulou::ui
