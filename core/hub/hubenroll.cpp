// HubService's enrolment frames (enroll, set_office_key), kept apart from the frames a desk
// sends every round (hello, push, pull) in hubservice.cpp.
#include "hubservice.h"

#include "hub/framereader.h"
#include "hub/hubjson.h"
#include "hub/hubkeys.h"
#include "hub/hublogging.h"
#include "hub/hubreply.h"
#include "hub/hubstore.h"
#include "hub/officecode.h"
#include "util/clock.h"

#include <QCoreApplication>

#include <sodium.h>

#include <limits>

namespace shoulou::hub {

namespace {

constexpr qint64 kMaxInt = std::numeric_limits<qint64>::max();
constexpr int kOfficeKeyBytes = 32;

} // namespace

QJsonObject HubService::enroll(qint64 id, FrameReader &r, const Peer &peer)
{
    const QString typedCode = r.text("office_code", 32);
    const QString login = r.text("login", 128);
    const QString pass = r.text("password", 1024);
    const QString wsId = r.uuid("workstation_id");
    const QByteArray wsKey = r.base64("workstation_public_key", crypto_box_PUBLICKEYBYTES);
    const QString kind = r.text("kind", 16);
    if (r.ok() && kind != QLatin1String("kiosk") && kind != QLatin1String("desk"))
        r.fail("kind", QCoreApplication::translate("HubService", "must be \"kiosk\" or \"desk\""));
    const bool hasHistory = r.boolean("has_history");
    const auto historySeq = r.optionalInteger("history_client_seq", 0, kMaxInt);
    if (r.ok() && hasHistory && !historySeq)
        r.fail("history_client_seq", QCoreApplication::translate("HubService", "is required when has_history is true"));
    if (!r.ok())
        return reply::error(id, r.error());

    const QString code = OfficeCode::normalize(typedCode);
    const QString throttleLogin = code + QLatin1Char('/') + login;
    if (const qint64 wait = std::max(m_loginThrottle.waitMs(throttleLogin), m_addressThrottle.waitMs(peer.address)); wait > 0)
        return reply::error(
            id, QStringLiteral("throttled"),
            QCoreApplication::translate("HubService", "Too many failed attempts. Try again in %1 s.").arg((wait + 999) / 1000),
            {{QStringLiteral("retry_after_ms"), wait}});

    auto office = m_store.officeByCode(code);
    if (!office)
        return storeFailure(id, office.error());
    if (!office->has_value()) {
        m_addressThrottle.fail(peer.address);
        qCWarning(lcHub).noquote() << "enroll for an unknown office code from" << peer.address;
        return reply::error(id, QStringLiteral("office_not_found"),
                            QCoreApplication::translate("HubService", "There is no office with the code %1 at this hub.").arg(code));
    }
    const OfficeRecord o = **office;
    auto user = m_store.userByLogin(o.id, login);
    if (!user)
        return storeFailure(id, user.error());
    if (auto refused = checkPassword(id, throttleLogin, *user, pass, peer))
        return *refused;
    const UserRecord u = **user;
    if (!u.active)
        return reply::error(id, QStringLiteral("user_revoked"),
                            QCoreApplication::translate("HubService", "The account %1 has been revoked.").arg(u.login));

    auto existing = m_store.workstation(wsId);
    if (!existing)
        return storeFailure(id, existing.error());
    if (existing->has_value() && (*existing)->revoked)
        return reply::error(id, QStringLiteral("workstation_revoked"),
                            QCoreApplication::translate("HubService", "This workstation has been revoked at the hub."));
    if (existing->has_value() && (*existing)->officeId != o.id)
        return reply::error(id, QStringLiteral("workstation_other_office"),
                            QCoreApplication::translate(
                                "HubService", "This workstation is enrolled in another office of this hub; it cannot join a second one."));
    const bool history = hasHistory && *historySeq > 0;
    const bool kiosk = kind == QLatin1String("kiosk") || u.role == QLatin1String("kiosk");
    // The reception kiosk starts from a new file, and seals what visitors tell it to the office's
    // key pair: an office without its key yet (no desk enrolled) cannot take one.
    QByteArray sealPublicKey;
    if (kiosk) {
        if (history)
            return reply::error(id, QStringLiteral("kiosk_needs_new_database"),
                                QCoreApplication::translate("HubService",
                                                            "The reception kiosk starts from a new, empty database; an office's "
                                                            "data cannot come in through it."));
        if (o.keySealedForHub.isEmpty())
            return reply::error(id, QStringLiteral("office_has_no_key"),
                                QCoreApplication::translate("HubService", "The office %1 has no key yet: enrol a desk of the office first, "
                                                                          "then the reception kiosk.")
                                    .arg(o.name));
        auto derived = officeSealPublicKey(o);
        if (!derived)
            return storeFailure(id, makeError(QStringLiteral("hub.no_office_key"), QStringLiteral("office key does not open")));
        sealPublicKey = *derived;
    }
    // Only an empty office takes a standalone office's history, and only one.
    auto notEmpty = [&](const OfficeRecord &target) -> std::optional<QJsonObject> {
        if (target.hasLog())
            return reply::error(id, QStringLiteral("office_not_empty"),
                                QCoreApplication::translate(
                                    "HubService",
                                    "The office %1 at the hub already has data, so an office with data of its own cannot join it. Enroll "
                                    "from a new, empty database instead; its data then comes from the hub.")
                                    .arg(target.name));
        if (!target.historyWorkstationId.isEmpty() && target.historyWorkstationId != wsId)
            return reply::error(
                id, QStringLiteral("office_not_empty"),
                QCoreApplication::translate("HubService",
                                            "Another workstation is already bringing its office's data into %1; only one office's data can "
                                            "become the hub's.")
                    .arg(target.name));
        return std::nullopt;
    };
    if (history) {
        if (auto refused = notEmpty(o))
            return *refused;
    }

    const qint64 now = m_clock.nowMs();
    WorkstationRecord ws = existing->has_value() ? **existing : WorkstationRecord{};
    ws.id = wsId;
    ws.officeId = o.id;
    ws.enrolledBy = u.key;
    ws.publicKey = wsKey;
    ws.kind = kind;
    ws.scope = kiosk ? QStringLiteral("kiosk") : QStringLiteral("office");
    if (history) {
        ws.history = true;
        ws.historyThrough = historySeq;
    }
    ws.protocolVersion = 1;
    ws.enrolledAt = now;
    ws.lastSeenAt = now;

    if (auto b = m_store.beginWrite(); !b)
        return storeFailure(id, b.error());
    if (history) { // again under the office's lock: another hub process may have been quicker
        auto locked = m_store.lockOffice(o.id);
        auto fresh = locked ? m_store.office(o.id) : Result<std::optional<OfficeRecord>>(locked.error());
        if (!fresh || !fresh->has_value()) {
            m_store.rollback();
            return storeFailure(id, fresh ? makeError(QStringLiteral("hub.storage"), QStringLiteral("office vanished")) : fresh.error());
        }
        if (auto refused = notEmpty(**fresh)) {
            m_store.rollback();
            return *refused;
        }
    }
    if (auto w = m_store.upsertWorkstation(ws); !w) {
        m_store.rollback();
        return storeFailure(id, w.error());
    }
    if (history) {
        if (auto h = m_store.setOfficeHistory(o.id, wsId, historySeq); !h) {
            m_store.rollback();
            return storeFailure(id, h.error());
        }
    }
    auto token = newSession(wsId, u.key);
    if (!token) {
        m_store.rollback();
        return storeFailure(id, token.error());
    }
    if (auto c = m_store.commit(); !c) {
        m_store.rollback();
        return storeFailure(id, c.error());
    }
    auto meta = m_store.meta();
    if (!meta)
        return storeFailure(id, meta.error());
    qCInfo(lcHub).noquote() << "enrolled workstation" << wsId << "(" << kind << ") in office" << o.code << "by" << u.login
                            << (history ? "bringing its office's history" : "");

    QJsonObject body{{QStringLiteral("token"), *token},
                     {QStringLiteral("hub_epoch"), meta->epoch},
                     {QStringLiteral("hub_public_key"), QString::fromLatin1(m_keys.publicKey().toBase64())},
                     {QStringLiteral("office"), officeJson(o)},
                     {QStringLiteral("user"), userJson(u)},
                     {QStringLiteral("office_empty"), !o.hasLog()}};
    if (!kiosk) {
        if (auto sealed = officeKeyFor(o, wsKey))
            body.insert(QStringLiteral("office_key_sealed"), QString::fromLatin1(sealed->toBase64()));
    } else {
        body.insert(QStringLiteral("office_seal_public_key"), QString::fromLatin1(sealPublicKey.toBase64()));
    }
    return reply::ok(QStringLiteral("enroll"), id, body);
}

QJsonObject HubService::setOfficeKey(qint64 id, FrameReader &r)
{
    const QString token = r.text("token", 128);
    const QByteArray sealed = r.base64("office_key_sealed_for_hub", kOfficeKeyBytes + crypto_box_SEALBYTES);
    if (!r.ok())
        return reply::error(id, r.error());
    auto caller = authenticate(token);
    if (!caller)
        return refusedOrFailed(id, caller.error());
    if (caller->workstation.scope == QLatin1String("kiosk") || caller->user.role == QLatin1String("kiosk"))
        return reply::error(id, QStringLiteral("forbidden"),
                            QCoreApplication::translate("HubService", "The reception kiosk never holds the office key."));
    auto key = m_keys.unseal(sealed);
    if (!key) {
        r.fail("office_key_sealed_for_hub", QCoreApplication::translate("HubService", "is not sealed to this hub's key"));
        return reply::error(id, r.error());
    }
    sodium_memzero(key->data(), size_t(key->size()));
    if (auto b = m_store.beginWrite(); !b)
        return storeFailure(id, b.error());
    auto office = m_store.office(caller->office.id);
    if (!office || !office->has_value()) {
        m_store.rollback();
        return storeFailure(id, office ? makeError(QStringLiteral("hub.storage"), QStringLiteral("office vanished")) : office.error());
    }
    if (!(*office)->keySealedForHub.isEmpty()) {
        m_store.rollback();
        return reply::error(id, QStringLiteral("office_key_exists"),
                            QCoreApplication::translate("HubService", "The office already has its key; it is never replaced."));
    }
    if (auto s = m_store.setOfficeKey(caller->office.id, sealed); !s) {
        m_store.rollback();
        return storeFailure(id, s.error());
    }
    if (auto c = m_store.commit(); !c) {
        m_store.rollback();
        return storeFailure(id, c.error());
    }
    qCInfo(lcHub).noquote() << "office" << caller->office.code << "received its key from workstation" << caller->workstation.id;
    return reply::ok(QStringLiteral("set_office_key"), id);
}

} // namespace shoulou::hub
