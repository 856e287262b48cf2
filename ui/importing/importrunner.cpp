#include "importrunner.h"

#include "common/officesession.h"
#include "mutation/applier.h"
#include "storage/database.h"

#include <QFile>

namespace shoulou::ui {

ImportRunner::ImportRunner(OfficeSession &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{}

ImportRunner::~ImportRunner()
{
    cancel();
    if (m_thread)
        m_thread->wait();
}

void ImportRunner::start(io::ImportOptions options)
{
    if (m_running)
        return;
    if (m_thread)
        m_thread->wait(); // the previous run's thread has already finished its work
    m_cancel = false;
    m_running = true;
    m_outcome = {};
    // What the thread needs from the session is copied here, on the GUI thread that owns it.
    // The import acts as the signed-in user (the Importer asks the table whether they may).
    const auth::Verdict may = m_session.mayApply(QStringLiteral("import"));
    Context context{m_session.path(), m_session.key(), m_session.currentUserId(), may ? QString() : may.reason};
    m_thread.reset(QThread::create([this, options, context]() mutable { runOnThread(std::move(options), context); }));
    m_thread->setObjectName(QStringLiteral("import"));
    connect(m_thread.get(), &QThread::finished, this, [this] {
        m_running = false;
        emit finished();
    });
    m_thread->start();
}

void ImportRunner::cancel()
{
    m_cancel = true;
}

void ImportRunner::runOnThread(io::ImportOptions options, const Context &context)
{
    ImportOutcome out;
    if (!context.refusal.isEmpty()) {
        out.error = context.refusal;
        m_outcome = std::move(out);
        return;
    }
    const QString reportPath = m_reportDir.isValid() ? m_reportDir.filePath(QStringLiteral("report.csv")) : QString();
    QFile::remove(reportPath); // a run that fails before writing one must not show the last run's
    storage::Database::Options dbOptions;
    dbOptions.migrate = false; // the session brought the schema up to date when it opened
    auto db = storage::Database::open(context.path, dbOptions);
    if (!db) {
        out.error = db.error().message;
        m_outcome = std::move(out);
        return;
    }
    {
        // The clock is shared on purpose (the database workers use it too): it is thread-safe.
        mutation::Applier applier(**db, m_session.clock(), &context.key, context.userId);
        io::Importer importer(applier, context.key, m_session.clock());
        options.reportPath = reportPath;
        options.maxFlaggedRows = kMaxListed;
        options.cancel = &m_cancel;
        options.progress = [this](qint64 rows, qint64 done, qint64 total) {
            emit batchCommitted(rows);
            emit progressed(rows, done, total);
        };
        auto result = importer.run(options);
        if (result) {
            out.ok = true;
            out.summary = *result;
        } else {
            out.error = result.error().message;
        }
    }
    if (!reportPath.isEmpty() && QFile::exists(reportPath))
        out.reportPath = reportPath;
    m_outcome = std::move(out);
}

} // namespace shoulou::ui
