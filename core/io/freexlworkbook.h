#pragma once

#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace shoulou::io {

// An .xls workbook opened through FreeXL (Debian's libfreexl), which holds the cells of the
// selected sheet in memory while it is open. Errors carry complete messages naming the file:
// xls.freexl (a FreeXL error code), xls.unreadable (FreeXL reported success without a
// workbook), xls.password (the message left to the caller).
class FreeXlWorkbook final {
public:
    ~FreeXlWorkbook();
    static Result<std::unique_ptr<FreeXlWorkbook>> open(const QString &path);

    QStringList sheetNames() const { return m_sheets; }
    Result<void> select(qsizetype index);
    quint32 rowCount() const { return m_rows; }
    // The cells of spreadsheet row `index` (0-based); false when they are all empty.
    bool readRow(quint32 index, QStringList &cells, QList<bool> &numeric) const;

private:
    FreeXlWorkbook() = default;
    Error error(int code) const;

    QString m_path;
    const void *m_handle = nullptr;
    QStringList m_sheets;
    quint32 m_rows = 0;
    unsigned short m_columns = 0;
};

} // namespace shoulou::io
