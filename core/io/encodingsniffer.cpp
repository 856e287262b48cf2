#include "io/encodingsniffer.h"

#include <cstring>

namespace shoulou::io {

namespace {

// Length of the valid UTF-8 sequence at p (n bytes available); 0 when invalid,
// -1 when valid so far but cut off by the end of the data.
int utf8SequenceLength(const unsigned char *p, qsizetype n)
{
    const unsigned char c = p[0];
    int len = 0;
    unsigned char lo = 0x80;
    unsigned char hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
    } else if (c == 0xE0) {
        len = 3;
        lo = 0xA0; // overlong
    } else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) {
        len = 3;
    } else if (c == 0xED) {
        len = 3;
        hi = 0x9F; // UTF-16 surrogates
    } else if (c == 0xF0) {
        len = 4;
        lo = 0x90; // overlong
    } else if (c >= 0xF1 && c <= 0xF3) {
        len = 4;
    } else if (c == 0xF4) {
        len = 4;
        hi = 0x8F; // above U+10FFFF
    } else {
        return 0;
    }
    for (int k = 1; k < len; ++k) {
        if (k >= n)
            return -1;
        const unsigned char t = p[k];
        if (t < (k == 1 ? lo : 0x80) || t > (k == 1 ? hi : 0xBF))
            return 0;
    }
    return len;
}

qsizetype nextAscii(const unsigned char *p, qsizetype i, qsizetype size)
{
    while (i < size && p[i] >= 0x80)
        ++i;
    return i;
}

} // namespace

qsizetype EncodingSniffer::utf8ErrorOffset(const char *data, qsizetype size, bool allowTruncatedTail)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data);
    qsizetype i = 0;
    while (i < size) {
        // Most CRM text is ASCII digits and punctuation: skip it eight bytes at a time.
        while (i + 8 <= size) {
            quint64 word;
            std::memcpy(&word, p + i, 8);
            if (word & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= size)
            break;
        if (p[i] < 0x80) {
            ++i;
            continue;
        }
        const int len = utf8SequenceLength(p + i, size - i);
        if (len < 0)
            return allowTruncatedTail ? -1 : i;
        if (len == 0)
            return i;
        i += len;
    }
    return -1;
}

int EncodingSniffer::utf8ErrorCount(const char *data, qsizetype size, bool atEof)
{
    int errors = 0;
    qsizetype from = 0;
    while (from < size) {
        const qsizetype bad = utf8ErrorOffset(data + from, size - from, !atEof);
        if (bad < 0)
            break;
        ++errors;
        // One damaged name is one error, however many bytes it has: resume at the next
        // ASCII byte, as gb18030ErrorCount() does, so the two counts stay comparable.
        from += bad + 1;
        while (from < size && static_cast<unsigned char>(data[from]) >= 0x80)
            ++from;
    }
    return errors;
}

int EncodingSniffer::gb18030ErrorCount(const char *data, qsizetype size, bool atEof)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data);
    int errors = 0;
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        if (c == 0x80 || c == 0xFF) {
            ++errors;
            i = nextAscii(p, i + 1, size);
            continue;
        }
        if (i + 1 >= size) {
            errors += atEof ? 1 : 0;
            break;
        }
        const unsigned char t = p[i + 1];
        if ((t >= 0x40 && t <= 0x7E) || (t >= 0x80 && t <= 0xFE)) {
            i += 2;
        } else if (t >= 0x30 && t <= 0x39) {
            if (i + 3 >= size) {
                errors += atEof ? 1 : 0;
                break;
            }
            if (p[i + 2] >= 0x81 && p[i + 2] <= 0xFE && p[i + 3] >= 0x30 && p[i + 3] <= 0x39) {
                i += 4;
            } else {
                ++errors;
                i = nextAscii(p, i + 1, size);
            }
        } else {
            ++errors;
            i = nextAscii(p, i + 1, size);
        }
    }
    return errors;
}

EncodingSniffer::Guess EncodingSniffer::detect(const QByteArray &sample, bool atEof)
{
    if (sample.startsWith("\xEF\xBB\xBF"))
        return {TextEncoding::Utf8Bom, 3};
    if (sample.startsWith("\xFF\xFE"))
        return {TextEncoding::Utf16Le, 2};
    if (sample.startsWith("\xFE\xFF"))
        return {TextEncoding::Utf16Be, 2};

    const int utf8Errors = utf8ErrorCount(sample.constData(), sample.size(), atEof);
    if (utf8Errors == 0)
        return {TextEncoding::Utf8, 0}; // includes pure ASCII
    const int gbErrors = gb18030ErrorCount(sample.constData(), sample.size(), atEof);
    // Ties go to UTF-8: a damaged UTF-8 file is more common than a damaged GB18030 one.
    if (gbErrors < utf8Errors)
        return {TextEncoding::Gb18030, 0};
    return {TextEncoding::Utf8, 0};
}

QString EncodingSniffer::displayName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Utf8Bom:
        return QStringLiteral("UTF-8 (BOM)");
    case TextEncoding::Gb18030:
        return QStringLiteral("GB18030");
    case TextEncoding::Utf16Le:
        return QStringLiteral("UTF-16LE");
    case TextEncoding::Utf16Be:
        return QStringLiteral("UTF-16BE");
    }
    return {};
}

} // namespace shoulou::io
