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

quint64 Context::seedOf(const QString &opId)
{
    quint64 seed = 0;
    const QByteArray op = opId.toLatin1();
    crypto_generichash(reinterpret_cast<unsigned char *>(&seed), sizeof seed, reinterpret_cast<const unsigned char *>(op.constData()),
                       size_t(op.size()), nullptr, 0);
    return seed;
}

QString Context::newId()
{
    if (m_seed == 0)
        m_seed = seedOf(m_opId);
    return idFrom(m_opId, m_seed, ++m_counter);
}

QString Context::derivedId(const QString &opId, quint32 n)
{
    return idFrom(opId, seedOf(opId), n);
}

QString Context::idFrom(const QString &opId, quint64 seed, quint32 n)
{
    // Keep op_id's 48-bit timestamp so derived ids still sort by time; the rest comes from
    // the op and a counter, so a replay of the same op derives the same ids.
    const quint64 r = splitmix(seed + n);
    const quint64 r2 = splitmix(r);
    char16_t buf[36];
    static const char16_t *digits = u"0123456789abcdef";
    // 8-4 from op_id (time), then "7xxx", variant nibble, 12 more random nibbles.
    for (int i = 0; i < 13; ++i)
        buf[i] = opId.at(i).unicode();
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
