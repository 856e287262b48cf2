#pragma once

#include "util/batchqueue.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QString>

#include <exception>
#include <functional>
#include <optional>
#include <stop_token>
#include <thread>
#include <utility>
#include <vector>

namespace shoulou {

// The producer side of a bulk write (the importer's reader, the demo planner), owned:
// `produce(queue, stop)` runs on a std::jthread of its own and pushes batches into `queue`.
//
// Why a class and not a bare thread: an exception escaping a std::thread's function ends the
// process (std::terminate) with the writer half-way through a transaction; an early return of
// the consumer (a write error) must still release a producer blocked on a full queue and join
// it. Here an exception is caught on the producer thread, kept as an Error, and the queue is
// finished, so the consumer sees the end of the rows and then asks error(). The destructor
// (or join()) asks the producer to stop (its stop token, and the queue stops taking batches),
// drains what is waiting and joins — whichever way the consumer leaves.
template <typename T>
class BatchProducer final {
public:
    using Produce = std::function<void(BatchQueue<T> &, std::stop_token)>;

    BatchProducer(BatchQueue<T> &queue, Produce produce)
        : m_queue(queue)
    {
        m_thread = std::jthread([this, produce = std::move(produce)](std::stop_token stop) {
            // A stop request also releases a push() waiting on a full queue.
            std::stop_callback release(stop, [this] { m_queue.stop(); });
            try {
                produce(m_queue, stop);
            } catch (const std::exception &e) {
                m_error = makeError(QStringLiteral("producer.exception"),
                                    QCoreApplication::translate("BatchProducer", "Reading stopped on an internal error: %1")
                                        .arg(QString::fromLocal8Bit(e.what())));
            } catch (...) {
                m_error = makeError(QStringLiteral("producer.exception"),
                                    QCoreApplication::translate("BatchProducer", "Reading stopped on an internal error."));
            }
            m_queue.finish();
        });
    }
    ~BatchProducer() { join(); }
    BatchProducer(const BatchProducer &) = delete;
    BatchProducer &operator=(const BatchProducer &) = delete;

    // Stops the producer (a no-op once it has finished), drops the batches still waiting and
    // waits for the thread. Safe to call more than once.
    void join()
    {
        if (!m_thread.joinable())
            return;
        m_thread.request_stop();
        std::vector<T> rest;
        while (m_queue.pop(rest)) {
        }
        m_thread.join();
    }

    // What ended the producer with an exception; read after join().
    const std::optional<Error> &error() const { return m_error; }

private:
    BatchQueue<T> &m_queue;
    std::optional<Error> m_error; // written by the producer thread before finish(), read after join()
    std::jthread m_thread;        // last: joined before the members above go away
};

} // namespace shoulou
