#pragma once

#include "util/result.h"
#include "worker/dbworker.h"
#include "worker/workercontext.h"

#include <QString>

#include <functional>
#include <memory>

namespace shoulou {
class Clock;
}

namespace shoulou::worker {

// The writer thread: the one connection of the desk that writes, and only through its
// Applier (mutations). Jobs get a WriteContext.
class WriteWorker final : public DbWorker {
    Q_OBJECT
public:
    static Result<std::unique_ptr<WriteWorker>> open(const QString &path, const security::OfficeKey &key, const Clock &clock,
                                                     const QString &userId, const QString &name);

    template <typename R>
    void run(QObject *receiver, std::function<R(WriteContext &)> job, std::function<void(R)> done)
    {
        WriteContext *ctx = m_ctx;
        dispatch<R>(
            receiver, LatestRequest::Ticket(), [ctx, job = std::move(job)] { return job(*ctx); }, std::move(done));
    }

    // Mutations applied from now on are recorded as this user's.
    void setUserId(const QString &userId);

private:
    WriteWorker() = default;
    class State;
    State *m_writeState = nullptr; // lives on the worker thread
    WriteContext *m_ctx = nullptr; // part of m_writeState
};

} // namespace shoulou::worker
