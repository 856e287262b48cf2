#pragma once

#include "io/xlslimits.h"
#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace shoulou::io {

// The OLE2 container of an Excel 97–2003 workbook ([MS-CFB] compound file): a small FAT file
// system whose streams (the "Workbook" stream among them) are chains of sectors. The file is
// held in memory (XlsLimits::maxFileBytes); every sector number, chain and size is checked
// against it, so a damaged or crafted file is an error (code xls.damaged or xls.limits, the
// message saying what is wrong, translated), never a read out of bounds or an endless chain.
class CompoundFile final {
public:
    static Result<CompoundFile> parse(QByteArray file, const XlsLimits &limits = {});

    // Whether the root storage holds a stream of that name (compared case-insensitively).
    bool hasStream(const QString &name) const { return findStream(name) >= 0; }
    // The bytes of that stream. Errors: xls.damaged (broken chain, no such stream), xls.limits.
    Result<QByteArray> stream(const QString &name) const;

private:
    struct Entry {
        QString name;
        quint8 type = 0; // 1 storage, 2 stream, 5 root
        quint32 left = 0, right = 0, child = 0, start = 0;
        quint64 size = 0;
    };

    CompoundFile() = default;
    Result<void> readFat(quint32 declaredFatSectors, quint32 difatStart);
    Result<void> readDirectory(quint32 start, bool version4);
    // `size` bytes from the sector chain starting at `start` (through the FAT).
    Result<QByteArray> readChain(quint32 start, quint64 size) const;
    Result<QByteArray> readMiniChain(quint32 start, quint64 size) const;
    qsizetype findStream(const QString &name) const;

    XlsLimits m_limits;
    QByteArray m_file;
    qsizetype m_sectorSize = 512;
    quint32 m_sectorCount = 0; // sectors present in the file after the header
    quint32 m_miniFatStart = 0;
    QList<quint32> m_fat;
    QList<Entry> m_entries;
};

} // namespace shoulou::io
