#include "latestrequest.h"

namespace shoulou::worker {

LatestRequest::LatestRequest()
    : m_latest(std::make_shared<std::atomic<quint64>>(0))
{}

LatestRequest::Ticket LatestRequest::next()
{
    const quint64 serial = m_latest->fetch_add(1, std::memory_order_acq_rel) + 1;
    return Ticket(m_latest, serial);
}

LatestRequest::Ticket LatestRequest::current() const
{
    return Ticket(m_latest, m_latest->load(std::memory_order_acquire));
}

} // namespace shoulou::worker
