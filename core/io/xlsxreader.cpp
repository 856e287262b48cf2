#include "io/xlsxreader.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <quazip/quazip.h>
#include <quazip/quazipfileinfo.h>

#include <algorithm>

namespace shoulou::io {

namespace {

constexpr int kMaxColumns = 16384;   // XFD, Excel's last column
constexpr qint64 kMaxRows = 1048576; // Excel's last row

// "C5" → 2; -1 when the reference does not start with 1–3 column letters within XFD.
int columnFromReference(QStringView reference)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size(); ++i) {
        const char16_t c = reference[i].unicode();
        const bool upper = c >= u'A' && c <= u'Z';
        const bool lower = c >= u'a' && c <= u'z';
        if (!upper && !lower)
            break;
        column = column * 26 + (upper ? c - u'A' : c - u'a') + 1;
        if (column > kMaxColumns)
            return -1;
    }
    return i == 0 ? -1 : column - 1;
}

bool allEmpty(const QStringList &cells)
{
    return std::all_of(cells.cbegin(), cells.cend(), [](const QString &c) { return c.isEmpty(); });
}

void trimTrailingEmpty(QStringList &cells, QList<bool> &numeric, qsizetype keep)
{
    while (cells.size() > keep && cells.constLast().isEmpty()) {
        cells.removeLast();
        numeric.removeLast();
    }
}

} // namespace

XlsxReader::XlsxReader() = default;
XlsxReader::~XlsxReader() = default;

Result<std::unique_ptr<XlsxReader>> XlsxReader::open(const QString &path, const QString &sheet, const XlsxLimits &limits)
{
    std::unique_ptr<XlsxReader> reader(new XlsxReader);
    reader->m_limits = limits;
    if (auto opened = reader->openArchive(path, sheet); !opened)
        return opened.error();
    while (reader->readRow(reader->m_raw)) {
        if (allEmpty(reader->m_raw.cells))
            continue;
        reader->m_header = reader->m_raw.cells;
        trimTrailingEmpty(reader->m_header, reader->m_raw.numeric, 0);
        reader->m_headerRow = reader->m_raw.index;
        return reader;
    }
    if (reader->m_fatal)
        return *reader->m_fatal;
    return makeError(QStringLiteral("io.empty"),
                     QCoreApplication::translate("XlsxReader", "Sheet \"%1\" of \"%2\" has no header row").arg(reader->m_sheetName, path));
}

Result<void> XlsxReader::openArchive(const QString &path, const QString &sheet)
{
    if (!QFileInfo(path).isReadable()) {
        return makeError(QStringLiteral("io.open"), QCoreApplication::translate("XlsxReader", "Cannot open \"%1\"").arg(path));
    }
    m_zip = std::make_unique<QuaZip>(path);
    if (!m_zip->open(QuaZip::mdUnzip)) {
        return makeError(QStringLiteral("io.format"),
                         QCoreApplication::translate("XlsxReader", "\"%1\" is not an XLSX file (it cannot be read "
                                                                   "as a zip archive)")
                             .arg(path));
    }
    // Entry count comes from the end-of-directory record, before the directory is walked.
    const int entries = m_zip->getEntriesCount();
    if (entries > m_limits.maxEntries) {
        return makeError(QStringLiteral("io.xlsx_limits"),
                         QCoreApplication::translate("XlsxReader", "\"%1\" has %2 zip entries; at most %3 are "
                                                                   "accepted (possible zip bomb)")
                             .arg(path)
                             .arg(entries)
                             .arg(m_limits.maxEntries));
    }
    qint64 total = 0;
    const auto infos = m_zip->getFileInfoList64();
    for (const auto &info : infos) {
        const auto size = qint64(info.uncompressedSize);
        total += size;
        const bool ratio = size > m_limits.ratioThreshold && size > m_limits.maxRatio * qMax<qint64>(1, qint64(info.compressedSize));
        if (ratio || size > m_limits.maxSheetBytes || total > m_limits.maxTotalBytes) {
            return makeError(QStringLiteral("io.xlsx_limits"),
                             QCoreApplication::translate("XlsxReader", "\"%1\" would inflate to too much data "
                                                                       "(entry \"%2\": %3 bytes from %4 "
                                                                       "compressed); refusing it as a possible "
                                                                       "zip bomb")
                                 .arg(path, info.name)
                                 .arg(size)
                                 .arg(qint64(info.compressedSize)));
        }
    }

    if (auto loaded = m_workbook.load(m_zip.get(), m_limits); !loaded)
        return loaded.error();
    const auto &sheets = m_workbook.sheets();
    const XlsxWorkbook::Sheet *chosen = sheet.isEmpty() ? &sheets.first() : nullptr;
    for (const auto &s : sheets) {
        if (!chosen && s.name == sheet)
            chosen = &s;
    }
    for (const auto &s : sheets) {
        if (!chosen && s.name.compare(sheet, Qt::CaseInsensitive) == 0)
            chosen = &s;
    }
    if (!chosen) {
        return makeError(QStringLiteral("io.sheet_not_found"),
                         QCoreApplication::translate("XlsxReader", "\"%1\" has no sheet named \"%2\"; its sheets "
                                                                   "are: %3")
                             .arg(path, sheet, m_workbook.sheetNames().join(QCoreApplication::translate("XlsxReader", ", "))));
    }
    m_sheetName = chosen->name;
    if (auto loaded = m_workbook.loadSharedStrings(m_zip.get(), m_limits); !loaded)
        return loaded.error();
    return m_stream.open(m_zip.get(), chosen->path, m_limits.maxSheetBytes, m_limits);
}

bool XlsxReader::next(TableRow &row)
{
    while (!m_fatal && !m_done) {
        if (!readRow(m_raw)) {
            m_done = true;
            return false;
        }
        if (m_raw.problem.isEmpty() && allEmpty(m_raw.cells))
            continue;
        row.number = m_raw.index - m_headerRow;
        row.cells = m_raw.cells;
        row.numeric = m_raw.numeric;
        trimTrailingEmpty(row.cells, row.numeric, m_header.size());
        while (row.cells.size() < m_header.size()) {
            row.cells.append(QString());
            row.numeric.append(false);
        }
        row.error = m_raw.problem.isEmpty() ? QString()
                                            : QCoreApplication::translate("XlsxReader", "row %1 (spreadsheet row %2): %3")
                                                  .arg(row.number)
                                                  .arg(m_raw.index)
                                                  .arg(m_raw.problem);
        return true;
    }
    return false;
}

bool XlsxReader::readRow(RawRow &row)
{
    for (;;) {
        const auto token = m_stream.readNext();
        if (token == QXmlStreamReader::Invalid) {
            setFatal(*m_stream.error());
            return false;
        }
        if (token == QXmlStreamReader::EndDocument)
            return false;
        const auto name = m_stream.xml().name();
        if (token == QXmlStreamReader::EndElement && name == QLatin1String("sheetData"))
            return false;
        if (token == QXmlStreamReader::StartElement && name == QLatin1String("row"))
            break;
    }
    const auto reference = m_stream.xml().attributes().value(QLatin1String("r"));
    bool ok = true;
    row.index = reference.isEmpty() ? m_lastRow + 1 : reference.toLongLong(&ok);
    if (!ok || row.index < 1 || row.index > kMaxRows) {
        setFatal(makeError(QStringLiteral("io.format"), QCoreApplication::translate("XlsxReader", "Sheet \"%1\": \"%2\" is not a valid row "
                                                                                                  "number (after row %3)")
                                                            .arg(m_sheetName, reference.toString())
                                                            .arg(m_lastRow)));
        return false;
    }
    m_lastRow = row.index;
    row.cells.clear();
    row.numeric.clear();
    row.problem.clear();
    int lastColumn = -1;
    for (;;) {
        const auto token = m_stream.readNext();
        if (token == QXmlStreamReader::Invalid) {
            setFatal(*m_stream.error());
            return false;
        }
        if (token == QXmlStreamReader::EndElement && m_stream.xml().name() == QLatin1String("row"))
            return true;
        if (token == QXmlStreamReader::StartElement) {
            if (m_stream.xml().name() != QLatin1String("c"))
                m_stream.skipElement();
            else if (!readCell(row, &lastColumn))
                return false;
        }
    }
}

bool XlsxReader::readCell(RawRow &row, int *lastColumn)
{
    const auto attributes = m_stream.xml().attributes();
    const QString reference = attributes.value(QLatin1String("r")).toString();
    const QString type = attributes.value(QLatin1String("t")).toString();
    const int column = reference.isEmpty() ? *lastColumn + 1 : columnFromReference(reference);
    if (column < 0 || column >= kMaxColumns) {
        setFatal(
            makeError(QStringLiteral("io.format"), QCoreApplication::translate("XlsxReader", "Sheet \"%1\", row %2: \"%3\" is not a valid "
                                                                                             "cell reference")
                                                       .arg(m_sheetName)
                                                       .arg(row.index)
                                                       .arg(reference)));
        return false;
    }
    *lastColumn = column;

    QString value;
    QString inlineText;
    bool hasValue = false;
    for (;;) {
        const auto token = m_stream.readNext();
        if (token == QXmlStreamReader::Invalid) {
            setFatal(*m_stream.error());
            return false;
        }
        const auto name = m_stream.xml().name();
        if (token == QXmlStreamReader::EndElement && name == QLatin1String("c"))
            break;
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (name == QLatin1String("v")) {
            value = m_stream.readText();
            hasValue = true;
        } else if (name == QLatin1String("t")) { // inside <is>, possibly inside a run <r>
            inlineText += m_stream.readText();
        } else if (name == QLatin1String("f") || name == QLatin1String("rPh") || name == QLatin1String("extLst")) {
            m_stream.skipElement();
        } // <is> and <r> are descended into
    }

    QString text;
    bool numeric = false;
    if (type == QLatin1String("s")) {
        bool ok = false;
        const qsizetype index = value.trimmed().toLongLong(&ok);
        const auto &strings = m_workbook.sharedStrings();
        if (ok && index >= 0 && index < strings.size()) {
            text = strings.at(index);
        } else if (row.problem.isEmpty()) {
            row.problem = QCoreApplication::translate("XlsxReader", "cell %1 refers to shared string \"%2\", "
                                                                    "which does not exist")
                              .arg(reference, value);
        }
    } else if (type == QLatin1String("inlineStr")) {
        text = inlineText;
    } else if (type == QLatin1String("b")) {
        text = !hasValue ? QString() : value.trimmed() == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    } else if (type.isEmpty() || type == QLatin1String("n")) {
        text = value.trimmed();
        numeric = !text.isEmpty();
    } else { // "str" (formula result), "e" (#N/A …), "d" (ISO 8601 date)
        text = value;
    }
    if (row.cells.size() <= column) {
        row.cells.resize(column + 1);
        row.numeric.resize(column + 1, false);
    }
    row.cells[column] = text;
    row.numeric[column] = numeric;
    return true;
}

void XlsxReader::setFatal(const Error &error)
{
    if (!m_fatal)
        m_fatal = error;
}

} // namespace shoulou::io
