#include "throttle.h"

#include "util/clock.h"

#include <algorithm>

namespace shoulou::hub {

Throttle::Throttle(const Clock &clock, qint64 baseMs, qint64 capMs, int maxKeys)
    : m_clock(clock)
    , m_baseMs(baseMs)
    , m_capMs(capMs)
    , m_maxKeys(maxKeys)
{}

qint64 Throttle::waitMs(const QString &key) const
{
    const auto it = m_entries.constFind(key);
    if (it == m_entries.constEnd())
        return 0;
    return std::max<qint64>(0, it->untilMs - m_clock.nowMs());
}

void Throttle::fail(const QString &key)
{
    if (!m_entries.contains(key) && m_entries.size() >= m_maxKeys)
        prune();
    Entry &e = m_entries[key];
    const qint64 now = m_clock.nowMs();
    // A key quiet for longer than the cap starts over.
    if (e.failures > 0 && now - e.lastFailureMs > m_capMs + std::max<qint64>(0, e.untilMs - e.lastFailureMs))
        e.failures = 0;
    ++e.failures;
    e.lastFailureMs = now;
    const int doublings = std::min(e.failures - 1, 30);
    e.untilMs = now + std::min(m_capMs, m_baseMs << doublings);
}

void Throttle::succeed(const QString &key)
{
    m_entries.remove(key);
}

int Throttle::failures(const QString &key) const
{
    return m_entries.value(key).failures;
}

void Throttle::prune()
{
    const qint64 now = m_clock.nowMs();
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (it->untilMs + m_capMs < now)
            it = m_entries.erase(it);
        else
            ++it;
    }
    // Still full (a flood of distinct keys): drop the oldest half rather than grow forever.
    if (m_entries.size() >= m_maxKeys) {
        QList<qint64> times;
        times.reserve(m_entries.size());
        for (const Entry &e : std::as_const(m_entries))
            times.append(e.lastFailureMs);
        std::nth_element(times.begin(), times.begin() + times.size() / 2, times.end());
        const qint64 median = times.at(times.size() / 2);
        for (auto it = m_entries.begin(); it != m_entries.end();) {
            if (it->lastFailureMs <= median)
                it = m_entries.erase(it);
            else
                ++it;
        }
    }
}

} // namespace shoulou::hub
