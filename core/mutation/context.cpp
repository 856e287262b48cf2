#include "context.h"

#include <sodium.h>

namespace shoulou::mutation {

QString Context::newId()
{
    // Keep op_id's 48-bit timestamp so derived ids still sort by time; fill the random bits
    // with BLAKE2b(op_id || counter).
    const QByteArray seed = m_opId.toLatin1() + '#' + QByteArray::number(++m_counter);
    unsigned char h[16];
    crypto_generichash(h, sizeof h, reinterpret_cast<const unsigned char *>(seed.constData()),
                       size_t(seed.size()), nullptr, 0);
    QByteArray hex = m_opId.left(8).toLatin1() + m_opId.mid(9, 4).toLatin1();
    static const char *digits = "0123456789abcdef";
    QByteArray tail;
    for (unsigned char c : h) {
        tail += digits[c >> 4];
        tail += digits[c & 0xF];
    }
    tail[0] = '7';                                   // version
    tail[4] = digits[8 + (h[2] & 0x3)];              // variant 10xx
    const QByteArray all = hex + tail.left(20);      // 12 + 20 = 32 hex digits
    return QString::fromLatin1(all.mid(0, 8) + '-' + all.mid(8, 4) + '-' + all.mid(12, 4) + '-' + all.mid(16, 4) +
                               '-' + all.mid(20, 12));
}

} // namespace shoulou::mutation
