#include "keychainkeystore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace shoulou::security {

namespace {

const QString kService = QStringLiteral("Shoulou");

QString entryName(const QString &databaseId)
{
    return QStringLiteral("office-db/") + databaseId;
}

// QtKeychain jobs are asynchronous; the key is needed before anything else can happen, so
// wait for the job with a bounded local loop.
bool runJob(QKeychain::Job &job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    return job.error() == QKeychain::NoError;
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
