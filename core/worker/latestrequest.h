#pragma once

#include <QtGlobal>

#include <atomic>
#include <memory>

namespace shoulou::worker {

// "Latest request wins", for as-you-type queries and reloads: each next() supersedes every
// ticket handed out before it. A DbWorker skips a job whose ticket is no longer current when
// its turn comes, and drops the answer of one superseded while it ran, so a view shows only
// the answer to the last thing it asked. Tickets may be checked on any thread.
class LatestRequest final {
public:
    class Ticket final {
    public:
        Ticket() = default; // always current (a job nobody supersedes)
        bool isCurrent() const { return !m_latest || m_latest->load(std::memory_order_acquire) == m_serial; }

    private:
        friend class LatestRequest;
        Ticket(std::shared_ptr<const std::atomic<quint64>> latest, quint64 serial)
            : m_latest(std::move(latest))
            , m_serial(serial)
        {}
        std::shared_ptr<const std::atomic<quint64>> m_latest;
        quint64 m_serial = 0;
    };

    LatestRequest();

    // A new request: every earlier ticket stops being current.
    Ticket next();
    // A further request of the current one (the next page of the same list): current as long
    // as next() is not called.
    Ticket current() const;
    // Drops every ticket handed out, asking nothing new (the view was cleared).
    void supersede() { (void)next(); }

private:
    std::shared_ptr<std::atomic<quint64>> m_latest;
};

} // namespace shoulou::worker
