#include "backgroundcheckpointer.h"

#include "storage/database.h"
#include "util/logging.h"

#include <sqlite3.h>

#include <chrono>

namespace shoulou::storage {

BackgroundCheckpointer::BackgroundCheckpointer(Database &writer, int restartFrames, std::chrono::milliseconds maxWait)
    : m_writer(writer)
    , m_restartFrames(restartFrames)
    , m_maxWait(maxWait)
{
    if (writer.path().isEmpty() || writer.path() == QLatin1String(":memory:"))
        return; // nothing to checkpoint: the writer keeps its setting
    m_writerSetting = m_writer.queryInt("PRAGMA wal_autocheckpoint");
    // Autocheckpoint is SQLite's own WAL hook; ours replaces it and only counts the frames.
    // Restoring the setting at the end puts SQLite's hook back.
    sqlite3_wal_hook(m_writer.handle(), &BackgroundCheckpointer::walHook, this);
    m_thread = std::jthread([this, path = writer.path()] { run(path); });
}

BackgroundCheckpointer::~BackgroundCheckpointer()
{
    if (!m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_one();
    m_thread.join();
    sqlite3_wal_hook(m_writer.handle(), nullptr, nullptr);
    // Back to the writer's own setting; its next commit checkpoints what is left.
    (void)m_writer.execute(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(m_writerSetting));
}

int BackgroundCheckpointer::walHook(void *self, sqlite3 *, const char *, int frames)
{
    static_cast<BackgroundCheckpointer *>(self)->m_walFrames.store(frames);
    return SQLITE_OK;
}

void BackgroundCheckpointer::committed()
{
    if (!m_thread.joinable())
        return;
    std::unique_lock lock(m_mutex);
    const quint64 commit = ++m_commits;
    m_pending = true;
    m_wake.notify_one();
    if (m_walFrames.load() < m_restartFrames)
        return;
    if (m_copied.wait_for(lock, m_maxWait, [&] { return m_copiedCommits >= commit || m_gone; }) && !m_gone)
        ++m_restarts;
    else
        qCDebug(lcStorage) << "the WAL could not be copied back in time; it keeps growing";
}

void BackgroundCheckpointer::run(const QString &path)
{
    // A connection of its own (connections belong to their thread); no migration: the writer
    // has the file open and current.
    auto db = Database::open(path, Database::Options{false, false});
    if (!db) {
        qCWarning(lcStorage) << "no checkpoint connection:" << db.error().message;
        std::lock_guard lock(m_mutex);
        m_gone = true; // the writer must not wait for copies that never come
        m_copied.notify_all();
        return;
    }
    bool incomplete = false; // the last checkpoint left frames behind
    for (;;) {
        bool stop = false;
        quint64 commits = 0;
        {
            std::unique_lock lock(m_mutex);
            // Frames left behind by a reader's snapshot: try again soon rather than in a second.
            const auto wait = incomplete ? std::chrono::milliseconds(20) : std::chrono::milliseconds(1000);
            m_wake.wait_for(lock, wait, [&] { return m_pending || m_stop; });
            m_pending = false;
            stop = m_stop;
            commits = m_commits; // all of these are in the WAL this checkpoint sees
        }
        int logFrames = 0, copied = 0;
        const int rc = sqlite3_wal_checkpoint_v2((*db)->handle(), nullptr, SQLITE_CHECKPOINT_PASSIVE, &logFrames, &copied);
        if (rc == SQLITE_OK) {
            ++m_checkpoints;
            incomplete = copied != logFrames;
            if (!incomplete) {
                std::lock_guard lock(m_mutex);
                m_copiedCommits = commits;
                m_copied.notify_all();
            }
        } else if (rc != SQLITE_BUSY) {
            qCWarning(lcStorage) << "checkpoint failed:" << (*db)->lastError();
        }
        if (stop)
            return;
    }
}

} // namespace shoulou::storage
