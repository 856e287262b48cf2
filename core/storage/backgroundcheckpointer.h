#pragma once

#include <QString>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace shoulou::storage {

class Database;

// Moves WAL checkpoints of a bulk write (an import, the demo office) off the writing thread.
//
// Why: with the everyday setting, every 10 000 WAL pages the committing thread itself copies
// the WAL back into the database file and syncs it — a tenth of a large import's writer time,
// while the second core sat idle (the reader needs a fraction of it). While this object lives,
// the writer's connection does not checkpoint; a thread with a connection of its own runs
// PASSIVE checkpoints, which never block the writer, after each commit it is told of and at
// least every second. When it ends, the writer's setting is restored and a last checkpoint runs.
class BackgroundCheckpointer final {
public:
    explicit BackgroundCheckpointer(Database &writer);
    ~BackgroundCheckpointer();
    BackgroundCheckpointer(const BackgroundCheckpointer &) = delete;
    BackgroundCheckpointer &operator=(const BackgroundCheckpointer &) = delete;

    // The writer committed: a checkpoint is worth running.
    void committed();
    // Checkpoints run so far (figures and tests).
    int checkpoints() const { return m_checkpoints.load(); }

private:
    void run(const QString &path);

    Database &m_writer;
    qint64 m_writerSetting = 0; // the writer's wal_autocheckpoint before the bulk write
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_pending = false;
    bool m_stop = false;
    std::atomic<int> m_checkpoints{0};
    std::thread m_thread;
};

} // namespace shoulou::storage
