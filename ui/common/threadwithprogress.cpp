#include "threadwithprogress.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <memory>

namespace shoulou::ui {

void runWithProgress(const std::function<void()> &work, QProgressDialog &progress, const std::function<void()> &tick, int tickMs)
{
    std::unique_ptr<QThread> thread(QThread::create(work));
    QEventLoop loop;
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, &progress, tick);
    timer.start(tickMs);
    thread->start();
    loop.exec();
    thread->wait();
}

} // namespace shoulou::ui
