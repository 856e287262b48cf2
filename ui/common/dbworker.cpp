#include "dbworker.h"

#include "mutation/applier.h"
#include "security/officekey.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace shoulou::ui {

class DbWorker::Impl final : public QObject {
public:
    Impl(std::unique_ptr<storage::Database> db, const security::OfficeKey &key, const Clock &clock, const QString &userId)
        : m_db(std::move(db))
        , m_key(key)
        , m_clock(clock)
    {
        m_applier = std::make_unique<mutation::Applier>(*m_db, m_clock, &m_key, userId);
    }
    ~Impl() override
    {
        // Statements are finalised by the connection's destructor, on this thread.
        m_applier.reset();
        m_db.reset();
    }
    void run(const std::function<void(WorkerContext &)> &job)
    {
        WorkerContext ctx{*m_db, *m_applier, m_key};
        job(ctx);
    }
    void setUser(const QString &userId) { m_applier = std::make_unique<mutation::Applier>(*m_db, m_clock, &m_key, userId); }

private:
    std::unique_ptr<storage::Database> m_db;
    security::OfficeKey m_key;
    const Clock &m_clock;
    std::unique_ptr<mutation::Applier> m_applier;
};

Result<std::unique_ptr<DbWorker>> DbWorker::create(const QString &path, const security::OfficeKey &key, const Clock &clock,
                                                   const QString &userId, const QString &name)
{
    storage::Database::Options options;
    options.migrate = false;
    auto db = storage::Database::open(path, options);
    if (!db)
        return db.error();
    std::unique_ptr<DbWorker> w(new DbWorker());
    w->m_impl = new Impl(std::move(db).value(), key, clock, userId);
    w->m_impl->moveToThread(&w->m_thread);
    connect(&w->m_thread, &QThread::finished, w->m_impl, &QObject::deleteLater);
    w->m_thread.setObjectName(name);
    w->m_thread.start();
    return w;
}

DbWorker::~DbWorker()
{
    // Jobs already queued still run (an edit in flight is not dropped): the thread quits only
    // when it reaches this last job. Their results are discarded.
    QThread *thread = &m_thread;
    QMetaObject::invokeMethod(
        m_impl, [thread] { thread->quit(); }, Qt::QueuedConnection);
    m_thread.wait();
}

void DbWorker::post(std::function<void(WorkerContext &)> job)
{
    Impl *impl = m_impl;
    QMetaObject::invokeMethod(
        m_impl, [impl, job = std::move(job)] { impl->run(job); }, Qt::QueuedConnection);
}

void DbWorker::finished()
{
    if (--m_pending == 0)
        emit idle();
}

bool DbWorker::waitForIdle(int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (m_pending > 0 && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return m_pending == 0;
}

void DbWorker::setUserId(const QString &userId)
{
    Impl *impl = m_impl;
    QMetaObject::invokeMethod(
        m_impl, [impl, userId] { impl->setUser(userId); }, Qt::QueuedConnection);
}

} // namespace shoulou::ui
