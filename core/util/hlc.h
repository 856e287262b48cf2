#pragma once

#include <QtGlobal>

#include <algorithm>

namespace shoulou {

class Clock;

// Hybrid logical clock (Kulkarni et al. 2014) packed as (l_ms << 16) | c, as SYNC.md §2.2.
// It ticks on every local mutation and absorbs remote clocks with the receive rule, so the
// order (hlc, workstation) respects happens-before even when wall clocks disagree.
class Hlc final {
public:
    explicit Hlc(const Clock &clock, quint64 last = 0)
        : m_clock(clock)
        , m_last(last)
    {}

    quint64 tick();                  // local or send event
    quint64 receive(quint64 remote); // merge a clock seen in a pulled change or hub reply
    quint64 last() const { return m_last; }
    // Resume after a restart from the last clock written, so time never goes backwards.
    void restore(quint64 last) { m_last = std::max(m_last, last); }

    static quint64 pack(qint64 ms, quint32 counter) { return (quint64(ms) << 16) | (counter & 0xFFFF); }
    static qint64 wallMs(quint64 hlc) { return qint64(hlc >> 16); }
    static quint32 counter(quint64 hlc) { return quint32(hlc & 0xFFFF); }

private:
    const Clock &m_clock;
    quint64 m_last;
};

} // namespace shoulou
