#include "customerexport.h"

#include "io/tablewriter.h"
#include "storage/database.h"
#include "storage/readtransaction.h"

#include <QCoreApplication>

namespace shoulou::customer {

namespace {

QStringList cells(const ListRow &row, const CustomerExport::CellText &cellText)
{
    QStringList out;
    for (CustomerColumn c : CustomerColumns::exported)
        out << cellText(c, row);
    return out;
}

Result<std::unique_ptr<io::TableWriter>> startFile(const QString &filePath)
{
    auto w = io::TableWriter::create(filePath, io::TableWriter::formatFor(filePath),
                                     QCoreApplication::translate("CustomerExport", "Customers"));
    if (!w)
        return w.error();
    if (auto r = (*w)->writeRow(CustomerColumns::headers(CustomerColumns::exported)); !r)
        return r.error();
    return w;
}

} // namespace

Result<qint64> CustomerExport::exportRows(const QString &filePath, const QList<ListRow> &rows, const CellText &cellText)
{
    auto w = startFile(filePath);
    if (!w)
        return w.error();
    for (const ListRow &row : rows)
        if (auto r = (*w)->writeRow(cells(row, cellText)); !r)
            return r.error();
    if (auto r = (*w)->close(); !r)
        return r.error();
    return qint64(rows.size());
}

Result<qint64> CustomerExport::exportFilter(const QString &databasePath, const QString &filePath, const ListFilter &filter,
                                            const ListSort &sort, const CellText &cellText, ExportProgress progress, int pageSize)
{
    storage::Database::Options o;
    o.migrate = false;
    o.readOnly = true;
    auto db = storage::Database::open(databasePath, o);
    if (!db)
        return db.error();
    auto w = startFile(filePath);
    if (!w)
        return w.error();
    CustomerList list(**db);
    ListCursor cursor;
    qint64 written = 0;
    {
        const storage::ReadTransaction snapshot(**db);
        if (!snapshot.started())
            return snapshot.started().error();
        while (!cursor.done && !(progress.cancel && *progress.cancel)) {
            const auto page = list.page(filter, sort, cursor, pageSize);
            if (!page)
                return page.error(); // a failed read fails the export (the writer removes the partial file)
            for (const ListRow &row : *page) {
                if (auto r = (*w)->writeRow(cells(row, cellText)); !r)
                    return r.error(); // the writer's destructor removes the partial file
                ++written;
                if (progress.written)
                    *progress.written = written;
            }
        }
    }
    if (progress.cancel && *progress.cancel)
        return makeError(QStringLiteral("export.cancelled"),
                         QCoreApplication::translate("CustomerExport", "Export cancelled; no file was written."));
    if (auto r = (*w)->close(); !r)
        return r.error();
    return written;
}

} // namespace shoulou::customer
