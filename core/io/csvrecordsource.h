#pragma once

#include "io/textencoding.h"

#include <QStringList>

#include <memory>

class QIODevice;

namespace shoulou::io {

// One logical CSV record, decoded.
struct CsvRecord final {
    QStringList cells;
    qint64 startOffset = 0;          // byte offset of the record in the file
    qint64 badByteOffset = -1;       // first invalid byte (file offset), or -1
    int badColumn = -1;              // 0-based column holding it
    qint64 unclosedQuoteOffset = -1; // the record ends inside quotes opened here
};

// Reads records from a device positioned just after the BOM, in 64 KiB chunks. The unit
// type (byte or UTF-16 unit) is hidden behind this interface so CsvReader stays simple.
class CsvRecordSource {
public:
    enum class Status { Record, End, TooLong, ReadError };

    virtual ~CsvRecordSource() = default;
    virtual Status next(CsvRecord &record) = 0;
    virtual qint64 position() const = 0; // bytes consumed, BOM included

    static std::unique_ptr<CsvRecordSource> create(QIODevice *device, TextEncoding encoding, int bomLength, char16_t delimiter);
};

} // namespace shoulou::io
