#include "uuid.h"

#include "clock.h"

#include <QRandomGenerator>
#include <QRegularExpression>

namespace shoulou {

UuidV7::UuidV7(const Clock &clock)
    : m_clock(clock)
{}

QString UuidV7::next()
{
    qint64 ms = m_clock.nowMs();
    if (ms <= m_lastMs) {
        ms = m_lastMs; // clock went back or same ms: keep ids increasing
        if (++m_counter > 0x0FFF) {
            ++ms;
            m_counter = 0;
        }
    } else {
        m_counter = static_cast<quint16>(QRandomGenerator::global()->bounded(0x0400));
    }
    m_lastMs = ms;

    quint8 b[16];
    for (int i = 0; i < 6; ++i)
        b[i] = static_cast<quint8>((ms >> (8 * (5 - i))) & 0xFF);
    b[6] = static_cast<quint8>(0x70 | ((m_counter >> 8) & 0x0F));
    b[7] = static_cast<quint8>(m_counter & 0xFF);
    const quint64 r = QRandomGenerator::global()->generate64();
    for (int i = 8; i < 16; ++i)
        b[i] = static_cast<quint8>((r >> (8 * (15 - i))) & 0xFF);
    b[8] = static_cast<quint8>(0x80 | (b[8] & 0x3F));

    static const char *hex = "0123456789abcdef";
    QString out;
    out.reserve(36);
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out += QLatin1Char('-');
        out += QLatin1Char(hex[b[i] >> 4]);
        out += QLatin1Char(hex[b[i] & 0x0F]);
    }
    return out;
}

bool UuidV7::isValid(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    return re.match(text).hasMatch();
}

qint64 UuidV7::timestampMs(const QString &text)
{
    QString hex = text.left(13);
    hex.remove(QLatin1Char('-'));
    return hex.toLongLong(nullptr, 16);
}

} // namespace shoulou
