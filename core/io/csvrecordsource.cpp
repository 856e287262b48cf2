#include "io/csvrecordsource.h"

#include "io/csvsplitter.h"
#include "io/fielddecoder.h"

#include <QIODevice>

#include <vector>

namespace shoulou::io {

namespace {

constexpr qint64 kChunkBytes = 64 * 1024;

// The two instantiations differ only in how a chunk of bytes becomes units and how a field
// becomes a QString; everything else is shared.
template <typename Unit>
class UnitRecordSource final : public CsvRecordSource {
public:
    UnitRecordSource(QIODevice *device, TextEncoding encoding, int bomLength, Unit delimiter)
        : m_device(device)
        , m_encoding(encoding)
        , m_bomLength(bomLength)
        , m_splitter(delimiter)
        , m_decoder(encoding == TextEncoding::Gb18030 ? FieldDecoder::Kind::Gb18030 : FieldDecoder::Kind::Utf8)
    {
        m_units.resize(size_t(kChunkBytes / qint64(sizeof(Unit))));
    }

    Status next(CsvRecord &record) override
    {
        for (;;) {
            if (m_unitPos == m_unitCount) {
                if (m_eof)
                    return m_splitter.finish() ? complete(record) : Status::End;
                if (!refill())
                    return Status::ReadError;
                continue;
            }
            qsizetype used = 0;
            const auto status = m_splitter.feed(m_units.data() + m_unitPos, m_unitCount - m_unitPos, &used);
            m_unitPos += used;
            if (status == CsvSplitter<Unit>::Status::Record)
                return complete(record);
            if (status == CsvSplitter<Unit>::Status::TooLong) {
                record.startOffset = toBytes(m_splitter.recordStart());
                return Status::TooLong;
            }
        }
    }

    qint64 position() const override { return toBytes(m_splitter.position()); }

private:
    qint64 toBytes(qint64 units) const { return m_bomLength + units * qint64(sizeof(Unit)); }

    bool refill()
    {
        m_unitPos = 0;
        m_unitCount = 0;
        if constexpr (sizeof(Unit) == 1) {
            const qint64 n = m_device->read(m_units.data(), kChunkBytes);
            if (n < 0)
                return false;
            m_eof = n == 0;
            m_unitCount = n;
        } else {
            // Keep an odd trailing byte for the next chunk so no unit is split.
            m_bytes.resize(size_t(kChunkBytes) + 1);
            qsizetype have = 0;
            if (m_pendingByte >= 0)
                m_bytes[size_t(have++)] = char(m_pendingByte);
            const qint64 n = m_device->read(m_bytes.data() + have, kChunkBytes);
            if (n < 0)
                return false;
            have += n;
            m_pendingByte = -1;
            if (n == 0) {
                m_eof = true;
                if (have == 1) {
                    // A lone final byte cannot be UTF-16; a lone low surrogate makes the
                    // last record report it instead of dropping it silently.
                    m_units[0] = Unit(0xDFFF);
                    m_unitCount = 1;
                    m_eof = false;
                }
                return true;
            }
            if (have % 2) {
                m_pendingByte = static_cast<unsigned char>(m_bytes[size_t(have - 1)]);
                --have;
            }
            const bool le = m_encoding == TextEncoding::Utf16Le;
            for (qsizetype k = 0; k < have / 2; ++k) {
                const auto b0 = static_cast<unsigned char>(m_bytes[size_t(2 * k)]);
                const auto b1 = static_cast<unsigned char>(m_bytes[size_t(2 * k + 1)]);
                m_units[size_t(k)] = le ? Unit(b0 | (b1 << 8)) : Unit((b0 << 8) | b1);
            }
            m_unitCount = have / 2;
        }
        return true;
    }

    Status complete(CsvRecord &record)
    {
        const qsizetype count = m_splitter.fieldCount();
        record.cells.resize(count);
        record.startOffset = toBytes(m_splitter.recordStart());
        record.badByteOffset = -1;
        record.badColumn = -1;
        record.unclosedQuoteOffset = -1;
        if (m_splitter.unterminatedQuote())
            record.unclosedQuoteOffset = toBytes(m_splitter.sourceOffset(count - 1, 0) - 1);
        for (qsizetype i = 0; i < count; ++i) {
            const auto &field = m_splitter.field(i);
            qsizetype bad = -1;
            if (!decodeField(field, &record.cells[i], &bad)) {
                record.cells[i].clear();
                if (record.badByteOffset < 0) {
                    record.badByteOffset = toBytes(m_splitter.sourceOffset(i, bad));
                    record.badColumn = int(i);
                }
            }
        }
        return Status::Record;
    }

    bool decodeField(const typename CsvSplitter<Unit>::Field &field, QString *out, qsizetype *bad)
    {
        if constexpr (sizeof(Unit) == 1) {
            return m_decoder.decode(field.data(), qsizetype(field.size()), out, bad);
        } else {
            // UTF-16 is only invalid through unpaired surrogates.
            const qsizetype n = qsizetype(field.size());
            for (qsizetype k = 0; k < n; ++k) {
                const char16_t u = field[size_t(k)];
                if (u >= 0xD800 && u <= 0xDBFF) {
                    if (k + 1 < n && field[size_t(k + 1)] >= 0xDC00 && field[size_t(k + 1)] <= 0xDFFF) {
                        ++k;
                        continue;
                    }
                    *bad = k;
                    return false;
                }
                if (u >= 0xDC00 && u <= 0xDFFF) {
                    *bad = k;
                    return false;
                }
            }
            *out = QString(reinterpret_cast<const QChar *>(field.data()), n);
            return true;
        }
    }

    QIODevice *m_device;
    TextEncoding m_encoding;
    int m_bomLength;
    CsvSplitter<Unit> m_splitter;
    FieldDecoder m_decoder;
    std::vector<Unit> m_units;
    std::vector<char> m_bytes;
    qsizetype m_unitPos = 0;
    qsizetype m_unitCount = 0;
    int m_pendingByte = -1;
    bool m_eof = false;
};

} // namespace

std::unique_ptr<CsvRecordSource> CsvRecordSource::create(QIODevice *device, TextEncoding encoding, int bomLength, char16_t delimiter)
{
    if (encoding == TextEncoding::Utf16Le || encoding == TextEncoding::Utf16Be)
        return std::make_unique<UnitRecordSource<char16_t>>(device, encoding, bomLength, delimiter);
    return std::make_unique<UnitRecordSource<char>>(device, encoding, bomLength, char(delimiter));
}

} // namespace shoulou::io
