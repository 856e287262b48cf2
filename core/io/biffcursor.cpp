#include "io/biffcursor.h"

#include <QtEndian>

#include <cstring>

namespace shoulou::io {

namespace {

constexpr quint8 kHighByte = 0x01; // characters are UTF-16, not compressed
constexpr quint8 kExtSt = 0x04;    // phonetic (Far East) data follows the text
constexpr quint8 kRichSt = 0x08;   // rich-text formatting runs follow the text

} // namespace

BiffCursor::BiffCursor(const QList<QByteArrayView> &parts)
    : m_parts(parts)
{}

bool BiffCursor::ensureByte()
{
    if (m_failed)
        return false;
    while (m_part < m_parts.size() && m_at >= m_parts.at(m_part).size()) {
        ++m_part;
        m_at = 0;
    }
    if (m_part >= m_parts.size()) {
        m_failed = true;
        return false;
    }
    return true;
}

quint8 BiffCursor::u8()
{
    if (!ensureByte())
        return 0;
    return quint8(m_parts.at(m_part)[m_at++]);
}

quint16 BiffCursor::u16()
{
    const quint16 lo = u8();
    return quint16(lo | (quint16(u8()) << 8));
}

quint32 BiffCursor::u32()
{
    const quint32 lo = u16();
    return lo | (quint32(u16()) << 16);
}

double BiffCursor::f64()
{
    const quint64 lo = u32();
    const quint64 bits = lo | (quint64(u32()) << 32);
    double v = 0;
    std::memcpy(&v, &bits, sizeof v);
    return v;
}

void BiffCursor::skip(qint64 bytes)
{
    while (bytes > 0 && ensureByte()) {
        const qint64 step = qMin<qint64>(bytes, m_parts.at(m_part).size() - m_at);
        m_at += step;
        bytes -= step;
    }
}

qint64 BiffCursor::remaining() const
{
    if (m_part >= m_parts.size())
        return 0;
    qint64 n = m_parts.at(m_part).size() - m_at;
    for (qsizetype i = m_part + 1; i < m_parts.size(); ++i)
        n += m_parts.at(i).size();
    return n;
}

void BiffCursor::readCharacters(qsizetype count, bool wide, QString &out)
{
    out.reserve(count);
    while (count > 0 && !m_failed) {
        if (m_at >= m_parts.at(m_part).size()) {
            // The characters go on in the next CONTINUE part, behind a new option byte.
            if (m_part + 1 >= m_parts.size()) {
                m_failed = true;
                return;
            }
            ++m_part;
            m_at = 0;
            wide = (u8() & kHighByte) != 0;
            continue;
        }
        const QByteArrayView part = m_parts.at(m_part);
        const qsizetype available = (part.size() - m_at) / (wide ? 2 : 1);
        if (available == 0) { // half a UTF-16 character at the end of a part
            m_failed = true;
            return;
        }
        const qsizetype n = qMin(count, available);
        const char *p = part.data() + m_at;
        for (qsizetype i = 0; i < n; ++i)
            out.append(wide ? QChar(qFromLittleEndian<quint16>(p + 2 * i)) : QChar(quint8(p[i])));
        m_at += n * (wide ? 2 : 1);
        count -= n;
    }
}

QString BiffCursor::string(int lengthBytes)
{
    const qsizetype count = lengthBytes == 1 ? u8() : u16();
    const quint8 flags = u8();
    const quint16 runs = (flags & kRichSt) ? u16() : 0;
    const quint32 phonetic = (flags & kExtSt) ? u32() : 0;
    QString out;
    if (m_failed)
        return out;
    // A header that ends a part is followed by the option byte in the next one, as when the
    // text breaks off (LibreOffice and xlrd read it so; writers keep header and first
    // character together anyway).
    readCharacters(count, (flags & kHighByte) != 0, out);
    skip(qint64(runs) * 4);
    skip(phonetic);
    return out;
}

} // namespace shoulou::io
