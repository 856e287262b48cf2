#include "io/xlsxentrystream.h"

#include <QCoreApplication>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

namespace shoulou::io {

namespace {

constexpr qint64 kChunkBytes = 64 * 1024;

QString limitsMessage(const QString &name, qint64 bytes, qint64 compressed, qint64 cap, qint64 ratio)
{
    if (bytes > cap) {
        return QCoreApplication::translate("XlsxEntryStream", "The part \"%1\" of this XLSX file inflates to more than "
                                                              "%2 MiB; refusing it as a possible zip bomb")
            .arg(name)
            .arg(cap >> 20);
    }
    return QCoreApplication::translate("XlsxEntryStream", "The part \"%1\" of this XLSX file is compressed more than "
                                                          "%2:1 (%3 bytes from %4); refusing it as a possible zip bomb")
        .arg(name)
        .arg(ratio)
        .arg(bytes)
        .arg(compressed);
}

} // namespace

XlsxEntryStream::XlsxEntryStream() = default;

XlsxEntryStream::~XlsxEntryStream()
{
    if (m_file && m_file->isOpen())
        m_file->close();
}

Result<void> XlsxEntryStream::open(QuaZip *zip, const QString &name, qint64 maxBytes, const XlsxLimits &limits)
{
    m_name = name;
    m_limits = limits;
    m_maxBytes = maxBytes;
    if (!zip->setCurrentFile(name, QuaZip::csInsensitive)) {
        return makeError(QStringLiteral("io.format"),
                         QCoreApplication::translate("XlsxEntryStream", "This XLSX file has no part \"%1\"").arg(name));
    }
    QuaZipFileInfo64 info;
    zip->getCurrentFileInfo(&info);
    m_declaredSize = qint64(info.uncompressedSize);
    m_compressedSize = qint64(info.compressedSize);
    // First the claims in the header, then (in feed()) the bytes that really come out.
    if (m_declaredSize > maxBytes ||
        (m_declaredSize > limits.ratioThreshold && m_declaredSize > limits.maxRatio * qMax<qint64>(1, m_compressedSize))) {
        return makeError(QStringLiteral("io.xlsx_limits"),
                         limitsMessage(name, m_declaredSize, m_compressedSize, maxBytes, limits.maxRatio));
    }
    m_file = std::make_unique<QuaZipFile>(zip);
    if (!m_file->open(QIODevice::ReadOnly)) {
        return makeError(QStringLiteral("io.format"),
                         QCoreApplication::translate("XlsxEntryStream", "Cannot decompress the part \"%1\" of this "
                                                                        "XLSX file")
                             .arg(name));
    }
    return {};
}

bool XlsxEntryStream::feed()
{
    QByteArray chunk(kChunkBytes, Qt::Uninitialized);
    const qint64 n = m_file->read(chunk.data(), kChunkBytes);
    if (n == 0) {
        m_eof = true;
        return true;
    }
    if (n < 0) {
        fail(QStringLiteral("io.format"),
             QCoreApplication::translate("XlsxEntryStream", "Cannot decompress the part \"%1\" of this XLSX file").arg(m_name));
        return false;
    }
    chunk.truncate(n);
    m_inflated += n;
    if (m_inflated > m_maxBytes || m_inflated > m_declaredSize ||
        (m_inflated > m_limits.ratioThreshold && m_inflated > m_limits.maxRatio * qMax<qint64>(1, m_compressedSize))) {
        fail(QStringLiteral("io.xlsx_limits"),
             m_inflated > m_declaredSize && m_inflated <= m_maxBytes
                 ? QCoreApplication::translate("XlsxEntryStream", "The part \"%1\" of this XLSX file inflates to more "
                                                                  "bytes than its zip header declares")
                       .arg(m_name)
                 : limitsMessage(m_name, m_inflated, m_compressedSize, m_maxBytes, m_limits.maxRatio));
        return false;
    }
    m_xml.addData(chunk);
    return true;
}

QXmlStreamReader::TokenType XlsxEntryStream::readNext()
{
    while (!m_error) {
        const auto token = m_xml.readNext();
        if (token == QXmlStreamReader::DTD) {
            fail(QStringLiteral("io.xlsx_limits"),
                 QCoreApplication::translate("XlsxEntryStream", "The part \"%1\" of this XLSX file declares a DTD or "
                                                                "entities; refusing it (XML entity bomb protection)")
                     .arg(m_name));
            break;
        }
        if (token != QXmlStreamReader::Invalid)
            return token;
        if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError && !m_eof) {
            if (!feed())
                break;
            continue;
        }
        if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError) {
            fail(QStringLiteral("io.format"),
                 QCoreApplication::translate("XlsxEntryStream", "The part \"%1\" of this XLSX file ends too early "
                                                                "(truncated, or its zip header is wrong)")
                     .arg(m_name));
            break;
        }
        fail(QStringLiteral("io.format"),
             QCoreApplication::translate("XlsxEntryStream", "The part \"%1\" of this XLSX file is not well-formed XML: "
                                                            "%2 (line %3)")
                 .arg(m_name, m_xml.errorString())
                 .arg(m_xml.lineNumber()));
    }
    return QXmlStreamReader::Invalid;
}

QString XlsxEntryStream::readText()
{
    QString text;
    int depth = 1;
    while (depth > 0) {
        switch (readNext()) {
        case QXmlStreamReader::Characters:
            text += m_xml.text();
            break;
        case QXmlStreamReader::StartElement:
            ++depth;
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        case QXmlStreamReader::Invalid:
        case QXmlStreamReader::EndDocument:
            return text;
        default:
            break;
        }
    }
    return text;
}

void XlsxEntryStream::skipElement()
{
    int depth = 1;
    while (depth > 0) {
        const auto token = readNext();
        if (token == QXmlStreamReader::StartElement)
            ++depth;
        else if (token == QXmlStreamReader::EndElement)
            --depth;
        else if (token == QXmlStreamReader::Invalid || token == QXmlStreamReader::EndDocument)
            return;
    }
}

void XlsxEntryStream::fail(const QString &code, const QString &message)
{
    if (!m_error)
        m_error = makeError(code, message);
}

} // namespace shoulou::io
