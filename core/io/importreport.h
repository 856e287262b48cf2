#pragma once

#include "util/result.h"

#include <QFile>
#include <QHash>
#include <QString>

namespace shoulou::io {

// The per-row import report: exactly the columns row,status,customer_id,reason, UTF-8 with a
// BOM so Excel on a Chinese Windows opens it correctly, cells that would start a formula
// neutralised (CWE-1236).
class ImportReport final {
public:
    Result<void> open(const QString &path);
    void add(qint64 row, const QString &status, const QString &customerId, const QString &reason);
    Result<void> close();
    // Closes the report with every customer id that is a key of `moved` replaced by its value
    // (customers merged after their rows were written); the file is rewritten only if a line
    // names one.
    Result<void> close(const QHash<QString, QString> &moved);
    bool isOpen() const { return m_file.isOpen(); }

    static QString csvCell(const QString &value);

private:
    QFile m_file;
};

} // namespace shoulou::io
