#pragma once

#include "io/tablereader.h"

#include <QList>
#include <QString>

namespace shoulou::test {

// A fixture under tests/data/io.
inline QString ioDataFile(const char *name)
{
    return QStringLiteral(SHOULOU_TEST_DATA_DIR "/io/") + QLatin1String(name);
}

// Every remaining row of a reader.
inline QList<io::TableRow> readAllRows(io::TableReader &reader)
{
    QList<io::TableRow> rows;
    io::TableRow row;
    while (reader.next(row))
        rows.append(row);
    return rows;
}

} // namespace shoulou::test
