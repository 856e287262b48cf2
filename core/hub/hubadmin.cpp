#include "hubadmin.h"

#include "hub/hublogging.h"
#include "hub/hubpassword.h"
#include "hub/hubstore.h"
#include "hub/officecode.h"
#include "hub/roster.h"
#include "util/clock.h"
#include "util/uuid.h"

#include <QCoreApplication>

namespace shoulou::hub {

namespace {

bool knownRole(const QString &role)
{
    static const QStringList roles{QStringLiteral("kiosk"), QStringLiteral("consultant"), QStringLiteral("manager"),
                                   QStringLiteral("channel"), QStringLiteral("admin")};
    return roles.contains(role);
}

bool plainText(const QString &s)
{
    for (const QChar c : s) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return false;
    }
    return true;
}

} // namespace

HubAdmin::HubAdmin(HubStore &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{}

Result<void> HubAdmin::commitOrRollback()
{
    if (auto c = m_store.commit(); !c) {
        m_store.rollback();
        return c;
    }
    return {};
}

Result<OfficeRecord> HubAdmin::addOffice(const QString &name)
{
    const QString n = name.trimmed().normalized(QString::NormalizationForm_C);
    if (n.isEmpty() || n.size() > 200 || !plainText(n))
        return makeError(QStringLiteral("office.name"),
                         QCoreApplication::translate("HubAdmin", "The office needs a name (at most 200 characters)."));
    if (auto b = m_store.beginWrite(); !b)
        return b.error();
    OfficeRecord o;
    UuidV7 uuid(m_clock);
    o.id = uuid.next();
    o.name = n;
    o.createdAt = m_clock.nowMs();
    // 32^4 codes per prefix: retry the rare collision.
    for (int attempt = 0; attempt < 50 && o.code.isEmpty(); ++attempt) {
        const QString code = OfficeCode::generate(n);
        auto taken = m_store.officeByCode(code);
        if (!taken) {
            m_store.rollback();
            return taken.error();
        }
        if (!taken->has_value())
            o.code = code;
    }
    if (o.code.isEmpty()) {
        m_store.rollback();
        return makeError(QStringLiteral("office.code"),
                         QCoreApplication::translate("HubAdmin", "No free office code was found; try again."));
    }
    if (auto r = m_store.insertOffice(o); !r) {
        m_store.rollback();
        return r.error();
    }
    if (auto c = commitOrRollback(); !c)
        return c.error();
    qCInfo(lcHub).noquote() << "office" << o.code << "added";
    return o;
}

Result<QList<OfficeRecord>> HubAdmin::offices()
{
    return m_store.offices();
}

Result<OfficeRecord> HubAdmin::officeByCode(const QString &typedCode)
{
    const QString code = OfficeCode::normalize(typedCode);
    auto o = m_store.officeByCode(code);
    if (!o)
        return o.error();
    if (!o->has_value())
        return makeError(QStringLiteral("office_not_found"),
                         QCoreApplication::translate("HubAdmin", "There is no office with the code %1 at this hub.").arg(code));
    return **o;
}

Result<UserRecord> HubAdmin::addUser(const QString &officeCode, const QString &login, const QString &displayName, const QString &role,
                                     const QString &password)
{
    const QString l = login.trimmed();
    const QString name = displayName.trimmed().normalized(QString::NormalizationForm_C);
    if (l.isEmpty() || l.size() > 64 || !plainText(l) || l.contains(QLatin1Char(' ')))
        return makeError(QStringLiteral("user.login"),
                         QCoreApplication::translate("HubAdmin", "The login must be 1 to 64 characters without spaces."));
    if (name.isEmpty() || name.size() > 100 || !plainText(name))
        return makeError(QStringLiteral("user.name"), QCoreApplication::translate("HubAdmin", "The name must be 1 to 100 characters."));
    if (!knownRole(role))
        return makeError(QStringLiteral("user.role"),
                         QCoreApplication::translate("HubAdmin", "The role must be one of kiosk, consultant, manager, channel, admin."));
    auto verifier = password::hash(password); // before the write lock: it takes a while
    if (!verifier)
        return verifier.error();

    auto office = officeByCode(officeCode);
    if (!office)
        return office.error();
    if (auto b = m_store.beginWrite(); !b)
        return b.error();
    auto fail = [&](const Error &e) -> Result<UserRecord> {
        m_store.rollback();
        return e;
    };
    auto next = m_store.lockOffice(office->id);
    if (!next)
        return fail(next.error());
    auto fresh = m_store.office(office->id);
    if (!fresh || !fresh->has_value())
        return fail(
            fresh ? makeError(QStringLiteral("office_not_found"), QCoreApplication::translate("HubAdmin", "The office no longer exists."))
                  : fresh.error());
    auto taken = m_store.userByLogin(office->id, l);
    if (!taken)
        return fail(taken.error());
    if (taken->has_value())
        return fail(makeError(QStringLiteral("user.exists"),
                              QCoreApplication::translate("HubAdmin", "The office already has a user with the login %1.").arg(l)));

    Roster roster(m_store, m_clock);
    UserRecord u;
    const bool pending = !(*fresh)->hasLog() || !(*fresh)->historyWorkstationId.isEmpty();
    if (pending) {
        UuidV7 uuid(m_clock);
        u.officeId = office->id;
        u.pendingOpId = uuid.next();
        u.id = Roster::userIdFor(u.pendingOpId);
        u.login = l;
        u.displayName = name;
        u.role = role;
        u.verifier = *verifier;
        u.createdAt = m_clock.nowMs();
        auto key = m_store.insertUser(u);
        if (!key)
            return fail(key.error());
        u.key = *key;
    } else {
        qint64 seq = *next;
        auto added = roster.appendNewUser(office->id, seq, l, name, role, *verifier);
        if (!added)
            return fail(added.error());
        if (auto s = m_store.setNextHubSeq(office->id, seq); !s)
            return fail(s.error());
        if (auto a = m_store.announce(office->id, seq - 1); !a)
            return fail(a.error());
        u = *added;
    }
    if (auto c = commitOrRollback(); !c)
        return c.error();
    qCInfo(lcHub).noquote() << "user" << l << "added to office" << office->code << (pending ? "(pending: the office has no log yet)" : "");
    return u;
}

Result<UserRecord> HubAdmin::revokeUser(const QString &officeCode, const QString &login)
{
    auto office = officeByCode(officeCode);
    if (!office)
        return office.error();
    if (auto b = m_store.beginWrite(); !b)
        return b.error();
    auto fail = [&](const Error &e) -> Result<UserRecord> {
        m_store.rollback();
        return e;
    };
    auto next = m_store.lockOffice(office->id);
    if (!next)
        return fail(next.error());
    auto user = m_store.userByLogin(office->id, login.trimmed());
    if (!user)
        return fail(user.error());
    if (!user->has_value())
        return fail(makeError(QStringLiteral("user.unknown"),
                              QCoreApplication::translate("HubAdmin", "The office has no user with the login %1.").arg(login.trimmed())));
    UserRecord u = **user;
    if (!u.active)
        return fail(makeError(QStringLiteral("user.revoked"),
                              QCoreApplication::translate("HubAdmin", "The user %1 is revoked already.").arg(u.login)));
    u.active = false;
    if (auto r = m_store.updateUser(u); !r)
        return fail(r.error());
    // Every replica learns it through the log (a pending user's is appended with its creation).
    if (!u.pending()) {
        qint64 seq = *next;
        Roster roster(m_store, m_clock);
        if (auto a = roster.appendHubOp(office->id, seq, QLatin1String(Roster::kRevoke), 1, {{QStringLiteral("user_id"), u.id}}); !a)
            return fail(a.error());
        if (auto s = m_store.setNextHubSeq(office->id, seq); !s)
            return fail(s.error());
        if (auto a = m_store.announce(office->id, seq - 1); !a)
            return fail(a.error());
    }
    if (auto c = commitOrRollback(); !c)
        return c.error();
    qCInfo(lcHub).noquote() << "user" << u.login << "of office" << office->code << "revoked";
    return u;
}

Result<QList<UserRecord>> HubAdmin::users(const QString &officeCode)
{
    auto office = officeByCode(officeCode);
    if (!office)
        return office.error();
    return m_store.users(office->id);
}

Result<QList<WorkstationRecord>> HubAdmin::workstations(const QString &officeCode)
{
    auto office = officeByCode(officeCode);
    if (!office)
        return office.error();
    return m_store.workstations(office->id);
}

Result<WorkstationRecord> HubAdmin::revokeWorkstation(const QString &workstationId)
{
    if (auto b = m_store.beginWrite(); !b)
        return b.error();
    auto fail = [&](const Error &e) -> Result<WorkstationRecord> {
        m_store.rollback();
        return e;
    };
    auto ws = m_store.workstation(workstationId.trimmed().toLower());
    if (!ws)
        return fail(ws.error());
    if (!ws->has_value())
        return fail(makeError(QStringLiteral("workstation.unknown"),
                              QCoreApplication::translate("HubAdmin", "No workstation %1 is enrolled at this hub.").arg(workstationId)));
    WorkstationRecord w = **ws;
    if (w.revoked)
        return fail(makeError(QStringLiteral("workstation.revoked"),
                              QCoreApplication::translate("HubAdmin", "The workstation %1 is revoked already.").arg(w.id)));
    if (auto r = m_store.setWorkstationRevoked(w.id, true); !r)
        return fail(r.error());
    if (auto c = commitOrRollback(); !c)
        return c.error();
    w.revoked = true;
    qCInfo(lcHub).noquote() << "workstation" << w.id << "revoked";
    return w;
}

} // namespace shoulou::hub
