#include "io/compoundfile.h"

#include <QBitArray>
#include <QCoreApplication>
#include <QtEndian>

#include <algorithm>

namespace shoulou::io {

namespace {

constexpr quint32 kMaxRegularSector = 0xFFFFFFFA; // above: DIFSECT, FATSECT, ENDOFCHAIN, FREESECT
constexpr quint32 kEndOfChain = 0xFFFFFFFE;
constexpr quint32 kNoStream = 0xFFFFFFFF;
constexpr qsizetype kEntrySize = 128;
constexpr qsizetype kMiniSectorSize = 64;
constexpr quint64 kMiniStreamCutoff = 4096;

quint16 le16(const char *p)
{
    return qFromLittleEndian<quint16>(p);
}

quint32 le32(const char *p)
{
    return qFromLittleEndian<quint32>(p);
}

Error damaged()
{
    return makeError(QStringLiteral("xls.damaged"), QCoreApplication::translate("XlsReader", "its OLE2 container is damaged"));
}

Error tooLarge()
{
    return makeError(QStringLiteral("xls.limits"), QCoreApplication::translate("XlsReader", "it is larger than this program reads"));
}

} // namespace

Result<CompoundFile> CompoundFile::parse(QByteArray file, const XlsLimits &limits)
{
    if (file.size() > limits.maxFileBytes)
        return tooLarge();
    if (file.size() < 512 || !file.startsWith(QByteArrayView("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)))
        return damaged();
    CompoundFile cf;
    cf.m_limits = limits;
    cf.m_file = std::move(file);
    const char *h = cf.m_file.constData();
    const quint16 sectorShift = le16(h + 0x1E);
    if ((sectorShift != 9 && sectorShift != 12) || le16(h + 0x20) != 6) // 512 or 4096; mini sectors of 64
        return damaged();
    cf.m_sectorSize = qsizetype(1) << sectorShift;
    // Sector n starts at (n + 1) × sector size: the header fills sector "−1". A last sector cut
    // short is padded with zeros.
    cf.m_sectorCount = quint32((cf.m_file.size() - 1) / cf.m_sectorSize);
    cf.m_miniFatStart = le32(h + 0x3C);
    if (auto fat = cf.readFat(le32(h + 0x2C), le32(h + 0x44)); !fat)
        return fat.error();
    if (auto dir = cf.readDirectory(le32(h + 0x30), sectorShift == 12); !dir)
        return dir.error();
    return cf;
}

Result<void> CompoundFile::readFat(quint32 declaredFatSectors, quint32 difatStart)
{
    // The FAT's own sectors are listed by the DIFAT: 109 entries in the header, then a chain of
    // DIFAT sectors, each ending with the number of the next one.
    QList<quint32> fatSectors;
    for (int i = 0; i < 109; ++i)
        fatSectors.append(le32(m_file.constData() + 0x4C + 4 * i));
    const qsizetype perSector = m_sectorSize / 4;
    QBitArray seen{qsizetype(m_sectorCount)};
    for (quint32 s = difatStart; s <= kMaxRegularSector;) {
        if (s >= m_sectorCount || seen.testBit(s))
            return damaged();
        seen.setBit(s);
        const char *p = m_file.constData() + (qsizetype(s) + 1) * m_sectorSize;
        if ((qsizetype(s) + 2) * m_sectorSize > m_file.size())
            return damaged();
        for (qsizetype i = 0; i + 1 < perSector; ++i)
            fatSectors.append(le32(p + 4 * i));
        s = le32(p + 4 * (perSector - 1));
    }
    // Only the declared number counts (the rest of the DIFAT is free slots); entries for
    // sectors beyond the end of the file are never followed, so the FAT is cut there.
    if (declaredFatSectors > quint32(fatSectors.size()))
        return damaged();
    fatSectors.resize(declaredFatSectors);
    m_fat.reserve(qMin<qsizetype>(qsizetype(m_sectorCount), qsizetype(declaredFatSectors) * perSector));
    for (const quint32 s : std::as_const(fatSectors)) {
        if (s >= m_sectorCount)
            return damaged();
        const qsizetype at = (qsizetype(s) + 1) * m_sectorSize;
        const qsizetype bytes = qMin(m_sectorSize, m_file.size() - at);
        for (qsizetype i = 0; i + 4 <= bytes && m_fat.size() < qsizetype(m_sectorCount); i += 4)
            m_fat.append(le32(m_file.constData() + at + i));
    }
    return {};
}

Result<void> CompoundFile::readDirectory(quint32 start, bool version4)
{
    QBitArray seen{qsizetype(m_sectorCount)};
    for (quint32 s = start; s != kEndOfChain;) {
        if (s >= quint32(m_fat.size()) || seen.testBit(s))
            return damaged();
        seen.setBit(s);
        const qsizetype at = (qsizetype(s) + 1) * m_sectorSize;
        for (qsizetype e = at; e + kEntrySize <= qMin(at + m_sectorSize, m_file.size()); e += kEntrySize) {
            if (m_entries.size() >= m_limits.maxDirectoryEntries)
                return tooLarge();
            const char *p = m_file.constData() + e;
            Entry entry;
            const quint16 nameBytes = le16(p + 0x40); // with the terminating zero
            const qsizetype units = std::clamp<qsizetype>(nameBytes / 2 - 1, 0, 31);
            for (qsizetype i = 0; i < units; ++i)
                entry.name.append(QChar(le16(p + 2 * i)));
            entry.type = quint8(p[0x42]);
            entry.left = le32(p + 0x44);
            entry.right = le32(p + 0x48);
            entry.child = le32(p + 0x4C);
            entry.start = le32(p + 0x74);
            // Version 3 files may leave garbage in the high half of the size.
            entry.size = version4 ? qFromLittleEndian<quint64>(p + 0x78) : le32(p + 0x78);
            m_entries.append(entry);
        }
        s = m_fat.at(s);
    }
    if (m_entries.isEmpty() || m_entries.constFirst().type != 5)
        return damaged();
    return {};
}

Result<QByteArray> CompoundFile::readChain(quint32 start, quint64 size) const
{
    if (size > quint64(m_limits.maxStreamBytes))
        return tooLarge();
    QByteArray out;
    out.reserve(qMin(qsizetype(size), m_file.size())); // a size the chain does not back is not allocated
    QBitArray seen(m_fat.size());
    quint32 s = start;
    while (quint64(out.size()) < size) {
        if (s >= quint32(m_fat.size()) || seen.testBit(s)) // the end of the chain too soon, a loop, or no sector
            return damaged();
        seen.setBit(s);
        const qsizetype at = (qsizetype(s) + 1) * m_sectorSize;
        const qsizetype want = qMin<qsizetype>(m_sectorSize, qsizetype(size) - out.size());
        const qsizetype have = std::clamp<qsizetype>(m_file.size() - at, 0, want);
        out.append(m_file.constData() + at, have);
        out.append(want - have, '\0');
        s = m_fat.at(s);
    }
    return out;
}

Result<QByteArray> CompoundFile::readMiniChain(quint32 start, quint64 size) const
{
    // Small streams live in 64-byte sectors of the mini stream (the root entry's data), chained
    // by the mini FAT.
    const Entry &root = m_entries.constFirst();
    auto miniStream = readChain(root.start, root.size);
    if (!miniStream)
        return miniStream.error();
    QList<quint32> miniFat;
    QBitArray seen(m_fat.size());
    for (quint32 s = m_miniFatStart; s != kEndOfChain;) {
        if (s >= quint32(m_fat.size()) || seen.testBit(s))
            return damaged();
        seen.setBit(s);
        const qsizetype at = (qsizetype(s) + 1) * m_sectorSize;
        for (qsizetype i = at; i + 4 <= qMin(at + m_sectorSize, m_file.size()); i += 4)
            miniFat.append(le32(m_file.constData() + i));
        s = m_fat.at(s);
    }
    const QByteArray &mini = miniStream.value();
    QByteArray out;
    out.reserve(qMin(qsizetype(size), mini.size()));
    QBitArray seenMini(miniFat.size());
    quint32 s = start;
    while (quint64(out.size()) < size) {
        if (s >= quint32(miniFat.size()) || seenMini.testBit(s) || (qsizetype(s) + 1) * kMiniSectorSize > mini.size())
            return damaged();
        seenMini.setBit(s);
        out.append(mini.constData() + qsizetype(s) * kMiniSectorSize, qMin<qsizetype>(kMiniSectorSize, qsizetype(size) - out.size()));
        s = miniFat.at(s);
    }
    return out;
}

qsizetype CompoundFile::findStream(const QString &name) const
{
    // The root's children form a (red-black) binary tree through left/right; walk it all,
    // each entry at most once.
    QBitArray seen(m_entries.size());
    QList<quint32> pending{m_entries.constFirst().child};
    while (!pending.isEmpty()) {
        const quint32 i = pending.takeLast();
        if (i == kNoStream || i >= quint32(m_entries.size()) || seen.testBit(i))
            continue;
        seen.setBit(i);
        const Entry &e = m_entries.at(i);
        if (e.type == 2 && e.name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
        pending << e.left << e.right;
    }
    return -1;
}

Result<QByteArray> CompoundFile::stream(const QString &name) const
{
    const qsizetype i = findStream(name);
    if (i < 0)
        return damaged();
    const Entry &e = m_entries.at(i);
    return e.size < kMiniStreamCutoff ? readMiniChain(e.start, e.size) : readChain(e.start, e.size);
}

} // namespace shoulou::io
