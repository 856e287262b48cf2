#pragma once

#include <QDateTime>
#include <QtGlobal>

namespace shoulou {

// Every time-based decision reads a Clock so that tests can move time by hand and never sleep.
class Clock {
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0; // milliseconds since the Unix epoch, UTC
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC); }
};

class SystemClock final : public Clock {
public:
    qint64 nowMs() const override;
    static const SystemClock &instance();
};

class ManualClock final : public Clock {
public:
    explicit ManualClock(qint64 startMs = 1'700'000'000'000)
        : m_ms(startMs)
    {}
    qint64 nowMs() const override { return m_ms; }
    void setMs(qint64 ms) { m_ms = ms; }
    void advanceMs(qint64 delta) { m_ms += delta; }

private:
    qint64 m_ms;
};

} // namespace shoulou
