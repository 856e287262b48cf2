#include "hubdatadir.h"

#include "hub/hubcertificate.h"
#include "hub/hubkeys.h"
#include "hub/hublogging.h"
#include "hub/pghubstore.h"
#include "hub/sqlitehubstore.h"
#include "storage/database.h"
#include "util/clock.h"
#include "util/uuid.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

#include <cstdio>
#include <optional>

namespace shoulou::hub {

namespace {

Error fileError(const QString &message)
{
    return makeError(QStringLiteral("hub.file"), message);
}

} // namespace

HubDataDir::Opened::Opened() = default;
HubDataDir::Opened::Opened(Opened &&) noexcept = default;
HubDataDir::Opened::~Opened() = default;

HubDataDir::HubDataDir(QString dir)
    : m_dir(std::move(dir))
{}

QString HubDataDir::databasePath() const
{
    return QDir(m_dir).filePath(QStringLiteral("hub.db"));
}

QString HubDataDir::keyPath() const
{
    return QDir(m_dir).filePath(QStringLiteral("hub.key"));
}

QString HubDataDir::certificatePath() const
{
    return QDir(m_dir).filePath(QStringLiteral("cert.pem"));
}

QString HubDataDir::tlsKeyPath() const
{
    return QDir(m_dir).filePath(QStringLiteral("key.pem"));
}

QString HubDataDir::snapshotDir() const
{
    return QDir(m_dir).filePath(QStringLiteral("snapshots"));
}

QString HubDataDir::lockPath() const
{
    return QDir(m_dir).filePath(QStringLiteral("serve.lock"));
}

QString HubDataDir::databaseUrlPath() const
{
    return QDir(m_dir).filePath(QStringLiteral("database.url"));
}

QString HubDataDir::databaseUrl() const
{
    QFile f(databaseUrlPath());
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).trimmed();
}

Result<QString> HubDataDir::init(const Clock &clock, const QString &databaseUrl)
{
    for (const QString &p : {databasePath(), databaseUrlPath(), keyPath(), certificatePath(), tlsKeyPath()}) {
        if (QFile::exists(p))
            return fileError(QCoreApplication::translate("HubDataDir", "%1 holds a hub already (%2 exists); nothing was changed.")
                                 .arg(m_dir, QFileInfo(p).fileName()));
    }
    // PostgreSQL first: a database that cannot be reached, or holds a hub, leaves no directory.
    std::unique_ptr<HubStore> store;
    if (!databaseUrl.isEmpty()) {
        auto pg = PgHubStore::open(databaseUrl);
        if (!pg)
            return pg.error();
        auto existing = (*pg)->meta();
        if (!existing)
            return existing.error();
        if (!existing->hubId.isEmpty())
            return fileError(QCoreApplication::translate("HubDataDir",
                                                         "The PostgreSQL database holds a hub already. For another process of "
                                                         "that hub, copy its data directory instead of running init."));
        store = std::move(pg).value();
    }
    if (!QDir().mkpath(m_dir))
        return fileError(QCoreApplication::translate("HubDataDir", "Cannot create the directory %1.").arg(m_dir));
    QFile::setPermissions(m_dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    auto keys = HubKeys::create(keyPath());
    if (!keys)
        return keys.error();
    if (auto c = HubCertificate::create(certificatePath(), tlsKeyPath(), clock); !c)
        return c.error();
    if (store) {
        QFile url(databaseUrlPath());
        if (!url.open(QIODevice::WriteOnly) || url.write(databaseUrl.toUtf8() + '\n') < 0)
            return fileError(QCoreApplication::translate("HubDataDir", "Cannot write %1.").arg(databaseUrlPath()));
        url.close();
        QFile::setPermissions(databaseUrlPath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner); // it may hold a password
    } else {
        auto sqlite = SqliteHubStore::open(databasePath(), &clock);
        if (!sqlite)
            return sqlite.error();
        store = std::move(sqlite).value();
    }
    UuidV7 uuid(clock);
    HubMeta meta{uuid.next(), uuid.next(), keys->publicKey()};
    if (auto r = store->initialize(meta); !r)
        return r.error();
    qCInfo(lcHub).noquote() << "hub" << meta.hubId << "initialised in" << m_dir << (databaseUrl.isEmpty() ? "" : "on PostgreSQL");
    return HubCertificate::fingerprint(certificatePath());
}

Result<HubDataDir::Opened> HubDataDir::open(const Clock *clock) const
{
    const QString url = databaseUrl();
    if (url.isEmpty() && !QFile::exists(databasePath()))
        return fileError(
            QCoreApplication::translate("HubDataDir", "%1 holds no hub; run \"shoulou-hub init --data %1\" first.").arg(m_dir));
    std::unique_ptr<HubStore> store;
    if (url.isEmpty()) {
        auto sqlite = SqliteHubStore::open(databasePath(), clock);
        if (!sqlite)
            return sqlite.error();
        store = std::move(sqlite).value();
    } else {
        auto pg = PgHubStore::open(url);
        if (!pg)
            return pg.error();
        store = std::move(pg).value();
    }
    auto meta = store->meta();
    if (!meta)
        return meta.error();
    if (meta->hubId.isEmpty())
        return fileError(
            QCoreApplication::translate("HubDataDir", "%1 was not initialised completely; make a new data directory.").arg(m_dir));
    auto keys = HubKeys::load(keyPath(), meta->publicKey);
    if (!keys)
        return keys.error();
    Opened o;
    o.store = std::move(store);
    o.keys = std::make_unique<HubKeys>(std::move(keys).value());
    return o;
}

Result<void> HubDataDir::backup(const QString &outFile) const
{
    if (!databaseUrl().isEmpty())
        return fileError(
            QCoreApplication::translate("HubDataDir", "A hub on PostgreSQL is backed up with PostgreSQL's own tools (pg_dump)."));
    auto opened = open();
    if (!opened)
        return opened.error();
    if (auto r = opened->store->backupTo(outFile); !r)
        return makeError(r.error().code,
                         QCoreApplication::translate("HubDataDir", "The backup to %1 failed: %2").arg(outFile, r.error().message));
    qCInfo(lcHub).noquote() << "backup written to" << outFile;
    return {};
}

Result<QString> HubDataDir::restore(const QString &fromFile, const Clock &clock) const
{
    if (!databaseUrl().isEmpty())
        return fileError(QCoreApplication::translate("HubDataDir",
                                                     "A hub on PostgreSQL is restored with PostgreSQL's own tools (pg_restore); "
                                                     "then give it a new epoch by hand."));
    if (!QFile::exists(fromFile))
        return fileError(QCoreApplication::translate("HubDataDir", "The backup %1 does not exist.").arg(fromFile));
    QLockFile lock(lockPath());
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0))
        return fileError(
            QCoreApplication::translate("HubDataDir", "The hub is running (it holds %1). Stop it before restoring.").arg(lockPath()));
    auto opened = open(&clock);
    if (!opened)
        return opened.error();
    std::optional<Opened> current(std::move(opened.value()));
    const QByteArray hubKey = current->keys->publicKey();

    // Check the backup on a copy: it must be a hub database of this hub (its offices' keys are
    // sealed to this hub's key), and whole.
    const QString restoring = databasePath() + QStringLiteral(".restoring");
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(restoring + suffix);
    if (!QFile::copy(fromFile, restoring))
        return fileError(QCoreApplication::translate("HubDataDir", "Cannot copy %1 into %2.").arg(fromFile, m_dir));
    QString epoch;
    {
        auto restored = SqliteHubStore::open(restoring, &clock);
        if (!restored) {
            QFile::remove(restoring);
            return makeError(
                restored.error().code,
                QCoreApplication::translate("HubDataDir", "%1 is not a backup of a hub: %2").arg(fromFile, restored.error().message));
        }
        auto &db = (*restored)->database();
        const QString integrity = db.queryText("PRAGMA integrity_check");
        auto meta = (*restored)->meta();
        QString why;
        if (integrity != QLatin1String("ok"))
            why = QCoreApplication::translate("HubDataDir", "the file is damaged");
        else if (!meta || meta->hubId.isEmpty())
            why = QCoreApplication::translate("HubDataDir", "it holds no hub");
        else if (meta->publicKey != hubKey)
            why = QCoreApplication::translate("HubDataDir", "it is the backup of another hub (its key differs from %1)").arg(keyPath());
        if (why.isEmpty()) {
            epoch = UuidV7(clock).next();
            if (auto r = (*restored)->setEpoch(epoch); !r)
                why = r.error().message;
            else if (auto c = db.execute("PRAGMA wal_checkpoint(TRUNCATE)"); !c)
                why = c.error().message;
        }
        if (!why.isEmpty()) {
            restored->reset();
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(restoring + suffix);
            return fileError(QCoreApplication::translate("HubDataDir", "%1 was not restored: %2. Nothing was changed.").arg(fromFile, why));
        }
    }

    // Keep what is replaced, then swap: the old WAL must go before the rename, or SQLite
    // would replay it into the restored file.
    const QString kept = databasePath() + QStringLiteral(".before-restore-") + clock.now().toString(QStringLiteral("yyyyMMddHHmmss"));
    if (auto r = current->store->backupTo(kept); !r)
        return fileError(
            QCoreApplication::translate("HubDataDir", "Could not keep a copy of the current database (%1); nothing was changed.")
                .arg(r.error().message));
    (void)static_cast<SqliteHubStore &>(*current->store).database().execute("PRAGMA wal_checkpoint(TRUNCATE)");
    current.reset(); // closes the current database
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(databasePath() + suffix);
    if (::rename(QFile::encodeName(restoring).constData(), QFile::encodeName(databasePath()).constData()) != 0)
        return fileError(QCoreApplication::translate("HubDataDir",
                                                     "Could not move the restored database into place; %1 is still there and %2 "
                                                     "holds the previous one.")
                             .arg(restoring, kept));
    QFile::remove(restoring + QStringLiteral("-wal"));
    QFile::remove(restoring + QStringLiteral("-shm"));
    // The snapshots and their working copies may hold ops the restored log no longer has:
    // they are made again from the restored log.
    QDir(snapshotDir()).removeRecursively();
    qCInfo(lcHub).noquote() << "restored" << fromFile << "; new hub epoch" << epoch << "; the previous database is" << kept;
    return epoch;
}

} // namespace shoulou::hub
