#pragma once

#include "util/result.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>

#include <functional>
#include <memory>

namespace shoulou {
class Clock;
namespace storage {
class Database;
}
namespace security {
class OfficeKey;
}
namespace mutation {
class Applier;
}
} // namespace shoulou

namespace shoulou::ui {

// What a job running on a worker thread may use: the worker's own connection and write path.
struct WorkerContext {
    storage::Database &db;
    mutation::Applier &applier;
    const security::OfficeKey &key;
};

// A database connection on its own thread (DESIGN.md §3: the GUI thread never runs SQL that
// can take more than a few ms). Jobs run in the order they were posted; each job's result is
// handed back on the GUI thread, unless the receiver was destroyed meanwhile.
class DbWorker final : public QObject {
    Q_OBJECT
public:
    // Opens the connection here (fast: the schema is already current) and hands it to the
    // thread, which is then the only user of it.
    static Result<std::unique_ptr<DbWorker>> create(const QString &path, const security::OfficeKey &key, const Clock &clock,
                                                    const QString &userId, const QString &name);
    ~DbWorker() override;

    template <typename R>
    void run(QObject *receiver, std::function<R(WorkerContext &)> job, std::function<void(R)> done)
    {
        QPointer<QObject> guard(receiver);
        ++m_pending;
        post([this, guard, job = std::move(job), done = std::move(done)](WorkerContext &ctx) {
            auto result = std::make_shared<R>(job(ctx));
            QMetaObject::invokeMethod(
                this,
                [this, guard, done, result] {
                    if (guard)
                        done(std::move(*result));
                    finished();
                },
                Qt::QueuedConnection);
        });
    }

    // Jobs posted and not yet handed back.
    int pending() const { return m_pending; }
    // Waits, processing events, until every posted job has been handed back (tests, shutdown).
    bool waitForIdle(int timeoutMs = 30000);
    // Mutations applied from now on are recorded as this user's.
    void setUserId(const QString &userId);

signals:
    void idle();

private:
    class Impl;
    DbWorker() = default;
    void post(std::function<void(WorkerContext &)> job);
    void finished();

    QThread m_thread;
    Impl *m_impl = nullptr; // lives on m_thread
    int m_pending = 0;
};

} // namespace shoulou::ui
