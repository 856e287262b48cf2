#include "xlsxtablewriter.h"

#include <QCoreApplication>
#include <QFile>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

namespace shoulou::io {

namespace {

QString partPath(const QString &path)
{
    return path + QStringLiteral(".part");
}

// XML 1.0 text: escape markup, drop control characters XML cannot carry at all.
QByteArray xmlText(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar c : s) {
        const ushort u = c.unicode();
        if (u < 0x20 && u != 0x09 && u != 0x0A && u != 0x0D)
            continue;
        if (u == 0xFFFE || u == 0xFFFF)
            continue;
        switch (u) {
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '"':
            out += QLatin1String("&quot;");
            break;
        default:
            out += c;
        }
    }
    return out.toUtf8();
}

const char *const kContentTypes =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>)";
const char *const kRootRels =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>)";
const char *const kWorkbookRels =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>)";

} // namespace

XlsxTableWriter::XlsxTableWriter() = default;

XlsxTableWriter::~XlsxTableWriter()
{
    if (m_zip) { // not closed: an abandoned export leaves no file behind
        m_sheet.reset();
        m_zip->close();
        m_zip.reset();
        QFile::remove(partPath(m_path));
    }
}

QString XlsxTableWriter::columnName(int index)
{
    QString name;
    for (int n = index + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar('A' + (n - 1) % 26));
    return name;
}

Result<void> XlsxTableWriter::fail(const QString &what)
{
    return makeError(QStringLiteral("export.write"), QCoreApplication::translate("TableWriter", "Cannot write %1: %2").arg(m_path, what));
}

Result<void> XlsxTableWriter::writeEntry(const QString &name, const QByteArray &content)
{
    QuaZipFile f(m_zip.get());
    if (!f.open(QIODevice::WriteOnly, QuaZipNewInfo(name)) || f.write(content) != content.size())
        return fail(name);
    f.close();
    return f.getZipError() == ZIP_OK ? Result<void>() : fail(name);
}

Result<void> XlsxTableWriter::open(const QString &path, const QString &sheetName)
{
    m_path = path;
    m_zip = std::make_unique<QuaZip>(partPath(path));
    if (!m_zip->open(QuaZip::mdCreate)) {
        m_zip.reset();
        return makeError(QStringLiteral("export.open"), QCoreApplication::translate("TableWriter", "Cannot write %1.").arg(path));
    }
    // Sheet names: at most 31 characters, none of []:*?/\ (Excel refuses the file otherwise).
    QString sheet = sheetName.isEmpty() ? QStringLiteral("Sheet1") : sheetName;
    for (const QChar bad : QStringLiteral("[]:*?/\\"))
        sheet.remove(bad);
    const QByteArray workbook = QByteArray(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name=")") +
                                xmlText(sheet.left(31)) + R"(" sheetId="1" r:id="rId1"/></sheets></workbook>)";
    for (const auto &[name, content] : {std::pair<QString, QByteArray>{QStringLiteral("[Content_Types].xml"), kContentTypes},
                                        {QStringLiteral("_rels/.rels"), kRootRels},
                                        {QStringLiteral("xl/workbook.xml"), workbook},
                                        {QStringLiteral("xl/_rels/workbook.xml.rels"), kWorkbookRels}})
        if (auto r = writeEntry(name, content); !r)
            return r;
    m_sheet = std::make_unique<QuaZipFile>(m_zip.get());
    if (!m_sheet->open(QIODevice::WriteOnly, QuaZipNewInfo(QStringLiteral("xl/worksheets/sheet1.xml"))))
        return fail(QStringLiteral("sheet1.xml"));
    m_sheet->write(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)");
    return {};
}

Result<void> XlsxTableWriter::writeRow(const QStringList &cells)
{
    if (m_row >= kMaxRows)
        return makeError(
            QStringLiteral("export.too_many_rows"),
            QCoreApplication::translate("TableWriter", "An Excel sheet holds at most %1 rows; export to CSV instead.").arg(kMaxRows));
    ++m_row;
    const QByteArray r = QByteArray::number(m_row);
    QByteArray xml = "<row r=\"" + r + "\">";
    for (int c = 0; c < cells.size(); ++c) {
        if (cells[c].isEmpty())
            continue;
        xml += "<c r=\"" + columnName(c).toLatin1() + r + "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">" + xmlText(cells[c]) +
               "</t></is></c>";
    }
    xml += "</row>";
    if (m_sheet->write(xml) != xml.size())
        return fail(QStringLiteral("sheet1.xml"));
    return {};
}

Result<void> XlsxTableWriter::close()
{
    m_sheet->write("</sheetData></worksheet>");
    m_sheet->close();
    const bool sheetOk = m_sheet->getZipError() == ZIP_OK;
    m_sheet.reset();
    m_zip->close();
    const bool zipOk = m_zip->getZipError() == ZIP_OK;
    m_zip.reset();
    if (!sheetOk || !zipOk) {
        QFile::remove(partPath(m_path));
        return fail(QStringLiteral("zip"));
    }
    QFile::remove(m_path);
    if (!QFile::rename(partPath(m_path), m_path))
        return fail(QStringLiteral("rename"));
    return {};
}

} // namespace shoulou::io
