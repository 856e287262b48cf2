#pragma once

#include "worker/latestrequest.h"

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>

#include <functional>
#include <memory>

namespace shoulou::worker {

// A database connection on its own thread (DESIGN.md §3: the GUI thread never runs SQL that
// can take more than a few ms). Jobs run in the order they were posted; each job's result is
// handed back on the thread that owns the worker, unless the receiver was destroyed
// meanwhile or the job's ticket was superseded (LatestRequest). ReadWorker and WriteWorker
// say what a job may use: a read-only connection, or the write path.
class DbWorker : public QObject {
    Q_OBJECT
public:
    ~DbWorker() override;

    // Jobs posted and not yet handed back (or dropped).
    int pending() const { return m_pending; }

signals:
    void idle();

protected:
    DbWorker() = default;
    // Moves `state` (the connection and what jobs get) to a new thread named `name`, which is
    // from then on its only user; the state is deleted on that thread when the worker goes.
    void start(QObject *state, const QString &name);
    // Runs `fn` on the worker thread after everything posted before it (no result).
    void onThread(std::function<void()> fn);

    template <typename R>
    void dispatch(QObject *receiver, LatestRequest::Ticket ticket, std::function<R()> job, std::function<void(R)> done)
    {
        QPointer<QObject> guard(receiver);
        ++m_pending;
        onThread([this, guard, ticket = std::move(ticket), job = std::move(job), done = std::move(done)] {
            // Superseded before its turn: the answer would be dropped anyway, so skip the work.
            std::shared_ptr<R> result;
            if (ticket.isCurrent())
                result = std::make_shared<R>(job());
            QMetaObject::invokeMethod(
                this,
                [this, guard, ticket, done, result] {
                    if (result && guard && ticket.isCurrent())
                        done(std::move(*result));
                    finished();
                },
                Qt::QueuedConnection);
        });
    }

private:
    void finished();

    QThread m_thread;
    QObject *m_state = nullptr; // lives on m_thread
    int m_pending = 0;
};

} // namespace shoulou::worker
