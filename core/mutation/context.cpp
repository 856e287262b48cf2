#include "context.h"

#include <sodium.h>

namespace shoulou::mutation {

namespace {

// SplitMix64: a cheap, well-mixed bijection; seeded per op, it gives each derived row
// 62 bits that are unique within the op and unpredictable across ops.
quint64 splitmix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

} // namespace

QString Context::newId()
{
    // Keep op_id's 48-bit timestamp so derived ids still sort by time; the rest comes from
    // the op and a counter, so a replay of the same op derives the same ids.
    if (m_seed == 0) {
        const QByteArray op = m_opId.toLatin1();
        crypto_generichash(reinterpret_cast<unsigned char *>(&m_seed), sizeof m_seed,
                           reinterpret_cast<const unsigned char *>(op.constData()), size_t(op.size()), nullptr, 0);
    }
    const quint64 r = splitmix(m_seed + ++m_counter);
    const quint64 r2 = splitmix(r);
    char16_t buf[36];
    static const char16_t *digits = u"0123456789abcdef";
    // 8-4 from op_id (time), then "7xxx", variant nibble, 12 more random nibbles.
    for (int i = 0; i < 13; ++i)
        buf[i] = m_opId.at(i).unicode();
    buf[13] = u'-';
    buf[14] = u'7';
    for (int i = 0; i < 3; ++i)
        buf[15 + i] = digits[(r >> (4 * i)) & 0xF];
    buf[18] = u'-';
    buf[19] = digits[8 + ((r >> 12) & 0x3)];
    for (int i = 0; i < 3; ++i)
        buf[20 + i] = digits[(r >> (14 + 4 * i)) & 0xF];
    buf[23] = u'-';
    for (int i = 0; i < 12; ++i)
        buf[24 + i] = digits[(r2 >> (4 * i)) & 0xF];
    return QString(reinterpret_cast<const QChar *>(buf), 36);
}

} // namespace shoulou::mutation
