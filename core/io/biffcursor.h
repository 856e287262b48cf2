#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace shoulou::io {

// Reads little-endian values and BIFF8 strings from a record and its CONTINUE parts. Plain
// values are read across part boundaries; string characters are too, but each CONTINUE part
// that goes on with the characters starts with a fresh option byte saying whether they are
// compressed (one byte each, Latin-1) or UTF-16. Reading past the end sets failed() and
// yields zeros, so callers check once after a group of reads.
class BiffCursor final {
public:
    explicit BiffCursor(const QList<QByteArrayView> &parts);

    quint8 u8();
    quint16 u16();
    quint32 u32();
    double f64();
    void skip(qint64 bytes);

    // An XLUnicodeString (lengthBytes 2) or ShortXLUnicodeString (1), or the SST's
    // XLUnicodeRichExtendedString: character count, option flags, then the rich-text run count
    // and phonetic block size when flagged; the runs and phonetic data are skipped.
    QString string(int lengthBytes);

    bool failed() const { return m_failed; }
    // Bytes left in the current part and after it.
    qint64 remaining() const;

private:
    // Moves to the next part when the current one is used up; false at the end.
    bool ensureByte();
    void readCharacters(qsizetype count, bool wide, QString &out);

    const QList<QByteArrayView> &m_parts;
    qsizetype m_part = 0;
    qsizetype m_at = 0;
    bool m_failed = false;
};

} // namespace shoulou::io
