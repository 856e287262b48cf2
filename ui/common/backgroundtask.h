#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QThread;
class QTimer;

namespace shoulou::ui {

// One long job a person starts and waits for (opening and upgrading an office, making the demo
// office, an export) on a thread of its own, while the GUI thread keeps running its one event
// loop: start() returns at once and finished() arrives later on the GUI thread. No nested event
// loop — a nested loop lets other windows' events run inside the caller half-way through.
//
// The job reports through setStep() (what it is doing, for a person) and setProgress() (a
// count), both callable from the job's thread; the GUI hears of them as signals.
class BackgroundTask final : public QObject {
    Q_OBJECT
public:
    using Work = std::function<void(BackgroundTask &task)>;

    explicit BackgroundTask(Work work, QObject *parent = nullptr);
    ~BackgroundTask() override; // waits for a job still running (it holds references)

    void start();
    bool isRunning() const { return m_running; }

    // From the job's thread.
    void setStep(const QString &step);
    void setProgress(qint64 done, qint64 total);

signals:
    void stepChanged(const QString &step);
    void progressChanged(qint64 done, qint64 total); // at most every 100 ms
    void finished();

private:
    void publishProgress();

    Work m_work;
    std::unique_ptr<QThread> m_thread;
    QTimer *m_tick;
    bool m_running = false;
    std::atomic<qint64> m_done{0}, m_total{0};
    qint64 m_shownDone = -1, m_shownTotal = -1;
};

} // namespace shoulou::ui
