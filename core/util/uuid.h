#pragma once

#include <QString>
#include <QtGlobal>

namespace shoulou {

class Clock;

// UUIDv7 (RFC 9562): 48-bit Unix milliseconds, then random bits; sorts by creation time,
// so ids born on different workstations still index well.
class UuidV7 final {
public:
    explicit UuidV7(const Clock &clock);
    // Canonical lowercase 8-4-4-4-12 text.
    QString next();
    static bool isValid(const QString &text);
    static qint64 timestampMs(const QString &text);

private:
    const Clock &m_clock;
    qint64 m_lastMs = -1;
    quint16 m_counter = 0; // 12-bit rand_a used as a counter within one millisecond: monotonic
};

} // namespace shoulou
