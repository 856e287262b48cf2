#include "hubservice.h"

#include "hub/framereader.h"
#include "hub/hubjson.h"
#include "hub/hubkeys.h"
#include "hub/hublogging.h"
#include "hub/hubpassword.h"
#include "hub/hubreply.h"
#include "hub/hubstore.h"
#include "hub/pushhandler.h"
#include "hub/roster.h"
#include "hub/snapshotframes.h"
#include "security/officekey.h"
#include "security/officesealkey.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <sodium.h>

#include <limits>

namespace shoulou::hub {

namespace {

constexpr qint64 kMaxInt = std::numeric_limits<qint64>::max();
// What one pull answer may carry of ops' arguments (the socket sends a message as one frame
// up to 4 MiB: see HubServer).
constexpr qint64 kMaxPageBytes = 2 * 1024 * 1024;
QByteArray tokenHash(const QByteArray &token)
{
    QByteArray h(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(h.data()), size_t(h.size()),
                       reinterpret_cast<const unsigned char *>(token.constData()), size_t(token.size()), nullptr, 0);
    return h;
}

std::optional<QByteArray> decodeToken(const QString &token)
{
    const auto d = QByteArray::fromBase64Encoding(token.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals |
                                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!d || d.decoded.size() != 32)
        return std::nullopt;
    return d.decoded;
}

Error refusal(const QString &code, const QString &message)
{
    return makeError(code, message);
}

QJsonArray opsJson(const QList<LogEntry> &ops)
{
    QJsonArray out;
    for (const LogEntry &e : ops) {
        out.append(QJsonObject{{QStringLiteral("hub_seq"), e.hubSeq},
                               {QStringLiteral("op_id"), e.opId},
                               {QStringLiteral("workstation_id"), e.workstationId},
                               {QStringLiteral("client_seq"), e.clientSeq},
                               {QStringLiteral("name"), e.name},
                               {QStringLiteral("version"), e.version},
                               {QStringLiteral("args"), QJsonDocument::fromJson(e.args).object()},
                               {QStringLiteral("hlc"), QString::number(e.hlc)},
                               {QStringLiteral("user_id"), e.userId.isEmpty() ? QJsonValue() : QJsonValue(e.userId)},
                               {QStringLiteral("created_at"), e.createdAt}});
    }
    return out;
}

} // namespace

HubService::HubService(HubStore &store, const HubKeys &keys, const Clock &clock, Poke poke)
    : HubService(store, keys, clock, std::move(poke), Options{})
{}

HubService::HubService(HubStore &store, const HubKeys &keys, const Clock &clock, Poke poke, Options options)
    : m_store(store)
    , m_keys(keys)
    , m_clock(clock)
    , m_poke(std::move(poke))
    , m_options(options)
    , m_loginThrottle(clock)
    , m_addressThrottle(clock)
    , m_roster(std::make_unique<Roster>(store, clock))
    , m_push(std::make_unique<PushHandler>(store, *m_roster, keys, clock, options.maxPushOps))
    , m_snapshots(std::make_unique<SnapshotFrames>(options.snapshotDir))
{
    if (sodium_init() < 0)
        qCCritical(lcHub) << "libsodium could not be initialised";
}

HubService::~HubService() = default;

QByteArray HubService::handleText(const QByteArray &text, const Peer &peer)
{
    auto frame = parseFrame(text);
    const QJsonObject out = frame ? handle(*frame, peer)
                                  : reply::error(0, QStringLiteral("bad_frame"), frame.error().message,
                                                 {{QStringLiteral("field"), QString()}});
    return out.isEmpty() ? QByteArray() : QJsonDocument(out).toJson(QJsonDocument::Compact);
}

QJsonObject HubService::handle(const QJsonObject &frame, const Peer &peer)
{
    FrameReader r(frame);
    const QString type = r.text("t", 32);
    const qint64 id = r.integer("id", 0, kMaxInt);
    if (!r.ok())
        return reply::error(r.failedField() == QLatin1String("id") ? 0 : id, r.error());
    if (type == QLatin1String("push"))
        return push(id, r);
    if (type == QLatin1String("pull"))
        return pull(id, r);
    if (type == QLatin1String("hello"))
        return hello(id, r);
    if (type == QLatin1String("enroll"))
        return enroll(id, r, peer);
    if (type == QLatin1String("signin"))
        return signin(id, r, peer);
    if (type == QLatin1String("set_office_key"))
        return setOfficeKey(id, r);
    if (type == QLatin1String("snapshot_info") || type == QLatin1String("snapshot_chunk"))
        return snapshot(id, type, r);
    if (type == QLatin1String("ping"))
        return reply::ok(QStringLiteral("pong"), id, {{QStringLiteral("hub_time_ms"), m_clock.nowMs()}});
    if (type == QLatin1String("pong"))
        return {};
    r.fail("t", QCoreApplication::translate("HubService", "names no frame type of protocol 1"));
    return reply::error(id, r.error());
}

QJsonObject HubService::refusedOrFailed(qint64 id, const Error &error)
{
    static const QStringList refusals{QStringLiteral("session_expired"), QStringLiteral("workstation_revoked"),
                                      QStringLiteral("user_revoked")};
    if (refusals.contains(error.code))
        return reply::error(id, error.code, error.message);
    return storeFailure(id, error);
}

QJsonObject HubService::storeFailure(qint64 id, const Error &error)
{
    qCWarning(lcHub).noquote() << "store failure:" << error.code << error.message;
    return reply::error(id, QStringLiteral("hub_unavailable"),
                        QCoreApplication::translate("HubService", "The hub could not read or write its database. Try again."));
}

Result<Caller> HubService::authenticate(const QString &token)
{
    const Error expired = refusal(QStringLiteral("session_expired"),
                                  QCoreApplication::translate("HubService", "The session has ended; sign in again."));
    const auto bytes = decodeToken(token);
    if (!bytes)
        return expired;
    auto session = m_store.session(tokenHash(*bytes));
    if (!session)
        return session.error();
    const qint64 now = m_clock.nowMs();
    if (!session->has_value() || (*session)->expiresAt <= now)
        return expired;
    Caller c;
    c.session = **session;
    // 12 h after the last use, not after the sign-in: a desk that syncs all day stays signed
    // in. Renewed once half of it is gone, so a session costs a write at most every 6 h.
    if (c.session.expiresAt - now < m_options.sessionTtlMs / 2) {
        c.session.expiresAt = now + m_options.sessionTtlMs;
        if (auto r = m_store.renewSession(c.session.tokenHash, c.session.expiresAt); !r)
            return r.error();
    }
    auto ws = m_store.workstation(c.session.workstationId);
    if (!ws)
        return ws.error();
    if (!ws->has_value())
        return expired;
    c.workstation = **ws;
    if (c.workstation.revoked)
        return refusal(QStringLiteral("workstation_revoked"),
                       QCoreApplication::translate("HubService", "This workstation has been revoked at the hub."));
    auto user = m_store.userByKey(c.session.userKey);
    if (!user)
        return user.error();
    if (!user->has_value())
        return expired;
    c.user = **user;
    if (!c.user.active)
        return refusal(QStringLiteral("user_revoked"),
                       QCoreApplication::translate("HubService", "The account %1 has been revoked.").arg(c.user.login));
    auto office = m_store.office(c.workstation.officeId);
    if (!office)
        return office.error();
    if (!office->has_value())
        return expired;
    c.office = **office;
    return c;
}

QString HubService::officeOfToken(const QString &token)
{
    auto c = authenticate(token);
    return c ? c->office.id : QString();
}

std::optional<QJsonObject> HubService::checkPassword(qint64 id, const QString &throttleLogin, const std::optional<UserRecord> &user,
                                                     const QString &password, const Peer &peer)
{
    const bool match = user && password::verify(user->verifier, password);
    if (!user || user->verifier.isEmpty())
        password::burnOneVerification(); // an unknown login answers as slowly as a wrong password
    if (match) {
        m_loginThrottle.succeed(throttleLogin);
        m_addressThrottle.succeed(peer.address);
        return std::nullopt;
    }
    m_loginThrottle.fail(throttleLogin);
    m_addressThrottle.fail(peer.address);
    qCWarning(lcHub).noquote() << "wrong password for login" << throttleLogin << "from" << peer.address << "(failure"
                               << m_loginThrottle.failures(throttleLogin) << "in a row)";
    return reply::error(id, QStringLiteral("wrong_password"),
                        QCoreApplication::translate("HubService", "The login or the password is wrong."));
}

Result<QString> HubService::newSession(const QString &workstationId, qint64 userKey)
{
    QByteArray token(32, Qt::Uninitialized);
    randombytes_buf(token.data(), size_t(token.size()));
    const qint64 now = m_clock.nowMs();
    if (auto r = m_store.insertSession({tokenHash(token), workstationId, userKey, now, now + m_options.sessionTtlMs}); !r)
        return r.error();
    return QString::fromLatin1(token.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<QByteArray> HubService::officeKeyFor(const OfficeRecord &office, const QByteArray &workstationKey)
{
    if (office.keySealedForHub.isEmpty())
        return std::nullopt;
    auto key = m_keys.unseal(office.keySealedForHub);
    if (!key) {
        qCCritical(lcHub).noquote() << "the office key of" << office.code << "does not open with this hub's key";
        return std::nullopt;
    }
    auto sealed = HubKeys::sealTo(workstationKey, *key);
    sodium_memzero(key->data(), size_t(key->size()));
    return sealed;
}

std::optional<QByteArray> HubService::officeSealPublicKey(const OfficeRecord &office)
{
    if (office.keySealedForHub.isEmpty())
        return std::nullopt;
    auto master = m_keys.unseal(office.keySealedForHub);
    if (!master) {
        qCCritical(lcHub).noquote() << "the office key of" << office.code << "does not open with this hub's key";
        return std::nullopt;
    }
    auto key = security::OfficeKey::fromBytes(*master);
    sodium_memzero(master->data(), size_t(master->size()));
    if (!key)
        return std::nullopt;
    return security::OfficeSealKey(*key).publicKey();
}

QJsonObject HubService::signin(qint64 id, FrameReader &r, const Peer &peer)
{
    const QString wsId = r.uuid("workstation_id");
    const QString login = r.text("login", 128);
    const QString pass = r.text("password", 1024);
    if (!r.ok())
        return reply::error(id, r.error());
    if (const qint64 wait = m_addressThrottle.waitMs(peer.address); wait > 0)
        return reply::error(
            id, QStringLiteral("throttled"),
            QCoreApplication::translate("HubService", "Too many failed attempts. Try again in %1 s.").arg((wait + 999) / 1000),
            {{QStringLiteral("retry_after_ms"), wait}});
    auto ws = m_store.workstation(wsId);
    if (!ws)
        return storeFailure(id, ws.error());
    if (!ws->has_value()) {
        m_addressThrottle.fail(peer.address);
        return reply::error(id, QStringLiteral("workstation_unknown"),
                            QCoreApplication::translate("HubService", "This workstation is not enrolled at the hub; enroll it first."));
    }
    if ((*ws)->revoked)
        return reply::error(id, QStringLiteral("workstation_revoked"),
                            QCoreApplication::translate("HubService", "This workstation has been revoked at the hub."));
    auto office = m_store.office((*ws)->officeId);
    if (!office || !office->has_value())
        return storeFailure(id, office ? makeError(QStringLiteral("hub.storage"), QStringLiteral("office vanished")) : office.error());
    const QString throttleLogin = (*office)->code + QLatin1Char('/') + login;
    if (const qint64 wait = m_loginThrottle.waitMs(throttleLogin); wait > 0)
        return reply::error(
            id, QStringLiteral("throttled"),
            QCoreApplication::translate("HubService", "Too many failed attempts. Try again in %1 s.").arg((wait + 999) / 1000),
            {{QStringLiteral("retry_after_ms"), wait}});
    auto user = m_store.userByLogin((*office)->id, login);
    if (!user)
        return storeFailure(id, user.error());
    if (auto refused = checkPassword(id, throttleLogin, *user, pass, peer))
        return *refused;
    const UserRecord u = **user;
    if (!u.active)
        return reply::error(id, QStringLiteral("user_revoked"),
                            QCoreApplication::translate("HubService", "The account %1 has been revoked.").arg(u.login));
    if (auto b = m_store.beginWrite(); !b)
        return storeFailure(id, b.error());
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
    qCInfo(lcHub).noquote() << "signed in" << u.login << "on workstation" << wsId;
    return reply::ok(
        QStringLiteral("signin"), id,
        {{QStringLiteral("token"), *token}, {QStringLiteral("user"), userJson(u)}, {QStringLiteral("hub_epoch"), meta->epoch}});
}

QJsonObject HubService::hello(qint64 id, FrameReader &r)
{
    const QString token = r.text("token", 128);
    const qint64 protocol = r.integer("protocol_version", 0, 1000000);
    const QString wsId = r.uuid("workstation_id");
    const QString epoch = r.optionalText("hub_epoch", 64).value_or(QString());
    const qint64 cursor = r.integer("cursor", 0, kMaxInt);
    if (!r.ok())
        return reply::error(id, r.error());
    auto caller = authenticate(token);
    if (!caller)
        return refusedOrFailed(id, caller.error());
    if (caller->workstation.id != wsId)
        return reply::error(id, QStringLiteral("session_expired"),
                            QCoreApplication::translate("HubService", "The session belongs to another workstation; sign in again."));
    if (protocol != 1)
        return reply::error(
            id, QStringLiteral("protocol_unsupported"),
            QCoreApplication::translate("HubService",
                                        "This hub speaks protocol version 1, not %1. Install the same Shoulou version on the hub and the "
                                        "workstations.")
                .arg(protocol));
    auto meta = m_store.meta();
    if (!meta)
        return storeFailure(id, meta.error());
    const qint64 latest = caller->office.nextHubSeq - 1;
    const bool kiosk = caller->workstation.scope == QLatin1String("kiosk");
    auto pruned = kiosk ? Result<qint64>(qint64(0)) : m_store.prunedThrough(caller->office.id);
    if (!pruned)
        return storeFailure(id, pruned.error());
    QJsonArray reasons;
    if (epoch != meta->epoch)
        reasons.append(QStringLiteral("epoch_changed")); // restored from a backup (or never seen)
    if (cursor > latest)
        reasons.append(QStringLiteral("cursor_ahead")); // the desk holds ops this hub no longer has
    else if (cursor < *pruned)
        reasons.append(QStringLiteral("cursor_behind")); // the log from there on is gone: start from the snapshot
    const qint64 now = m_clock.nowMs();
    if (auto b = m_store.beginWrite(); !b)
        return storeFailure(id, b.error());
    auto t = m_store.touchWorkstation(wsId, now, int(protocol));
    if (t && reasons.isEmpty())
        t = m_store.setWorkstationPulled(wsId, cursor);
    if (!t) {
        m_store.rollback();
        return storeFailure(id, t.error());
    }
    if (auto c = m_store.commit(); !c) {
        m_store.rollback();
        return storeFailure(id, c.error());
    }
    QJsonObject body{{QStringLiteral("hub_epoch"), meta->epoch},
                     {QStringLiteral("hub_time_ms"), now},
                     {QStringLiteral("latest_hub_seq"), latest},
                     {QStringLiteral("last_acked_client_seq"), caller->workstation.lastAckedClientSeq},
                     {QStringLiteral("action"), reasons.isEmpty() ? QStringLiteral("ok") : QStringLiteral("reset_required")},
                     {QStringLiteral("reasons"), reasons},
                     {QStringLiteral("hub_public_key"), QString::fromLatin1(m_keys.publicKey().toBase64())},
                     {QStringLiteral("office"), officeJson(caller->office)},
                     {QStringLiteral("user"), userJson(caller->user)}};
    // A desk enrolled before the office had its key gets it at its next hello.
    if (caller->workstation.scope != QLatin1String("kiosk") && caller->user.role != QLatin1String("kiosk")) {
        if (auto sealed = officeKeyFor(caller->office, caller->workstation.publicKey))
            body.insert(QStringLiteral("office_key_sealed"), QString::fromLatin1(sealed->toBase64()));
    }
    return reply::ok(QStringLiteral("hello"), id, body);
}

QJsonObject HubService::push(qint64 id, FrameReader &r)
{
    const QString token = r.text("token", 128);
    if (!r.ok())
        return reply::error(id, r.error());
    auto caller = authenticate(token);
    if (!caller)
        return refusedOrFailed(id, caller.error());
    qint64 appendedThrough = 0;
    QJsonObject out = m_push->handle(id, r, *caller, appendedThrough);
    if (appendedThrough > 0 && m_poke)
        m_poke(caller->office.id, appendedThrough);
    return out;
}

QJsonObject HubService::pull(qint64 id, FrameReader &r)
{
    const QString token = r.text("token", 128);
    const qint64 since = r.integer("since", 0, kMaxInt);
    const int limit = int(r.optionalInteger("limit", 1, m_options.maxPullOps).value_or(m_options.maxPullOps));
    if (!r.ok())
        return reply::error(id, r.error());
    auto caller = authenticate(token);
    if (!caller)
        return refusedOrFailed(id, caller.error());
    // The page and the head it is measured against come from one snapshot.
    if (auto b = m_store.beginRead(); !b)
        return storeFailure(id, b.error());
    auto office = m_store.office(caller->office.id);
    if (!office || !office->has_value()) {
        m_store.rollback();
        return storeFailure(id, office ? makeError(QStringLiteral("hub.storage"), QStringLiteral("office vanished")) : office.error());
    }
    const qint64 latest = (*office)->nextHubSeq - 1;
    const PullScope scope{caller->workstation.scope == QLatin1String("kiosk"), caller->workstation.id};
    if (!scope.kiosk) {
        auto pruned = m_store.prunedThrough(caller->office.id);
        if (!pruned) {
            m_store.rollback();
            return storeFailure(id, pruned.error());
        }
        if (since < *pruned) {
            m_store.rollback();
            return reply::error(id, QStringLiteral("reset_required"),
                                QCoreApplication::translate("HubService",
                                                            "The hub no longer keeps the changes after %1; this workstation starts again "
                                                            "from the office's snapshot.")
                                    .arg(since));
        }
    }
    auto ops = m_store.pull(caller->office.id, since, limit, scope);
    m_store.rollback(); // a read: nothing to commit
    if (!ops)
        return storeFailure(id, ops.error());
    // A page stays well inside one WebSocket frame (kMaxPageBytes): big ops make a short page
    // that still says has_more.
    bool cut = false;
    qint64 bytes = 0;
    for (qsizetype i = 0; i < ops->size(); ++i) {
        bytes += (*ops)[i].args.size() + 256;
        if (i > 0 && bytes > kMaxPageBytes) {
            ops->resize(i);
            cut = true;
            break;
        }
    }
    // A full page ends at its last op; a short one means everything up to the head was seen
    // (ops outside a kiosk's scope included), so the cursor may move to the head.
    const qint64 to = ops->size() == limit || cut ? ops->last().hubSeq : std::max(since, latest);
    return reply::ok(QStringLiteral("pull"), id,
                     {{QStringLiteral("from"), since},
                      {QStringLiteral("to"), to},
                      {QStringLiteral("has_more"), to < latest},
                      {QStringLiteral("latest_hub_seq"), latest},
                      {QStringLiteral("ops"), opsJson(*ops)}});
}

QJsonObject HubService::snapshot(qint64 id, const QString &type, FrameReader &r)
{
    const QString token = r.text("token", 128);
    if (!r.ok())
        return reply::error(id, r.error());
    auto caller = authenticate(token);
    if (!caller)
        return refusedOrFailed(id, caller.error());
    return type == QLatin1String("snapshot_info") ? m_snapshots->info(id, *caller) : m_snapshots->chunk(id, r, *caller);
}

} // namespace shoulou::hub
