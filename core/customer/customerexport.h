#pragma once

#include "customer/customercolumns.h"
#include "customer/customerlist.h"
#include "util/result.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace shoulou::customer {

struct ExportProgress final {
    std::atomic<qint64> *written = nullptr;    // rows written so far, for a progress line
    const std::atomic<bool> *cancel = nullptr; // set from another thread to stop
};

// Writes customers to XLSX or CSV (by the file name) with the export's columns
// (CustomerColumns::exported). Phones and resident ids leave masked, as on screen
// (DESIGN.md §8): a ListRow carries only the masked phone.
class CustomerExport final {
public:
    // How a cell reads (translated labels, dates as the office reads them): the caller's
    // display format, so the file says what the screen says.
    using CellText = std::function<QString(CustomerColumn, const ListRow &)>;

    // Every customer of the filter, in the list's order — not only the rows a view loaded —
    // read on a read-only connection of its own inside one read transaction, so the file is
    // one consistent picture of the office. Cancelled: an error, and no file is left.
    static Result<qint64> exportFilter(const QString &databasePath, const QString &filePath, const ListFilter &filter, const ListSort &sort,
                                       const CellText &cellText, ExportProgress progress = {}, int pageSize = 2000);
    // Rows already at hand (search hits).
    static Result<qint64> exportRows(const QString &filePath, const QList<ListRow> &rows, const CellText &cellText);
};

} // namespace shoulou::customer
