#include "backgroundtask.h"

#include <QThread>
#include <QTimer>

namespace shoulou::ui {

BackgroundTask::BackgroundTask(Work work, QObject *parent)
    : QObject(parent)
    , m_work(std::move(work))
    , m_tick(new QTimer(this))
{
    m_tick->setInterval(100);
    connect(m_tick, &QTimer::timeout, this, &BackgroundTask::publishProgress);
}

BackgroundTask::~BackgroundTask()
{
    if (m_thread)
        m_thread->wait();
}

void BackgroundTask::start()
{
    if (m_running)
        return;
    m_running = true;
    m_thread.reset(QThread::create([this] { m_work(*this); }));
    // QThread::finished is emitted on the job's thread; with `this` as context it is queued
    // to the GUI thread.
    connect(m_thread.get(), &QThread::finished, this, [this] {
        m_thread->wait();
        m_tick->stop();
        publishProgress();
        m_running = false;
        emit finished();
    });
    m_tick->start();
    m_thread->start();
}

void BackgroundTask::setStep(const QString &step)
{
    QMetaObject::invokeMethod(
        this, [this, step] { emit stepChanged(step); }, Qt::QueuedConnection);
}

void BackgroundTask::setProgress(qint64 done, qint64 total)
{
    m_done = done;
    m_total = total;
}

void BackgroundTask::publishProgress()
{
    const qint64 done = m_done.load(), total = m_total.load();
    if (done == m_shownDone && total == m_shownTotal)
        return;
    m_shownDone = done;
    m_shownTotal = total;
    emit progressChanged(done, total);
}

} // namespace shoulou::ui
