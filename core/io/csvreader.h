#pragma once

#include "io/csvrecordsource.h"
#include "io/tablereader.h"
#include "io/textencoding.h"

#include <QFile>

#include <optional>

namespace shoulou::io {

// CSV/TSV/TXT reader: detects the encoding (BOM, UTF-8 validity, else GB18030) and the
// delimiter (comma, tab or semicolon, counted in the header line outside quotes), then
// streams records in 64 KiB chunks.
//
// row.number counts logical records after the header, blank lines included, so it equals
// the spreadsheet row Excel shows minus the header's row (a quoted field spanning lines is
// still one spreadsheet row). Records whose cells are all empty are skipped.
class CsvReader final : public TableReader {
public:
    // `encoding` overrides detection, for when the user corrects the preview.
    static Result<std::unique_ptr<CsvReader>> open(const QString &path, std::optional<TextEncoding> encoding = {});

    QStringList header() const override { return m_header; }
    bool next(TableRow &row) override;
    const Error *fatalError() const override { return m_fatal ? &*m_fatal : nullptr; }
    qint64 position() const override { return m_source->position(); }
    qint64 size() const override { return m_size; }
    QString formatName() const override;

    TextEncoding encoding() const { return m_encoding; }
    QChar delimiter() const { return m_delimiter; }

private:
    CsvReader() = default;
    std::optional<Error> readHeader();
    QString rowError(qint64 number) const;

    QString m_path;
    QFile m_file;
    std::unique_ptr<CsvRecordSource> m_source;
    CsvRecord m_record;
    QStringList m_header;
    TextEncoding m_encoding = TextEncoding::Utf8;
    QChar m_delimiter = QLatin1Char(',');
    qint64 m_size = 0;
    qint64 m_rowNumber = 0;
    std::optional<Error> m_fatal;
};

} // namespace shoulou::io
