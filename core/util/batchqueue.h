#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <vector>

namespace shoulou {

// A bounded hand-off of batches from a producer thread (reading and normalising a file,
// generating demo customers) to the thread that writes them: at most `maxWaiting` items wait,
// so a fast producer cannot fill memory while SQLite catches up.
template <typename T>
class BatchQueue final {
public:
    explicit BatchQueue(size_t maxWaiting)
        : m_maxWaiting(maxWaiting)
    {}

    // False once the consumer has stopped: the producer should stop producing.
    bool push(std::vector<T> batch)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [&] { return m_waiting < m_maxWaiting || m_batches.empty() || m_stopped; });
        if (m_stopped)
            return false;
        m_waiting += batch.size();
        m_batches.push_back(std::move(batch));
        m_notEmpty.notify_one();
        return true;
    }
    // The producer is done: pop() returns false once the queue is empty.
    void finish()
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_notEmpty.notify_all();
    }
    // The consumer gave up (error or cancel): release a blocked producer.
    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_notFull.notify_all();
    }
    bool pop(std::vector<T> &out)
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [&] { return !m_batches.empty() || m_finished; });
        return take(out);
    }
    enum class Popped { Batch, Finished, TimedOut };
    // pop(), waiting at most `timeout`: a consumer that holds something others wait for (the
    // importer holds the write lock) gives it up when the producer stalls.
    Popped popFor(std::vector<T> &out, std::chrono::milliseconds timeout)
    {
        std::unique_lock lock(m_mutex);
        if (!m_notEmpty.wait_for(lock, timeout, [&] { return !m_batches.empty() || m_finished; }))
            return Popped::TimedOut;
        return take(out) ? Popped::Batch : Popped::Finished;
    }

private:
    bool take(std::vector<T> &out) // m_mutex held
    {
        if (m_batches.empty())
            return false;
        out = std::move(m_batches.front());
        m_batches.pop_front();
        m_waiting -= out.size();
        m_notFull.notify_one();
        return true;
    }

    const size_t m_maxWaiting;
    std::mutex m_mutex;
    std::condition_variable m_notFull, m_notEmpty;
    std::deque<std::vector<T>> m_batches;
    size_t m_waiting = 0;
    bool m_finished = false;
    bool m_stopped = false;
};

} // namespace shoulou
