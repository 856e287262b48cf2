#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace shoulou::io {

// One BIFF8 record of a Workbook stream with the data of the CONTINUE records that follow it:
// a record holds at most 8 224 bytes, so a long shared-string table or text goes on in
// CONTINUE records (BiffCursor reads across them).
struct BiffRecord final {
    quint16 type = 0;
    qsizetype offset = 0; // of the record header in the stream
    QList<QByteArrayView> parts;
};

// Walks the records of a Workbook stream from an offset. Every record header and size is
// checked against the stream; one that runs past its end makes damaged() true.
class BiffRecordStream final {
public:
    static constexpr quint16 kContinue = 0x003C;

    BiffRecordStream(const QByteArray &stream, qsizetype offset);

    // The next record; false at the end of the stream or when it is damaged.
    bool next(BiffRecord &record);
    bool damaged() const { return m_damaged; }

private:
    // The type and size of the record header at m_at; false when it does not fit.
    bool peekHeader(quint16 &type, quint16 &size);

    const QByteArray &m_stream;
    qsizetype m_at;
    bool m_damaged = false;
};

} // namespace shoulou::io
