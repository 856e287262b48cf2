#include "keychainkeystore.h"

#include <QCoreApplication>
#include <QThread>

#include <qt6keychain/keychain.h>

#include <chrono>
#include <future>
#include <memory>

namespace shoulou::security {

namespace {

const QString kService = QStringLiteral("Shoulou");

QString entryName(const QString &databaseId)
{
    return QStringLiteral("office-db/") + databaseId;
}

// QtKeychain jobs are asynchronous and need an event loop in the thread they live in; the key
// is needed before anything else can happen. The job runs on a short-lived thread of its own
// (that thread's event loop, not one nested in the caller's — a nested loop on the GUI thread
// would run other windows' events half-way through opening an office), and the caller waits
// for it at most 10 s.
bool runJob(QKeychain::Job &job)
{
    QThread thread;
    thread.setObjectName(QStringLiteral("keychain"));
    auto done = std::make_shared<std::promise<void>>();
    std::future<void> finished = done->get_future();
    job.moveToThread(&thread);
    // Direct: runs on the keychain thread as the job finishes.
    QObject::connect(
        &job, &QKeychain::Job::finished, &job,
        [done] {
            try {
                done->set_value();
            } catch (const std::future_error &) { // finished twice: the first one counts
            }
        },
        Qt::DirectConnection);
    thread.start();
    QMetaObject::invokeMethod(
        &job, [&job] { job.start(); }, Qt::QueuedConnection);
    const bool answered = finished.wait_for(std::chrono::seconds(10)) == std::future_status::ready;
    thread.quit();
    thread.wait();
    return answered && job.error() == QKeychain::NoError;
}

} // namespace

bool KeychainKeyStore::serviceLikelyAvailable()
{
#if defined(Q_OS_LINUX)
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
#else
    return true;
#endif
}

Result<QByteArray> KeychainKeyStore::load(const QString &databaseId)
{
    QKeychain::ReadPasswordJob job(kService);
    job.setAutoDelete(false);
    job.setKey(entryName(databaseId));
    if (runJob(job))
        return job.binaryData();
    if (job.error() == QKeychain::EntryNotFound)
        return QByteArray();
    return makeError(QStringLiteral("key.keychain"),
                     QCoreApplication::translate("KeychainKeyStore", "The system keychain did not answer: %1").arg(job.errorString()));
}

Result<void> KeychainKeyStore::store(const QString &databaseId, const QByteArray &key)
{
    QKeychain::WritePasswordJob job(kService);
    job.setAutoDelete(false);
    job.setKey(entryName(databaseId));
    job.setBinaryData(key);
    if (runJob(job))
        return {};
    return makeError(
        QStringLiteral("key.keychain"),
        QCoreApplication::translate("KeychainKeyStore", "The system keychain did not store the key: %1").arg(job.errorString()));
}

QString KeychainKeyStore::describe(const QString &databaseId) const
{
    return QCoreApplication::translate("KeychainKeyStore", "system keychain entry %1/%2").arg(kService, entryName(databaseId));
}

} // namespace shoulou::security
