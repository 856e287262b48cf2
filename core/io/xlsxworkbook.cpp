#include "io/xlsxworkbook.h"

#include "io/xlsxentrystream.h"

#include <QCoreApplication>
#include <QDir>

#include <quazip/quazip.h>

namespace shoulou::io {

namespace {

bool partExists(QuaZip *zip, const QString &name)
{
    return zip->setCurrentFile(name, QuaZip::csInsensitive);
}

// Strict OOXML uses purl.oclc.org namespaces, transitional uses schemas.openxmlformats.org;
// match the relationship-id attribute by local name and a namespace that mentions it.
QString relationshipId(const QXmlStreamAttributes &attributes)
{
    for (const auto &a : attributes) {
        if (a.name() == QLatin1String("id") && a.namespaceUri().contains(QLatin1String("relationships")))
            return a.value().toString();
    }
    return {};
}

} // namespace

QString XlsxWorkbook::resolveTarget(const QString &sourcePart, const QString &target)
{
    if (target.startsWith(QLatin1Char('/')))
        return QDir::cleanPath(target.mid(1));
    const qsizetype slash = sourcePart.lastIndexOf(QLatin1Char('/'));
    const QString folder = slash < 0 ? QString() : sourcePart.left(slash + 1);
    return QDir::cleanPath(folder + target);
}

Result<QList<XlsxWorkbook::Relationship>> XlsxWorkbook::readRelationships(QuaZip *zip, const QString &part, const XlsxLimits &limits)
{
    QList<Relationship> relationships;
    XlsxEntryStream stream;
    if (auto opened = stream.open(zip, part, limits.maxOtherPartBytes, limits); !opened)
        return opened.error();
    for (;;) {
        const auto token = stream.readNext();
        if (token == QXmlStreamReader::Invalid)
            return *stream.error();
        if (token == QXmlStreamReader::EndDocument)
            break;
        if (token == QXmlStreamReader::StartElement && stream.xml().name() == QLatin1String("Relationship")) {
            const auto attributes = stream.xml().attributes();
            relationships.append({attributes.value(QLatin1String("Id")).toString(), attributes.value(QLatin1String("Type")).toString(),
                                  attributes.value(QLatin1String("Target")).toString()});
        }
    }
    return relationships;
}

Result<void> XlsxWorkbook::load(QuaZip *zip, const XlsxLimits &limits)
{
    // The package relationships name the workbook; fall back to the usual place.
    QString workbookPath = QStringLiteral("xl/workbook.xml");
    if (partExists(zip, QStringLiteral("_rels/.rels"))) {
        auto rels = readRelationships(zip, QStringLiteral("_rels/.rels"), limits);
        if (!rels)
            return rels.error();
        for (const auto &r : rels.value()) {
            if (r.type.endsWith(QLatin1String("/officeDocument")))
                workbookPath = resolveTarget(QString(), r.target);
        }
    }
    const QString relsPath = resolveTarget(workbookPath, QStringLiteral("_rels/")) + QLatin1Char('/') +
                             workbookPath.section(QLatin1Char('/'), -1) + QStringLiteral(".rels");
    QList<Relationship> workbookRels;
    if (partExists(zip, relsPath)) {
        auto rels = readRelationships(zip, relsPath, limits);
        if (!rels)
            return rels.error();
        workbookRels = rels.value();
    }
    m_sharedStringsPath.clear();
    for (const auto &r : workbookRels) {
        if (r.type.endsWith(QLatin1String("/sharedStrings")))
            m_sharedStringsPath = resolveTarget(workbookPath, r.target);
    }

    XlsxEntryStream stream;
    if (auto opened = stream.open(zip, workbookPath, limits.maxOtherPartBytes, limits); !opened)
        return opened.error();
    m_sheets.clear();
    for (;;) {
        const auto token = stream.readNext();
        if (token == QXmlStreamReader::Invalid)
            return *stream.error();
        if (token == QXmlStreamReader::EndDocument)
            break;
        if (token != QXmlStreamReader::StartElement || stream.xml().name() != QLatin1String("sheet"))
            continue;
        const auto attributes = stream.xml().attributes();
        const QString id = relationshipId(attributes);
        QString path;
        for (const auto &r : workbookRels) {
            if (r.id == id)
                path = resolveTarget(workbookPath, r.target);
        }
        m_sheets.append({attributes.value(QLatin1String("name")).toString(), path});
    }
    if (m_sheets.isEmpty()) {
        return makeError(QStringLiteral("io.format"), QCoreApplication::translate("XlsxWorkbook", "This XLSX file lists no worksheets"));
    }
    return {};
}

Result<void> XlsxWorkbook::loadSharedStrings(QuaZip *zip, const XlsxLimits &limits)
{
    m_sharedStrings.clear();
    const QString path = m_sharedStringsPath.isEmpty() ? QStringLiteral("xl/sharedStrings.xml") : m_sharedStringsPath;
    if (!partExists(zip, path))
        return {}; // only inline strings and numbers; a cell that needs one reports it
    XlsxEntryStream stream;
    if (auto opened = stream.open(zip, path, limits.maxSharedStringsBytes, limits); !opened)
        return opened.error();
    // <si> holds either <t> or rich-text runs <r><t/></r>; <rPh> phonetic guides are not
    // part of the value and are skipped.
    QString current;
    bool inItem = false;
    for (;;) {
        const auto token = stream.readNext();
        if (token == QXmlStreamReader::Invalid)
            return *stream.error();
        if (token == QXmlStreamReader::EndDocument)
            break;
        const auto name = stream.xml().name();
        if (token == QXmlStreamReader::StartElement) {
            if (name == QLatin1String("si")) {
                inItem = true;
                current.clear();
            } else if (inItem && name == QLatin1String("t")) {
                current += stream.readText();
            } else if (name == QLatin1String("rPh")) {
                stream.skipElement();
            }
        } else if (token == QXmlStreamReader::EndElement && name == QLatin1String("si")) {
            m_sharedStrings.append(current);
            inItem = false;
        }
        if (stream.error())
            return *stream.error();
    }
    return {};
}

QStringList XlsxWorkbook::sheetNames() const
{
    QStringList names;
    for (const auto &sheet : m_sheets)
        names.append(sheet.name);
    return names;
}

} // namespace shoulou::io
