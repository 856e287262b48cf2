#include "io/biffrecordstream.h"

#include <QtEndian>

namespace shoulou::io {

BiffRecordStream::BiffRecordStream(const QByteArray &stream, qsizetype offset)
    : m_stream(stream)
    , m_at(offset)
{
    m_damaged = offset < 0 || offset > stream.size();
}

bool BiffRecordStream::peekHeader(quint16 &type, quint16 &size)
{
    if (m_at + 4 > m_stream.size())
        return false;
    type = qFromLittleEndian<quint16>(m_stream.constData() + m_at);
    size = qFromLittleEndian<quint16>(m_stream.constData() + m_at + 2);
    return m_at + 4 + size <= m_stream.size();
}

bool BiffRecordStream::next(BiffRecord &record)
{
    if (m_damaged)
        return false;
    quint16 type = 0, size = 0;
    if (m_at >= m_stream.size())
        return false;
    if (!peekHeader(type, size)) {
        m_damaged = true;
        return false;
    }
    record.type = type;
    record.offset = m_at;
    record.parts.clear();
    record.parts.append(QByteArrayView(m_stream.constData() + m_at + 4, size));
    m_at += 4 + size;
    while (peekHeader(type, size) && type == kContinue) {
        record.parts.append(QByteArrayView(m_stream.constData() + m_at + 4, size));
        m_at += 4 + size;
    }
    return true;
}

} // namespace shoulou::io
