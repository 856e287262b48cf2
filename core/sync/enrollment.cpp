#include "enrollment.h"

#include "mutation/applier.h"
#include "office/officeinit.h"
#include "security/keyunlock.h"
#include "security/officekey.h"
#include "security/officesealkey.h"
#include "storage/database.h"
#include "sync/syncstate.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>

#include <sodium.h>

namespace shoulou::sync {

namespace {

Result<QByteArray> openSealed(const QString &base64, const QByteArray &publicKey, const QByteArray &secretKey)
{
    const QByteArray sealed = QByteArray::fromBase64(base64.toLatin1());
    if (sealed.size() != qsizetype(crypto_box_SEALBYTES + security::OfficeKey::kSize))
        return makeError(QStringLiteral("sync.protocol"), QStringLiteral("the sealed office key has the wrong size"));
    QByteArray master(security::OfficeKey::kSize, '\0');
    if (crypto_box_seal_open(reinterpret_cast<unsigned char *>(master.data()), reinterpret_cast<const unsigned char *>(sealed.constData()),
                             sealed.size(), reinterpret_cast<const unsigned char *>(publicKey.constData()),
                             reinterpret_cast<const unsigned char *>(secretKey.constData())) != 0)
        return makeError(QStringLiteral("sync.protocol"), QStringLiteral("the office key the hub sent cannot be opened"));
    return master;
}

Result<QString> sealFor(const QString &base64PublicKey, const QByteArray &master)
{
    const QByteArray pk = QByteArray::fromBase64(base64PublicKey.toLatin1());
    if (pk.size() != crypto_box_PUBLICKEYBYTES)
        return makeError(QStringLiteral("sync.protocol"), QStringLiteral("the hub sent no usable public key"));
    QByteArray sealed(crypto_box_SEALBYTES + master.size(), '\0');
    crypto_box_seal(reinterpret_cast<unsigned char *>(sealed.data()), reinterpret_cast<const unsigned char *>(master.constData()),
                    master.size(), reinterpret_cast<const unsigned char *>(pk.constData()));
    return QString::fromLatin1(sealed.toBase64());
}

Error kioskNeedsNewFile()
{
    return makeError(QStringLiteral("sync.kiosk_needs_new_file"),
                     QCoreApplication::translate("Enrollment", "The reception kiosk starts from a new database: this one already holds an "
                                                               "office's data or key. Enroll the kiosk into a new file; nothing was "
                                                               "changed."));
}

} // namespace

Result<EnrollResult> enroll(const EnrollRequest &request, Transport &transport, const Clock &clock)
{
    if (sodium_init() < 0)
        return makeError(QStringLiteral("security.sodium"), QStringLiteral("libsodium could not start"));
    const bool existed = QFile::exists(request.databasePath);
    auto opened = storage::Database::open(request.databasePath);
    if (!opened)
        return opened.error();
    storage::Database &db = **opened;
    if (SyncState::load(db).enrolled)
        return makeError(QStringLiteral("sync.enrolled"),
                         QCoreApplication::translate("Enrollment", "This office database is already enrolled with a hub (%1).")
                             .arg(SyncState::load(db).hubUrl));
    const bool hasOffice = existed && !db.queryText("SELECT id FROM office LIMIT 1").isEmpty();
    // Anything of an office here — its rows, its history, its key — and it is not for a kiosk.
    const bool hasOfficeData = hasOffice || (existed && (db.queryInt("SELECT count(*) FROM outbox") > 0 ||
                                                         !db.meta(QStringLiteral("key_check")).isEmpty()));
    const bool askedKiosk = request.kind == QLatin1String("kiosk");
    if (askedKiosk && hasOfficeData)
        return kioskNeedsNewFile();
    std::optional<security::OfficeKey> ownKey;
    if (hasOffice && request.key) {
        ownKey = *request.key;
    } else if (hasOffice) {
        auto key = security::unlockOfficeKeyForFile(db);
        if (!key)
            return key.error();
        ownKey = *key;
    }
    mutation::Applier probe(db, clock, ownKey ? &*ownKey : nullptr);
    if (auto r = probe.beginBatch(); !r) // gives a new file its workstation id
        return r.error();
    probe.rollbackBatch();
    const bool history = hasOffice && db.queryInt("SELECT count(*) FROM outbox") > 0;

    QByteArray pk(crypto_box_PUBLICKEYBYTES, '\0'), sk(crypto_box_SECRETKEYBYTES, '\0');
    crypto_box_keypair(reinterpret_cast<unsigned char *>(pk.data()), reinterpret_cast<unsigned char *>(sk.data()));
    auto reply = transport.call(
        {{QStringLiteral("t"), QStringLiteral("enroll")},
         {QStringLiteral("id"), 1},
         {QStringLiteral("office_code"), request.officeCode},
         {QStringLiteral("login"), request.login},
         {QStringLiteral("password"), request.password},
         {QStringLiteral("workstation_id"), probe.workstationId()},
         {QStringLiteral("workstation_public_key"), QString::fromLatin1(pk.toBase64())},
         {QStringLiteral("kind"), askedKiosk ? QStringLiteral("kiosk") : QStringLiteral("desk")},
         {QStringLiteral("has_history"), history},
         // how much history will follow, so the hub can hold the office for it
         {QStringLiteral("history_client_seq"), double(db.queryInt("SELECT coalesce(max(client_seq), 0) FROM outbox"))}});
    if (!reply)
        return reply.error();
    const QJsonObject office = reply->value(QLatin1String("office")).toObject();
    const QJsonObject user = reply->value(QLatin1String("user")).toObject();
    const bool officeEmpty = reply->value(QLatin1String("office_empty")).toBool();
    const QString sealed = reply->value(QLatin1String("office_key_sealed")).toString();

    SyncState state;
    state.enrolled = true;
    state.hubUrl = request.hubUrl;
    state.fingerprint = request.fingerprint;
    state.officeCode = office.value(QLatin1String("code")).toString(request.officeCode);
    state.token = reply->value(QLatin1String("token")).toString();
    state.login = request.login;
    state.userId = user.value(QLatin1String("id")).toString();
    state.hubEpoch = reply->value(QLatin1String("hub_epoch")).toString();

    // The reception kiosk keeps no office key: the office's public sealing key instead.
    if (askedKiosk || user.value(QLatin1String("role")).toString() == QLatin1String("kiosk")) {
        sodium_memzero(sk.data(), size_t(sk.size()));
        if (hasOfficeData)
            return kioskNeedsNewFile();
        const QByteArray sealKey = QByteArray::fromBase64(reply->value(QLatin1String("office_seal_public_key")).toString().toLatin1());
        if (sealKey.size() != security::OfficeSealKey::kPublicKeySize)
            return makeError(QStringLiteral("sync.protocol"),
                             QCoreApplication::translate("Enrollment", "The hub sent no office sealing key for the reception kiosk; update "
                                                                       "the hub to this version."));
        state.scope = QStringLiteral("kiosk");
        state.sealPublicKey = sealKey;
        if (auto r = state.save(db); !r)
            return r.error();
        qCInfo(lcSync) << "enrolled as the reception kiosk of office" << state.officeCode;
        return EnrollResult{state.officeCode,
                            office.value(QLatin1String("name")).toString(),
                            probe.workstationId(),
                            request.login,
                            user.value(QLatin1String("role")).toString(),
                            false,
                            true};
    }

    // The office key: the hub's when it has one; ours (or a new one) when it has none yet.
    std::optional<security::OfficeKey> key = ownKey;
    if (!sealed.isEmpty()) {
        auto master = openSealed(sealed, pk, sk);
        if (!master)
            return master.error();
        if (ownKey) {
            if (ownKey->masterBytes() != *master)
                return makeError(QStringLiteral("sync.key_mismatch"),
                                 QCoreApplication::translate("Enrollment", "This office database has another key than the hub's "
                                                                           "office: it is a different office. Nothing was changed."));
        } else {
            auto adopted = security::adoptOfficeKey(db, *master);
            if (!adopted)
                return adopted.error();
            key = *adopted;
        }
    } else {
        if (!key) {
            auto made = security::unlockOfficeKeyForFile(db); // a fresh file: a new key
            if (!made)
                return made.error();
            key = *made;
        }
        auto forHub = sealFor(reply->value(QLatin1String("hub_public_key")).toString(), key->masterBytes());
        if (!forHub)
            return forHub.error();
        auto set = transport.call({{QStringLiteral("t"), QStringLiteral("set_office_key")},
                                   {QStringLiteral("id"), 2},
                                   {QStringLiteral("token"), state.token},
                                   {QStringLiteral("office_key_sealed_for_hub"), *forHub}});
        if (!set)
            return set.error();
    }
    sodium_memzero(sk.data(), size_t(sk.size())); // the key pair was only for this hand-over
    if (auto r = state.save(db); !r)
        return r.error();
    // A new replica of an office nobody has started yet starts it.
    if (officeEmpty && !hasOffice) {
        mutation::Applier applier(db, clock, &*key, state.userId);
        office::OfficeInit init;
        init.name = office.value(QLatin1String("name")).toString();
        if (auto r = applier.apply(init); !r)
            return r.error();
    }
    qCInfo(lcSync) << "enrolled with office" << state.officeCode << (history ? "bringing its history" : "");
    return EnrollResult{state.officeCode, office.value(QLatin1String("name")).toString(), probe.workstationId(),
                        request.login,    user.value(QLatin1String("role")).toString(),   history};
}

} // namespace shoulou::sync
