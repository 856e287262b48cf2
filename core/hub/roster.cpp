#include "roster.h"

#include "hub/hublogging.h"
#include "hub/hubstore.h"
#include "mutation/context.h"
#include "util/clock.h"

#include <QJsonDocument>

namespace shoulou::hub {

namespace {

const QStringList &knownRoles()
{
    static const QStringList roles{QStringLiteral("kiosk"), QStringLiteral("consultant"), QStringLiteral("manager"),
                                   QStringLiteral("channel"), QStringLiteral("admin")};
    return roles;
}

QString textOf(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString().trimmed();
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

Roster::Roster(HubStore &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
    , m_uuid(clock)
    , m_hlc(clock)
{}

QString Roster::userIdFor(const QString &opId)
{
    return mutation::Context::derivedId(opId, 1);
}

Result<void> Roster::learn(const QString &officeId, const LogEntry &entry)
{
    if (!entry.name.startsWith(QLatin1String("user.")) || entry.version != 1)
        return {};
    const QJsonObject args = QJsonDocument::fromJson(entry.args).object();
    if (entry.name == QLatin1String(kUserCreate))
        return learnCreate(officeId, entry, args);

    // The others name an existing user; one unknown to the office fails on every replica too.
    auto user = m_store.userById(officeId, textOf(args, "user_id"));
    if (!user)
        return user.error();
    if (!user->has_value())
        return {};
    UserRecord u = **user;
    if (entry.name == QLatin1String(kSetPassword)) {
        const QString verifier = textOf(args, "password_hash");
        if (!verifier.startsWith(QLatin1String("$argon2id$")))
            return {};
        u.verifier = verifier;
    } else if (entry.name == QLatin1String(kResetPassword)) {
        u.verifier.clear();
    } else if (entry.name == QLatin1String(kRevoke)) {
        u.active = false;
    } else if (entry.name == QLatin1String(kRestore)) {
        u.active = true;
    } else {
        return {};
    }
    qCInfo(lcHub).noquote() << "roster:" << entry.name << "for" << u.login;
    return m_store.updateUser(u);
}

Result<void> Roster::learnCreate(const QString &officeId, const LogEntry &entry, const QJsonObject &args)
{
    const QString login = textOf(args, "login"), displayName = textOf(args, "display_name"), role = textOf(args, "role");
    // user.create@1's own checks: without them the op fails on every replica and creates no one.
    if (login.isEmpty() || displayName.isEmpty() || !knownRoles().contains(role))
        return {};
    const QString id = userIdFor(entry.opId);
    const QString claimed = QJsonDocument::fromJson(entry.result).object().value(QLatin1String("user_id")).toString();
    if (!claimed.isEmpty() && claimed != id)
        qCWarning(lcHub).noquote() << "user.create" << entry.opId << "reported another user id than its replay gives; the replay's is kept";
    auto existing = m_store.userByLogin(officeId, login);
    if (!existing)
        return existing.error();
    if (existing->has_value()) {
        UserRecord u = **existing;
        if (!u.pending())
            return {}; // the login is taken: app_user.login is UNIQUE, the op creates no one anywhere
        // Added at the hub while the office was empty, now created by the office's history:
        // the history's user it is (its id and role are what every replica has).
        qCInfo(lcHub).noquote() << "roster: user" << login << "added at the hub is the history's user";
        u.id = id;
        u.displayName = displayName;
        u.role = role;
        return m_store.updateUser(u);
    }
    UserRecord u;
    u.officeId = officeId;
    u.id = id;
    u.login = login;
    u.displayName = displayName;
    u.role = role;
    u.createdAt = entry.createdAt;
    qCInfo(lcHub).noquote() << "roster: user" << login << "created by the log";
    auto key = m_store.insertUser(u);
    if (!key)
        return key.error();
    return {};
}

Result<LogEntry> Roster::appendHubOp(const QString &officeId, qint64 &nextHubSeq, const QString &name, int version, const QJsonObject &args,
                                     const QJsonObject &result, QString opId)
{
    auto seq = m_store.takeHubClientSeq();
    if (!seq)
        return seq.error();
    const qint64 now = m_clock.nowMs();
    LogEntry e;
    e.officeId = officeId;
    e.hubSeq = nextHubSeq;
    e.opId = opId.isEmpty() ? m_uuid.next() : std::move(opId);
    e.workstationId = QLatin1String(kHubWorkstation);
    e.clientSeq = *seq;
    e.name = name;
    e.version = version;
    e.args = compact(args);
    e.hlc = qint64(m_hlc.tick());
    e.createdAt = now;
    e.result = compact(result);
    e.status = QStringLiteral("applied");
    e.committedAt = now;
    if (auto r = m_store.appendLog(e); !r)
        return r.error();
    ++nextHubSeq;
    return e;
}

Result<void> Roster::appendUserState(const QString &officeId, qint64 &nextHubSeq, const UserRecord &user)
{
    if (!user.verifier.isEmpty()) {
        const QJsonObject args{{QStringLiteral("user_id"), user.id}, {QStringLiteral("password_hash"), user.verifier}};
        if (auto r = appendHubOp(officeId, nextHubSeq, QLatin1String(kSetPassword), 1, args); !r)
            return r.error();
    }
    if (!user.active) {
        if (auto r = appendHubOp(officeId, nextHubSeq, QLatin1String(kRevoke), 1, {{QStringLiteral("user_id"), user.id}}); !r)
            return r.error();
    }
    return {};
}

Result<bool> Roster::hasPending(const QString &officeId)
{
    auto users = m_store.users(officeId);
    if (!users)
        return users.error();
    for (const UserRecord &u : *users) {
        if (u.pending())
            return true;
    }
    return false;
}

Result<int> Roster::flushPending(const QString &officeId, qint64 &nextHubSeq)
{
    auto users = m_store.users(officeId);
    if (!users)
        return users.error();
    int appended = 0;
    for (UserRecord u : *users) {
        if (!u.pending())
            continue;
        const bool createdByHistory = u.id != userIdFor(u.pendingOpId);
        if (!createdByHistory) {
            if (!u.active) { // revoked before anyone had it: nobody needs to know the login
                u.pendingOpId.clear();
                if (auto r = m_store.updateUser(u); !r)
                    return r.error();
                continue;
            }
            const QJsonObject args{
                {QStringLiteral("login"), u.login}, {QStringLiteral("display_name"), u.displayName}, {QStringLiteral("role"), u.role}};
            if (auto r = appendHubOp(officeId, nextHubSeq, QLatin1String(kUserCreate), 1, args, {{QStringLiteral("user_id"), u.id}},
                                     u.pendingOpId);
                !r)
                return r.error();
            ++appended;
        }
        const qint64 before = nextHubSeq;
        if (auto r = appendUserState(officeId, nextHubSeq, u); !r)
            return r.error();
        appended += int(nextHubSeq - before);
        u.pendingOpId.clear();
        if (auto r = m_store.updateUser(u); !r)
            return r.error();
    }
    if (appended > 0)
        qCInfo(lcHub) << "roster: appended" << appended << "ops for users added at the hub";
    return appended;
}

Result<UserRecord> Roster::appendNewUser(const QString &officeId, qint64 &nextHubSeq, const QString &login, const QString &displayName,
                                         const QString &role, const QString &verifier)
{
    const QString opId = m_uuid.next();
    UserRecord u;
    u.officeId = officeId;
    u.id = userIdFor(opId);
    u.login = login;
    u.displayName = displayName;
    u.role = role;
    u.verifier = verifier;
    u.createdAt = m_clock.nowMs();
    const QJsonObject args{{QStringLiteral("login"), login}, {QStringLiteral("display_name"), displayName}, {QStringLiteral("role"), role}};
    if (auto r = appendHubOp(officeId, nextHubSeq, QLatin1String(kUserCreate), 1, args, {{QStringLiteral("user_id"), u.id}}, opId); !r)
        return r.error();
    auto key = m_store.insertUser(u);
    if (!key)
        return key.error();
    u.key = *key;
    if (auto r = appendUserState(officeId, nextHubSeq, u); !r)
        return r.error();
    return u;
}

} // namespace shoulou::hub
