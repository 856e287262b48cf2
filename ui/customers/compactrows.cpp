#include "compactrows.h"

#include <cstring>

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
    m_index.clear();
    m_oldIndex.clear();
    m_migrateNext = m_migrateEnd = 0;
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
    write(s, chunk, r);
    ++m_size;
    if (m_index.size() < size_t(m_size) * 2) {
        // Grow without a pause: a rebuild of a million entries at once stalled the GUI thread
        // for ~100 ms while scrolling. The new table starts with the new row; the rows already
        // stored move over a few per append, and lookups check the old table meanwhile.
        if (m_migrateNext < m_migrateEnd) // (a growth still under way: finish it first)
            while (m_migrateNext < m_migrateEnd)
                index(m_migrateNext++);
        m_oldIndex = std::move(m_index);
        size_t capacity = 1024;
        while (capacity < size_t(m_size) * 4)
            capacity *= 2;
        m_index = Index();
        m_index.resize(capacity); // zeros from calloc, no memset
        m_migrateNext = 0;
        m_migrateEnd = m_size - 1;
    }
    index(m_size - 1);
    for (int k = 0; k < 4 && m_migrateNext < m_migrateEnd; ++k)
        index(m_migrateNext++);
    if (m_migrateNext >= m_migrateEnd && !m_oldIndex.empty()) {
        m_oldIndex = {};
        m_migrateNext = m_migrateEnd = 0;
    }
}

void CompactRows::write(Slot &s, Chunk &chunk, const customer::ListRow &r)
{
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
}

quint64 CompactRows::hashOf(const QUuid &id)
{
    // A UUIDv7's last 8 bytes are random; its first 8 a time stamp: fold both and mix.
    quint64 lo = 0;
    std::memcpy(&lo, id.data4, 8);
    const quint64 hi = (quint64(id.data1) << 32) | (quint64(id.data2) << 16) | id.data3;
    return (lo ^ (hi * 0x9E3779B97F4A7C15ULL)) * 0xBF58476D1CE4E5B9ULL;
}

void CompactRows::index(qsizetype i)
{
    const Slot &s = m_chunks[size_t(i / kChunk)]->cells[i % kChunk];
    if (s.id.isNull())
        return; // odd ids are found by indexOf's fallback
    const size_t mask = m_index.size() - 1;
    size_t at = size_t(hashOf(s.id) >> 17) & mask;
    while (m_index[at] != 0)
        at = (at + 1) & mask;
    m_index[at] = quint32(i + 1);
}

void CompactRows::reindex()
{
    m_oldIndex = {};
    m_migrateNext = m_migrateEnd = 0;
    size_t capacity = 1024;
    while (capacity < size_t(m_size) * 2 + 2)
        capacity *= 2;
    m_index = Index();
    m_index.resize(capacity * (m_size > 0 ? 2 : 1)); // room to grow before the next rebuild
    for (qsizetype i = 0; i < m_size; ++i)
        index(i);
}

qsizetype CompactRows::indexOf(const QString &id) const
{
    const QUuid uuid = QUuid::fromString(id);
    if (uuid.isNull()) {
        for (auto it = m_oddIds.begin(); it != m_oddIds.end(); ++it)
            if (it.value() == id)
                return it.key();
        return -1;
    }
    for (const Index *table : {&m_index, &m_oldIndex}) {
        if (table->empty())
            continue;
        const size_t mask = table->size() - 1;
        for (size_t at = size_t(hashOf(uuid) >> 17) & mask; (*table)[at] != 0; at = (at + 1) & mask) {
            const qsizetype i = qsizetype((*table)[at]) - 1;
            if (m_chunks[size_t(i / kChunk)]->cells[i % kChunk].id == uuid)
                return i;
        }
    }
    return -1;
}

void CompactRows::replace(qsizetype i, const customer::ListRow &r)
{
    Chunk &chunk = *m_chunks[size_t(i / kChunk)];
    Slot &s = chunk.cells[i % kChunk];
    // New text goes at the end of the chunk's buffer; the old is left unused (a few bytes per
    // edit, freed with the chunk).
    write(s, chunk, r);
}

void CompactRows::insert(qsizetype i, const customer::ListRow &r)
{
    if (i >= m_size) {
        append(r);
        return;
    }
    // Grow by one (appending a copy of the last row), then shift every slot from i on one
    // place down; a slot crossing into the next chunk takes its text along.
    append(at(m_size - 1));
    for (qsizetype j = m_size - 2; j > i; --j) {
        Chunk &to = *m_chunks[size_t(j / kChunk)];
        Chunk &from = *m_chunks[size_t((j - 1) / kChunk)];
        Slot moved = from.cells[(j - 1) % kChunk];
        if (&to != &from) {
            const QString name = from.text.mid(moved.nameAt, moved.nameLength);
            const QString phone = from.text.mid(moved.phoneAt, moved.phoneLength);
            moved.nameAt = quint32(to.text.size());
            to.text += name;
            moved.phoneAt = quint32(to.text.size());
            to.text += phone;
        }
        to.cells[j % kChunk] = moved;
    }
    Chunk &chunk = *m_chunks[size_t(i / kChunk)];
    Slot &s = chunk.cells[i % kChunk];
    s.id = QUuid::fromString(r.id);
    write(s, chunk, r);
    QHash<qsizetype, QString> odd;
    for (auto it = m_oddIds.begin(); it != m_oddIds.end(); ++it)
        odd.insert(it.key() >= i ? it.key() + 1 : it.key(), it.value());
    if (s.id.isNull() && !r.id.isEmpty())
        odd.insert(i, r.id);
    m_oddIds = std::move(odd);
    // Positions from i on moved: rebuild the index (~20 ms for a million rows; inserts
    // into the loaded range are rare, a new customer registered on the desk).
    reindex();
}

void CompactRows::remove(qsizetype i)
{
    // Move every later slot one place up. A slot crossing into the previous chunk takes its
    // text along (offsets are per chunk).
    for (qsizetype j = i; j + 1 < m_size; ++j) {
        Chunk &to = *m_chunks[size_t(j / kChunk)];
        Chunk &from = *m_chunks[size_t((j + 1) / kChunk)];
        Slot moved = from.cells[(j + 1) % kChunk];
        if (&to != &from) {
            const QString name = from.text.mid(moved.nameAt, moved.nameLength);
            const QString phone = from.text.mid(moved.phoneAt, moved.phoneLength);
            moved.nameAt = quint32(to.text.size());
            to.text += name;
            moved.phoneAt = quint32(to.text.size());
            to.text += phone;
        }
        to.cells[j % kChunk] = moved;
    }
    QHash<qsizetype, QString> odd;
    for (auto it = m_oddIds.begin(); it != m_oddIds.end(); ++it)
        if (it.key() != i)
            odd.insert(it.key() > i ? it.key() - 1 : it.key(), it.value());
    m_oddIds = std::move(odd);
    --m_size;
    if (m_size % kChunk == 0)
        m_chunks.pop_back();
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
