#include "tablewriter.h"

#include "io/csvtablewriter.h"
#include "io/xlsxtablewriter.h"

namespace shoulou::io {

TableWriter::Format TableWriter::formatFor(const QString &path)
{
    return path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive) ? Format::Xlsx : Format::Csv;
}

Result<std::unique_ptr<TableWriter>> TableWriter::create(const QString &path, Format format, const QString &sheetName)
{
    if (format == Format::Xlsx) {
        auto w = std::make_unique<XlsxTableWriter>();
        if (auto r = w->open(path, sheetName); !r)
            return r.error();
        return std::unique_ptr<TableWriter>(std::move(w));
    }
    auto w = std::make_unique<CsvTableWriter>();
    if (auto r = w->open(path); !r)
        return r.error();
    return std::unique_ptr<TableWriter>(std::move(w));
}

} // namespace shoulou::io
