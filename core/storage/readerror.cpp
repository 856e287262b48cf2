#include "readerror.h"

#include "storage/statement.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <sqlite3.h>

namespace shoulou::storage {

namespace {
Q_LOGGING_CATEGORY(lcRead, "shoulou.storage.read")
}

std::optional<Error> readError(const Statement &st, const char *sql)
{
    if (st.isValid() && (st.lastCode() == SQLITE_DONE || st.lastCode() == SQLITE_ROW))
        return std::nullopt;
    qCWarning(lcRead).noquote() << "read failed:" << st.lastError() << "| SQL:" << sql;
    return makeError(QStringLiteral("storage.read"),
                     QCoreApplication::translate("ReadError", "The office database could not be read (%1). Try again; if it keeps "
                                                              "happening, the file may be damaged: ask for help with the log file.")
                         .arg(st.lastError().section(QStringLiteral(" in: "), 0, 0)));
}

} // namespace shoulou::storage
