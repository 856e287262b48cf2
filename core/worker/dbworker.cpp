#include "dbworker.h"

namespace shoulou::worker {

void DbWorker::start(QObject *state, const QString &name)
{
    m_state = state;
    m_state->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_state, &QObject::deleteLater);
    m_thread.setObjectName(name);
    m_thread.start();
}

DbWorker::~DbWorker()
{
    if (!m_state)
        return;
    // Jobs already queued still run (an edit in flight is not dropped): the thread quits only
    // when it reaches this last job. Their results are discarded.
    QThread *thread = &m_thread;
    QMetaObject::invokeMethod(
        m_state, [thread] { thread->quit(); }, Qt::QueuedConnection);
    m_thread.wait();
}

void DbWorker::onThread(std::function<void()> fn)
{
    QMetaObject::invokeMethod(m_state, std::move(fn), Qt::QueuedConnection);
}

void DbWorker::finished()
{
    if (--m_pending == 0)
        emit idle();
}

} // namespace shoulou::worker
