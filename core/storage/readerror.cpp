#include "readerror.h"

#include "storage/statement.h"

#include "util/logging.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace shoulou::storage {

std::optional<Error> readError(const Statement &st, const char *sql)
{
    if (st.isValid() && (st.lastCode() == SQLITE_DONE || st.lastCode() == SQLITE_ROW))
        return std::nullopt;
    qCWarning(lcStorage).noquote() << "read failed:" << st.lastError() << "| SQL:" << sql;
    return makeError(QStringLiteral("storage.read"),
                     QCoreApplication::translate("ReadError", "The office database could not be read (%1). Try again; if it keeps "
                                                              "happening, the file may be damaged: ask for help with the log file.")
                         .arg(st.lastError().section(QStringLiteral(" in: "), 0, 0)));
}

Result<qint64> readInt64(Statement &st, const char *sql)
{
    const qint64 n = st.step() ? st.int64(0) : 0;
    auto error = readError(st, sql);
    st.reset();
    if (error)
        return *error;
    return n;
}

} // namespace shoulou::storage
