#pragma once

#include "io/xlsxlimits.h"
#include "util/result.h"

#include <QXmlStreamReader>

#include <memory>
#include <optional>

class QuaZip;
class QuaZipFile;

namespace shoulou::io {

// One XML part of an XLSX archive, inflated 64 KiB at a time and fed to QXmlStreamReader,
// so a sheet is never held in memory. It counts the bytes actually inflated, because the
// sizes in a zip header are only claims, and it refuses any DTD: entity declarations are the
// "billion laughs" vector and no OOXML part needs one.
class XlsxEntryStream final {
public:
    XlsxEntryStream();
    ~XlsxEntryStream();
    XlsxEntryStream(const XlsxEntryStream &) = delete;
    XlsxEntryStream &operator=(const XlsxEntryStream &) = delete;

    // Opens `name` (case-insensitive) inside `zip`; at most `maxBytes` may be inflated.
    Result<void> open(QuaZip *zip, const QString &name, qint64 maxBytes, const XlsxLimits &limits);

    // Like QXmlStreamReader::readNext(), refilling as needed; Invalid on any error.
    QXmlStreamReader::TokenType readNext();
    // Text content of the current element up to its end tag (nested text included).
    QString readText();
    // Skips to the end of the current element.
    void skipElement();

    QXmlStreamReader &xml() { return m_xml; }
    const std::optional<Error> &error() const { return m_error; }
    QString name() const { return m_name; }
    qint64 position() const { return m_inflated; }
    qint64 size() const { return m_declaredSize; }

private:
    bool feed();
    void fail(const QString &code, const QString &message);

    std::unique_ptr<QuaZipFile> m_file;
    QXmlStreamReader m_xml;
    QString m_name;
    XlsxLimits m_limits;
    qint64 m_maxBytes = 0;
    qint64 m_declaredSize = 0;
    qint64 m_compressedSize = 0;
    qint64 m_inflated = 0;
    bool m_eof = false;
    std::optional<Error> m_error;
};

} // namespace shoulou::io
