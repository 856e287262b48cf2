#pragma once

#include "util/result.h"
#include "worker/dbworker.h"
#include "worker/workercontext.h"

#include <QString>

#include <functional>
#include <memory>

namespace shoulou::worker {

// A reader thread (lists, searches, details, Today, the duplicates lists): its connection is
// opened read-only and its jobs get a ReadContext, which has no Applier. Writes are the
// WriteWorker's.
class ReadWorker final : public DbWorker {
    Q_OBJECT
public:
    static Result<std::unique_ptr<ReadWorker>> open(const QString &path, const security::OfficeKey &key, const QString &name);

    template <typename R>
    void run(QObject *receiver, std::function<R(ReadContext &)> job, std::function<void(R)> done)
    {
        runLatest<R>(LatestRequest::Ticket(), receiver, std::move(job), std::move(done));
    }
    // The same, for a request that a newer one supersedes (as-you-type, reloads): skipped if
    // superseded before it starts, its answer dropped if superseded while it runs.
    template <typename R>
    void runLatest(LatestRequest::Ticket ticket, QObject *receiver, std::function<R(ReadContext &)> job, std::function<void(R)> done)
    {
        ReadContext *ctx = m_ctx;
        dispatch<R>(
            receiver, std::move(ticket), [ctx, job = std::move(job)] { return job(*ctx); }, std::move(done));
    }

private:
    ReadWorker() = default;
    ReadContext *m_ctx = nullptr; // lives on the worker thread, with the connection
};

} // namespace shoulou::worker
