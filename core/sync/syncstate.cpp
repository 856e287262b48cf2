#include "syncstate.h"

#include "security/officesealkey.h"
#include "storage/database.h"

#include <QCoreApplication>

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
const QString kScope = QStringLiteral("sync.scope");
const QString kSealPublicKey = QStringLiteral("sync.office_seal_public_key");

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
    s.scope = db.meta(kScope);
    s.sealPublicKey = QByteArray::fromBase64(db.meta(kSealPublicKey).toLatin1());
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
    // Written only for a kiosk: a full replica's meta stays as it was before kiosks existed.
    const std::pair<QString, QString> kioskValues[] = {{kScope, scope}, {kSealPublicKey, QString::fromLatin1(sealPublicKey.toBase64())}};
    for (const auto &[key, value] : kioskValues)
        if (!value.isEmpty() || !db.meta(key).isEmpty())
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

Result<QByteArray> SyncState::officeSealPublicKey(storage::Database &db, const security::OfficeKey *key)
{
    if (key)
        return security::OfficeSealKey(*key).publicKey();
    const QByteArray enrolled = load(db).sealPublicKey;
    if (enrolled.size() == security::OfficeSealKey::kPublicKeySize)
        return enrolled;
    return makeError(QStringLiteral("kiosk.no_seal_key"),
                     QCoreApplication::translate("SyncState", "This database has neither the office key nor the office's public sealing "
                                                              "key: enroll it as the reception kiosk first (shoulou-cli enroll --kiosk)."));
}

} // namespace shoulou::sync
