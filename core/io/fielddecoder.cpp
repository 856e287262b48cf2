#include "io/fielddecoder.h"

#include "io/encodingsniffer.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>

#include <cstring>

namespace shoulou::io {

namespace {

bool isAscii(const char *data, qsizetype size)
{
    qsizetype i = 0;
    for (; i + 8 <= size; i += 8) {
        quint64 word;
        std::memcpy(&word, data + i, 8);
        if (word & 0x8080808080808080ULL)
            return false;
    }
    for (; i < size; ++i) {
        if (static_cast<unsigned char>(data[i]) >= 0x80)
            return false;
    }
    return true;
}

} // namespace

FieldDecoder::FieldDecoder(Kind kind)
    : m_kind(kind)
{
    if (kind == Kind::Gb18030) {
        UErrorCode status = U_ZERO_ERROR;
        m_converter = ucnv_open("GB18030", &status);
        if (U_FAILURE(status)) {
            m_converter = nullptr;
            return;
        }
        // STOP instead of the default substitution callback: we want to know, not to guess.
        ucnv_setToUCallBack(m_converter, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    }
}

FieldDecoder::~FieldDecoder()
{
    if (m_converter)
        ucnv_close(m_converter);
}

bool FieldDecoder::isValid() const
{
    return m_kind == Kind::Utf8 || m_converter != nullptr;
}

bool FieldDecoder::decode(const char *data, qsizetype size, QString *out, qsizetype *errorOffset)
{
    if (isAscii(data, size)) { // both encodings are ASCII-compatible; Latin-1 is the fast path
        *out = QString::fromLatin1(data, size);
        return true;
    }
    if (m_kind == Kind::Gb18030)
        return decodeGb18030(data, size, out, errorOffset);
    const qsizetype bad = EncodingSniffer::utf8ErrorOffset(data, size, false);
    if (bad >= 0) {
        *errorOffset = bad;
        return false;
    }
    *out = QString::fromUtf8(data, size);
    return true;
}

bool FieldDecoder::decodeGb18030(const char *data, qsizetype size, QString *out, qsizetype *errorOffset)
{
    // Every GB18030 sequence yields at most one UTF-16 unit per input byte.
    out->resize(size);
    auto *target = reinterpret_cast<UChar *>(out->data());
    UChar *const targetStart = target;
    const char *source = data;
    UErrorCode status = U_ZERO_ERROR;
    ucnv_reset(m_converter);
    ucnv_toUnicode(m_converter, &target, targetStart + size, &source, data + size, nullptr, true, &status);
    if (U_FAILURE(status)) {
        // With the STOP callback `source` points just past the offending bytes.
        char invalid[32];
        int8_t invalidLength = sizeof invalid;
        UErrorCode st = U_ZERO_ERROR;
        ucnv_getInvalidChars(m_converter, invalid, &invalidLength, &st);
        if (U_FAILURE(st))
            invalidLength = 1;
        *errorOffset = qMax<qsizetype>(0, (source - data) - invalidLength);
        ucnv_reset(m_converter);
        out->clear();
        return false;
    }
    out->truncate(target - targetStart);
    return true;
}

} // namespace shoulou::io
