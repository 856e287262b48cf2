#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QtEndian>

#include <cstring>
#include <utility>

// Hand-built Excel 97–2003 workbooks for the BIFF8 reader's tests: records, a Workbook
// stream with its sheets, and the OLE2 compound file around it (a regular stream, or the mini
// stream when it is under 4 096 bytes).
namespace shoulou::test::biff {

inline QByteArray u16(quint16 v)
{
    QByteArray b(2, '\0');
    qToLittleEndian(v, b.data());
    return b;
}

inline QByteArray u32(quint32 v)
{
    QByteArray b(4, '\0');
    qToLittleEndian(v, b.data());
    return b;
}

inline QByteArray f64(double v)
{
    quint64 bits = 0;
    std::memcpy(&bits, &v, sizeof bits);
    QByteArray b(8, '\0');
    qToLittleEndian(bits, b.data());
    return b;
}

inline QByteArray record(quint16 type, const QByteArray &data)
{
    return u16(type) + u16(quint16(data.size())) + data;
}

// The characters of a string: compressed (Latin-1) when every one fits a byte, else UTF-16.
inline QByteArray characters(const QString &s, bool &wide)
{
    wide = false;
    for (const QChar c : s)
        wide = wide || c.unicode() > 0xFF;
    QByteArray out;
    for (const QChar c : s)
        out += wide ? u16(c.unicode()) : QByteArray(1, char(c.unicode()));
    return out;
}

// XLUnicodeString: 16-bit count, option flags, characters.
inline QByteArray string16(const QString &s)
{
    bool wide = false;
    const QByteArray chars = characters(s, wide);
    return u16(quint16(s.size())) + QByteArray(1, wide ? '\x01' : '\0') + chars;
}

inline QByteArray cell(quint16 row, quint16 column, quint16 xf = 15)
{
    return u16(row) + u16(column) + u16(xf);
}

inline QByteArray bof(quint16 substream, quint16 version = 0x0600)
{
    return record(0x0809, u16(version) + u16(substream) + u16(0x0DBB) + u16(0x07CC) + u32(0) + u32(0x0206));
}

inline QByteArray eof()
{
    return record(0x000A, {});
}

// SST with the given strings, all in one record.
inline QByteArray sst(const QStringList &strings)
{
    QByteArray data = u32(quint32(strings.size())) + u32(quint32(strings.size()));
    for (const QString &s : strings)
        data += string16(s);
    return record(0x00FC, data);
}

// A Workbook stream: the globals (BOF, `globals` records, one BOUNDSHEET per sheet, EOF),
// then each sheet's substream (BOF, its records, EOF).
inline QByteArray workbook(const QByteArray &globals, const QList<std::pair<QString, QByteArray>> &sheets)
{
    auto boundSheet = [](quint32 offset, const QString &name, quint8 type) {
        bool wide = false;
        const QByteArray chars = characters(name, wide);
        return record(0x0085, u32(offset) + QByteArray(1, '\0') + QByteArray(1, char(type)) + QByteArray(1, char(name.size())) +
                                  QByteArray(1, wide ? '\x01' : '\0') + chars);
    };
    QByteArray head = bof(0x0005) + globals;
    qsizetype globalsSize = head.size() + eof().size();
    for (const auto &sheet : sheets)
        globalsSize += boundSheet(0, sheet.first, 0).size();
    QByteArray bodies;
    for (const auto &sheet : sheets) {
        head += boundSheet(quint32(globalsSize + bodies.size()), sheet.first, 0);
        bodies += bof(0x0010) + sheet.second + eof();
    }
    return head + eof() + bodies;
}

// A version 3 compound file (512-byte sectors) holding one stream in its root storage.
inline QByteArray compoundFile(const QByteArray &stream, const QString &name = QStringLiteral("Workbook"))
{
    constexpr quint32 kEnd = 0xFFFFFFFE, kFree = 0xFFFFFFFF, kFatSect = 0xFFFFFFFD;
    const bool mini = stream.size() < 4096;
    auto sectorsFor = [](qsizetype bytes, qsizetype unit) { return quint32((bytes + unit - 1) / unit); };
    // Sectors after the FAT: directory, mini FAT (when mini), the data (the stream, or the mini
    // stream holding it).
    const quint32 miniSectors = mini ? sectorsFor(stream.size(), 64) : 0;
    const quint32 miniFatSectors = mini ? sectorsFor(qsizetype(miniSectors) * 4, 512) : 0;
    const quint32 dataSectors = mini ? sectorsFor(qsizetype(miniSectors) * 64, 512) : sectorsFor(stream.size(), 512);
    quint32 fatSectors = 1;
    while (qsizetype(fatSectors) * 128 < qsizetype(fatSectors + 1 + miniFatSectors + dataSectors))
        ++fatSectors;
    const quint32 dirSector = fatSectors, miniFatStart = dirSector + 1, dataStart = miniFatStart + miniFatSectors;
    const quint32 total = dataStart + dataSectors;

    QList<quint32> fat(qsizetype(fatSectors) * 128, kFree);
    for (quint32 i = 0; i < fatSectors; ++i)
        fat[i] = kFatSect;
    fat[dirSector] = kEnd;
    auto chain = [&fat](quint32 first, quint32 count) {
        for (quint32 i = 0; i < count; ++i)
            fat[first + i] = i + 1 < count ? first + i + 1 : kEnd;
    };
    chain(miniFatStart, miniFatSectors);
    chain(dataStart, dataSectors);

    auto entry = [](const QString &entryName, quint8 type, quint32 child, quint32 start, quint32 size) {
        QByteArray e(128, '\0');
        for (qsizetype i = 0; i < entryName.size(); ++i)
            qToLittleEndian(entryName.at(i).unicode(), e.data() + 2 * i);
        qToLittleEndian(quint16((entryName.size() + 1) * 2), e.data() + 0x40);
        e[0x42] = char(type);
        e[0x43] = 1; // black
        qToLittleEndian(quint32(0xFFFFFFFF), e.data() + 0x44);
        qToLittleEndian(quint32(0xFFFFFFFF), e.data() + 0x48);
        qToLittleEndian(child, e.data() + 0x4C);
        qToLittleEndian(start, e.data() + 0x74);
        qToLittleEndian(size, e.data() + 0x78);
        return e;
    };
    QByteArray directory = entry(QStringLiteral("Root Entry"), 5, 1, mini ? dataStart : kEnd, mini ? miniSectors * 64 : 0) +
                           entry(name, 2, 0xFFFFFFFF, mini ? 0 : dataStart, quint32(stream.size()));
    directory += entry(QString(), 0, 0xFFFFFFFF, kFree, 0) + entry(QString(), 0, 0xFFFFFFFF, kFree, 0);

    QByteArray header(512, '\0');
    std::memcpy(header.data(), "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    qToLittleEndian(quint16(0x003E), header.data() + 0x18);
    qToLittleEndian(quint16(3), header.data() + 0x1A);
    qToLittleEndian(quint16(0xFFFE), header.data() + 0x1C);
    qToLittleEndian(quint16(9), header.data() + 0x1E);
    qToLittleEndian(quint16(6), header.data() + 0x20);
    qToLittleEndian(fatSectors, header.data() + 0x2C);
    qToLittleEndian(dirSector, header.data() + 0x30);
    qToLittleEndian(quint32(4096), header.data() + 0x38);
    qToLittleEndian(mini ? miniFatStart : kEnd, header.data() + 0x3C);
    qToLittleEndian(miniFatSectors, header.data() + 0x40);
    qToLittleEndian(kEnd, header.data() + 0x44);
    for (int i = 0; i < 109; ++i)
        qToLittleEndian(quint32(i) < fatSectors ? quint32(i) : kFree, header.data() + 0x4C + 4 * i);

    QByteArray out = header;
    for (const quint32 v : std::as_const(fat))
        out += u32(v);
    out += directory;
    if (mini) {
        QByteArray miniFat;
        for (quint32 i = 0; i < miniSectors; ++i)
            miniFat += u32(i + 1 < miniSectors ? i + 1 : kEnd);
        miniFat.append(qsizetype(miniFatSectors) * 512 - miniFat.size(), '\xFF');
        out += miniFat;
    }
    QByteArray data = stream;
    data.append(qsizetype(dataSectors) * 512 - data.size(), '\0');
    out += data;
    Q_ASSERT(out.size() == 512 + qsizetype(total) * 512);
    return out;
}

} // namespace shoulou::test::biff
