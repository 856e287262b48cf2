#include "hlc.h"

#include "clock.h"

#include <algorithm>

namespace shoulou {

quint64 Hlc::tick()
{
    const qint64 pt = m_clock.nowMs();
    const qint64 l = wallMs(m_last);
    if (pt > l)
        m_last = pack(pt, 0);
    else
        m_last = pack(l, counter(m_last) + 1); // counter overflow would need 65 536 ticks in 1 ms
    return m_last;
}

quint64 Hlc::receive(quint64 remote)
{
    const qint64 pt = m_clock.nowMs();
    const qint64 l = wallMs(m_last);
    const qint64 lr = wallMs(remote);
    const qint64 nl = std::max({l, lr, pt});
    quint32 c = 0;
    if (nl == l && nl == lr)
        c = std::max(counter(m_last), counter(remote)) + 1;
    else if (nl == l)
        c = counter(m_last) + 1;
    else if (nl == lr)
        c = counter(remote) + 1;
    m_last = pack(nl, c);
    return m_last;
}

} // namespace shoulou
