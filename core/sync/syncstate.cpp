#include "syncstate.h"

#include "storage/database.h"

namespace shoulou::sync {

namespace {

const QString kEnrolled = QStringLiteral("sync.enrolled");
const QString kHub = QStringLiteral("sync.hub_url");
const QString kFingerprint = QStringLiteral("sync.fingerprint");
const QString kOffice = QStringLiteral("sync.office_code");
const QString kToken = QStringLiteral("sync.token");
const QString kLogin = QStringLiteral("sync.login");
const QString kUserId = QStringLiteral("sync.user_id");
const QString kEpoch = QStringLiteral("sync.hub_epoch");
const QString kCursor = QStringLiteral("sync.cursor");

} // namespace

SyncState SyncState::load(storage::Database &db)
{
    SyncState s;
    s.enrolled = db.meta(kEnrolled) == QLatin1String("1");
    s.hubUrl = db.meta(kHub);
    s.fingerprint = db.meta(kFingerprint);
    s.officeCode = db.meta(kOffice);
    s.token = db.meta(kToken);
    s.login = db.meta(kLogin);
    s.userId = db.meta(kUserId);
    s.hubEpoch = db.meta(kEpoch);
    s.cursor = db.meta(kCursor).toLongLong();
    return s;
}

Result<void> SyncState::save(storage::Database &db) const
{
    const std::pair<QString, QString> values[] = {{kEnrolled, enrolled ? QStringLiteral("1") : QStringLiteral("0")},
                                                  {kHub, hubUrl},
                                                  {kFingerprint, fingerprint},
                                                  {kOffice, officeCode},
                                                  {kToken, token},
                                                  {kLogin, login},
                                                  {kUserId, userId},
                                                  {kEpoch, hubEpoch},
                                                  {kCursor, QString::number(cursor)}};
    for (const auto &[key, value] : values)
        if (auto r = db.setMeta(key, value); !r)
            return r;
    return {};
}

Result<void> SyncState::setCursor(storage::Database &db, qint64 cursor)
{
    return db.setMeta(kCursor, QString::number(cursor));
}

Result<void> SyncState::setSession(storage::Database &db, const QString &token, const QString &login, const QString &userId)
{
    storage::Transaction tx(db);
    if (!tx.started())
        return tx.started();
    for (const auto &[key, value] : {std::pair{kToken, token}, std::pair{kLogin, login}, std::pair{kUserId, userId}})
        if (auto r = db.setMeta(key, value); !r)
            return r;
    return tx.commit();
}

} // namespace shoulou::sync
