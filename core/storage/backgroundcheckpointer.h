#pragma once

#include <QString>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

struct sqlite3;

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
//
// A bound on the WAL: SQLite only starts the WAL file over when a write transaction begins
// after every frame was copied back. A writer that commits back to back never sees that while
// the copying runs beside it, so the WAL grew to 2.5 GB in a 400 k-row import. Each new frame
// then lands on fresh file space (the kernel zeroes each new page) and every page read searches
// a longer WAL index. So once the WAL holds `restartFrames` frames, committed() waits (at most
// a few seconds: a reader holding an old snapshot can prevent it) until the checkpointer has
// copied everything; the writer's next transaction then writes the WAL from its start.
class BackgroundCheckpointer final {
public:
    // 65 536 frames: 512 MiB with 8 KiB pages, one or two transactions of a large import.
    static constexpr int kRestartFrames = 65536;

    explicit BackgroundCheckpointer(Database &writer, int restartFrames = kRestartFrames,
                                    std::chrono::milliseconds maxWait = std::chrono::seconds(5));
    ~BackgroundCheckpointer();
    BackgroundCheckpointer(const BackgroundCheckpointer &) = delete;
    BackgroundCheckpointer &operator=(const BackgroundCheckpointer &) = delete;

    // The writer committed: a checkpoint is worth running. Waits when the WAL is over the bound.
    void committed();
    // Checkpoints run so far, and times the writer waited until the whole WAL was copied back,
    // so that its next transaction starts the WAL over (figures, tests).
    int checkpoints() const { return m_checkpoints.load(); }
    int restarts() const { return m_restarts.load(); }

private:
    void run(const QString &path);
    static int walHook(void *self, sqlite3 *db, const char *schema, int frames);

    Database &m_writer;
    const int m_restartFrames;
    const std::chrono::milliseconds m_maxWait;
    qint64 m_writerSetting = 0;      // the writer's wal_autocheckpoint before the bulk write
    std::atomic<int> m_walFrames{0}; // frames in the WAL after the writer's last commit
    std::mutex m_mutex;
    std::condition_variable m_wake;   // the checkpointer: a commit or the end
    std::condition_variable m_copied; // the writer: everything up to a commit was copied back
    bool m_pending = false;
    bool m_stop = false;
    bool m_gone = false;         // the checkpointer could not open its connection
    quint64 m_commits = 0;       // commits told of so far
    quint64 m_copiedCommits = 0; // every frame of the first m_copiedCommits commits is copied
    std::atomic<int> m_checkpoints{0};
    std::atomic<int> m_restarts{0};
    std::jthread m_thread; // joined by the destructor (a jthread also joins if construction fails half-way)
};

} // namespace shoulou::storage
