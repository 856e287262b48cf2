#include "backgroundcheckpointer.h"

#include "storage/database.h"

#include <QLoggingCategory>

#include <sqlite3.h>

#include <chrono>

Q_LOGGING_CATEGORY(lcCheckpoint, "shoulou.storage.checkpoint")

namespace shoulou::storage {

BackgroundCheckpointer::BackgroundCheckpointer(Database &writer) : m_writer(writer)
{
    if (writer.path().isEmpty() || writer.path() == QLatin1String(":memory:"))
        return; // nothing to checkpoint: the writer keeps its setting
    m_writerSetting = m_writer.queryInt("PRAGMA wal_autocheckpoint");
    (void)m_writer.execute("PRAGMA wal_autocheckpoint = 0");
    m_thread = std::thread([this, path = writer.path()] { run(path); });
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
    // Back to the writer's own setting; its next commit checkpoints what is left.
    (void)m_writer.execute(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(m_writerSetting));
}

void BackgroundCheckpointer::committed()
{
    {
        std::lock_guard lock(m_mutex);
        m_pending = true;
    }
    m_wake.notify_one();
}

void BackgroundCheckpointer::run(const QString &path)
{
    // A connection of its own (connections belong to their thread); no migration: the writer
    // has the file open and current.
    auto db = Database::open(path, Database::Options{false, false});
    if (!db) {
        qCWarning(lcCheckpoint) << "no checkpoint connection:" << db.error().message;
        return;
    }
    for (;;) {
        bool stop = false;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait_for(lock, std::chrono::seconds(1), [&] { return m_pending || m_stop; });
            m_pending = false;
            stop = m_stop;
        }
        int logFrames = 0, copied = 0;
        const int rc = sqlite3_wal_checkpoint_v2((*db)->handle(), nullptr, SQLITE_CHECKPOINT_PASSIVE, &logFrames, &copied);
        if (rc == SQLITE_OK)
            ++m_checkpoints;
        else if (rc != SQLITE_BUSY)
            qCWarning(lcCheckpoint) << "checkpoint failed:" << (*db)->lastError();
        if (stop)
            return;
    }
}

} // namespace shoulou::storage
