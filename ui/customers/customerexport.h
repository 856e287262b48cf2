#pragma once

#include "customer/customercolumns.h"
#include "customer/customerlist.h"
#include "util/result.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>

class QWidget;

namespace shoulou::ui {

class OfficeSession;

// The desk's side of the export (customer::CustomerExport does the work): the cells as the
// list shows them, and a thread of its own behind a cancellable progress dialog. Returns the
// number of customers written.
class CustomerExport final {
public:
    static QStringList header();
    // One cell as the desk shows it: labels translated, ids by name, dates in full.
    static QString cellText(customer::CustomerColumn column, const customer::ListRow &row, const QHash<QString, QString> &names);

    // The whole filter, paged from the database.
    // Returns at once; `done` gets the number written (or the error) on the GUI thread.
    static void exportFilter(OfficeSession &session, const QString &path, const customer::ListFilter &filter,
                             const customer::ListSort &sort, QWidget *parent, std::function<void(Result<qint64>)> done);
    // Rows already at hand (search hits).
    static Result<qint64> exportRows(OfficeSession &session, const QString &path, const QList<customer::ListRow> &rows);
};

} // namespace shoulou::ui
