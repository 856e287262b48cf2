#include "hubsignin.h"

#include "storage/database.h"
#include "sync/syncstate.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace shoulou::sync {

namespace {

// The hub's refusal as this workstation says it (in the desk's language, not the hub's).
Error explained(const Error &hub)
{
    const QString &c = hub.code;
    QString message;
    if (c == QLatin1String("wrong_password"))
        message = QCoreApplication::translate("HubSignIn", "The hub does not accept this login and password.");
    else if (c == QLatin1String("user_revoked"))
        message = QCoreApplication::translate("HubSignIn", "This account has been revoked at the hub.");
    else if (c == QLatin1String("workstation_revoked"))
        message = QCoreApplication::translate("HubSignIn", "This workstation has been revoked at the hub; it no longer syncs.");
    else if (c == QLatin1String("workstation_unknown"))
        message = QCoreApplication::translate("HubSignIn", "The hub does not know this workstation; it was enrolled with another hub.");
    else if (c == QLatin1String("throttled"))
        message = QCoreApplication::translate("HubSignIn", "Too many failed sign-ins at the hub; wait a moment and try again.");
    else if (c == kUnreachable)
        message = QCoreApplication::translate("HubSignIn", "The hub cannot be reached (%1); working offline.").arg(hub.message);
    else
        return hub;
    return makeError(c, message);
}

} // namespace

HubSignIn::HubSignIn(storage::Database &db, Transport &transport)
    : m_db(db)
    , m_transport(transport)
{}

Result<HubSession> HubSignIn::signIn(const QString &login, const QString &password)
{
    if (!SyncState::load(m_db).enrolled)
        return makeError(QStringLiteral("sync.not_enrolled"),
                         QCoreApplication::translate("HubSignIn", "This office database is not enrolled with a hub."));
    const QString workstationId = m_db.meta(QStringLiteral("workstation_id"));
    auto reply = m_transport.call({{QStringLiteral("t"), QStringLiteral("signin")},
                                   {QStringLiteral("id"), 1},
                                   {QStringLiteral("workstation_id"), workstationId},
                                   {QStringLiteral("login"), login},
                                   {QStringLiteral("password"), password}});
    if (!reply) {
        // The login only, never the password (nor personal data) in the log.
        qCInfo(lcSync).noquote() << "the hub did not sign in" << login << ":" << reply.error().code;
        return explained(reply.error());
    }
    const QJsonObject user = reply->value(QLatin1String("user")).toObject();
    HubSession s{reply->value(QLatin1String("token")).toString(), user.value(QLatin1String("id")).toString(),
                 user.value(QLatin1String("login")).toString(login), user.value(QLatin1String("display_name")).toString(),
                 user.value(QLatin1String("role")).toString()};
    if (s.token.isEmpty())
        return makeError(QStringLiteral("sync.protocol"), QStringLiteral("the hub's signin answer has no token"));
    if (auto r = SyncState::setSession(m_db, s.token, s.login, s.userId); !r)
        return r.error();
    qCInfo(lcSync).noquote() << "signed in at the hub as" << s.login;
    return s;
}

} // namespace shoulou::sync
