#pragma once

#include "io/importer.h"
#include "security/officekey.h"

#include <QObject>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>
#include <memory>

namespace shoulou::ui {

class OfficeSession;

// What one import came to, as the result page shows it.
struct ImportOutcome {
    bool ok = false;
    QString error;             // why it stopped (already translated), when !ok
    io::ImportSummary summary; // when ok (cancelled or complete); summary.flagged lists the
                               // rejected and warned rows, at most ImportRunner::kMaxListed
    QString reportPath;        // the per-row report of every committed row
};

// Runs one import at a time on a thread of its own, with its own connection and write path:
// the session's writer stays free for the desk's edits, which queue on SQLite's busy timeout
// between batches. Every committed batch is durable, so a cancel keeps what was saved.
class ImportRunner final : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxListed = 10000; // rejected and warned rows listed on screen; the report has all

    explicit ImportRunner(OfficeSession &session, QObject *parent = nullptr);
    // Cancels a running import and waits for its current batch: the thread uses the session's
    // clock and key.
    ~ImportRunner() override;

    // The runner sets progress, cancel and reportPath of `options`.
    void start(io::ImportOptions options);
    // Thread-safe: the import stops before its next batch.
    void cancel();
    bool isRunning() const { return m_running; }
    bool cancelRequested() const { return m_cancel.load(); }
    const ImportOutcome &outcome() const { return m_outcome; }

signals:
    // On the GUI thread, after each committed batch.
    void progressed(qint64 rowsDone, qint64 bytesDone, qint64 bytesTotal);
    // On the import thread, right after a batch is committed and before the next one starts.
    void batchCommitted(qint64 rowsDone);
    void finished();

private:
    struct Context {
        QString path;
        security::OfficeKey key;
        QString userId;
        QString refusal; // nobody signed in at a desk that needs it: nothing is imported
    };
    void runOnThread(io::ImportOptions options, const Context &context);

    OfficeSession &m_session;
    std::atomic<bool> m_cancel{false};
    std::unique_ptr<QThread> m_thread;
    bool m_running = false;
    QTemporaryDir m_reportDir;
    ImportOutcome m_outcome; // written by the thread, read after finished()
};

} // namespace shoulou::ui
