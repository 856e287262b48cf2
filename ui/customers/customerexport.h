#pragma once

#include "customer/customerlist.h"
#include "util/result.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>

class QWidget;

namespace shoulou::ui {

class OfficeSession;

// Exports what the customer list shows — every customer of the filter, in the list's order,
// not only the rows loaded so far — to XLSX or CSV (by the file name). Runs on a thread of
// its own with its own connection behind a cancellable progress dialog. Phones and resident
// ids leave masked, as on screen (DESIGN.md §8). Returns the number of customers written.
class CustomerExport final {
public:
    static QStringList header();
    static QStringList cells(const customer::ListRow &row, const QHash<QString, QString> &names);

    // The whole filter, paged from the database.
    // Returns at once; `done` gets the number written (or the error) on the GUI thread.
    static void exportFilter(OfficeSession &session, const QString &path, const customer::ListFilter &filter,
                             const customer::ListSort &sort, QWidget *parent, std::function<void(Result<qint64>)> done);
    // Rows already at hand (search hits).
    static Result<qint64> exportRows(OfficeSession &session, const QString &path, const QList<customer::ListRow> &rows);
};

} // namespace shoulou::ui
