#include "compactrows.h"

namespace shoulou::ui {

CompactRows::CompactRows()
{
    clear();
}
CompactRows::~CompactRows() = default;

void CompactRows::clear()
{
    m_chunks.clear();
    m_size = 0;
    m_codes = {QString()};
    m_codeIndex = {{QString(), 0}};
    m_oddIds.clear();
}

quint16 CompactRows::code(const QString &value)
{
    auto it = m_codeIndex.constFind(value);
    if (it != m_codeIndex.constEnd())
        return *it;
    const quint16 c = quint16(m_codes.size());
    m_codes << value;
    m_codeIndex.insert(value, c);
    return c;
}

void CompactRows::append(const customer::ListRow &r)
{
    if (m_size % kChunk == 0) {
        m_chunks.push_back(std::make_unique<Chunk>());
        m_chunks.back()->text.reserve(kChunk * 16);
    }
    Chunk &chunk = *m_chunks.back();
    Slot &s = chunk.cells[m_size % kChunk];
    s.id = QUuid::fromString(r.id);
    if (s.id.isNull() && !r.id.isEmpty())
        m_oddIds.insert(m_size, r.id);
    s.last = r.lastFollowUpAt;
    s.next = r.nextFollowUpAt;
    s.created = r.createdAt;
    const QString name = r.name.left(0xFFFF);
    s.nameAt = quint32(chunk.text.size());
    s.nameLength = quint16(name.size());
    chunk.text += name;
    const QString phone = r.maskedPhone.left(0xFF);
    s.phoneAt = quint32(chunk.text.size());
    s.phoneLength = quint8(phone.size());
    chunk.text += phone;
    s.grade = r.grade.isEmpty() ? 0 : char(r.grade.at(0).toLatin1());
    s.status = quint8(code(r.status));
    s.owner = code(r.ownerId);
    s.channel = code(r.firstChannelId);
    ++m_size;
}

customer::ListRow CompactRows::at(qsizetype i) const
{
    const Chunk &chunk = *m_chunks[size_t(i / kChunk)];
    const Slot &s = chunk.cells[i % kChunk];
    customer::ListRow r;
    r.id = idAt(i);
    r.name = chunk.text.mid(s.nameAt, s.nameLength);
    r.maskedPhone = chunk.text.mid(s.phoneAt, s.phoneLength);
    if (s.grade)
        r.grade = QString(QLatin1Char(s.grade));
    r.status = m_codes.at(s.status);
    r.ownerId = m_codes.at(s.owner);
    r.firstChannelId = m_codes.at(s.channel);
    r.lastFollowUpAt = s.last;
    r.nextFollowUpAt = s.next;
    r.createdAt = s.created;
    return r;
}

QString CompactRows::idAt(qsizetype i) const
{
    const QUuid &id = m_chunks[size_t(i / kChunk)]->cells[i % kChunk].id;
    return id.isNull() ? m_oddIds.value(i) : id.toString(QUuid::WithoutBraces);
}

qint64 CompactRows::nextFollowUpAt(qsizetype i) const
{
    return m_chunks[size_t(i / kChunk)]->cells[i % kChunk].next;
}

} // namespace shoulou::ui
