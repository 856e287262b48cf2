#pragma once

#include "io/tablewriter.h"

#include <memory>

class QuaZip;
class QuaZipFile;

namespace shoulou::io {

// A minimal XLSX (Office Open XML) written with QuaZip, streamed row by row into the sheet
// entry, so a million customers export in constant memory. Every cell is an inline string:
// Excel shows phones and ids exactly as written and never evaluates a cell as a formula.
// Written to "<path>.part" and renamed on close.
//
// Not libxlsxwriter: Debian's build bundles its own minizip, whose zipOpen3 & co. collide with
// the same symbols exported by QuaZip (which reads XLSX); in one process the writer ended up
// calling QuaZip's copy and crashed. QuaZip alone does both directions.
class XlsxTableWriter final : public TableWriter {
public:
    XlsxTableWriter();
    ~XlsxTableWriter() override;
    Result<void> open(const QString &path, const QString &sheetName);
    Result<void> writeRow(const QStringList &cells) override;
    Result<void> close() override;

    static constexpr int kMaxRows = 1048576; // Excel's sheet limit, header included
    static QString columnName(int index);    // 0 → "A", 26 → "AA"

private:
    Result<void> writeEntry(const QString &name, const QByteArray &content);
    Result<void> fail(const QString &what);

    QString m_path;
    std::unique_ptr<QuaZip> m_zip;
    std::unique_ptr<QuaZipFile> m_sheet;
    qint64 m_row = 0;
};

} // namespace shoulou::io
