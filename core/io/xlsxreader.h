#pragma once

#include "io/tablereader.h"
#include "io/xlsxentrystream.h"
#include "io/xlsxlimits.h"
#include "io/xlsxworkbook.h"

#include <optional>

class QuaZip;

namespace shoulou::io {

// XLSX reader: the zip is checked against XlsxLimits before anything is inflated, the small
// parts are read whole (XlsxWorkbook) and the chosen sheet is stream-parsed row by row.
//
// Row numbers: row.number = spreadsheet row (the r="…" attribute) − header row, so an error
// for row.number N points the user at spreadsheet row N + header row. Rows missing from the
// XML (gaps in r=) produce no TableRow; rows whose cells are all empty are skipped too.
// Number cells keep the text stored in <v> (e.g. "1.3812345678E10") with row.numeric set,
// so the importer can reject phone/ID columns that Excel already damaged.
class XlsxReader final : public TableReader {
public:
    ~XlsxReader() override;
    static Result<std::unique_ptr<XlsxReader>> open(const QString &path, const QString &sheet = {}, const XlsxLimits &limits = {});

    QStringList header() const override { return m_header; }
    bool next(TableRow &row) override;
    const Error *fatalError() const override { return m_fatal ? &*m_fatal : nullptr; }
    qint64 position() const override { return m_stream.position(); }
    qint64 size() const override { return m_stream.size(); }
    QString formatName() const override { return QStringLiteral("XLSX"); }

    QStringList sheetNames() const { return m_workbook.sheetNames(); }
    QString sheetName() const { return m_sheetName; }

private:
    struct RawRow {
        qint64 index = 0; // spreadsheet row, 1-based
        QStringList cells;
        QList<bool> numeric;
        QString problem;
    };

    XlsxReader();
    Result<void> openArchive(const QString &path, const QString &sheet);
    // Reads the next <row>; false at the end of sheetData or on a fatal error.
    bool readRow(RawRow &row);
    bool readCell(RawRow &row, int *lastColumn);
    void setFatal(const Error &error);

    std::unique_ptr<QuaZip> m_zip;
    XlsxLimits m_limits;
    XlsxWorkbook m_workbook;
    XlsxEntryStream m_stream;
    QString m_sheetName;
    QStringList m_header;
    qint64 m_headerRow = 0;
    qint64 m_lastRow = 0;
    bool m_done = false;
    RawRow m_raw;
    std::optional<Error> m_fatal;
};

} // namespace shoulou::io
