#include "io/tablereader.h"

#include "io/csvreader.h"
#include "io/xlsreader.h"
#include "io/xlsxreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace shoulou::io {

Result<std::unique_ptr<TableReader>> openTable(const QString &path, const QString &sheet)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(QStringLiteral("io.open"),
                         QCoreApplication::translate("TableReader", "Cannot open \"%1\": %2").arg(path, file.errorString()));
    }
    // Decide by content, not by name: offices rename files freely.
    const QByteArray magic = file.read(8);
    file.close();
    if (magic.startsWith("\xD0\xCF\x11\xE0")) { // an OLE2 compound file: Excel 97–2003
        auto reader = XlsReader::open(path, sheet);
        if (!reader)
            return reader.error();
        return std::unique_ptr<TableReader>(std::move(reader).value());
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (magic.startsWith("PK\x03\x04") || magic.startsWith("PK\x05\x06") || suffix == QLatin1String("xlsx") ||
        suffix == QLatin1String("xlsm")) {
        auto reader = XlsxReader::open(path, sheet);
        if (!reader)
            return reader.error();
        return std::unique_ptr<TableReader>(std::move(reader).value());
    }
    auto reader = CsvReader::open(path);
    if (!reader)
        return reader.error();
    return std::unique_ptr<TableReader>(std::move(reader).value());
}

} // namespace shoulou::io
