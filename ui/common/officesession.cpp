#include "officesession.h"

#include "auth/passwordverifier.h"
#include "auth/useraccounts.h"
#include "common/appsettings.h"
#include "identity/namenormalizer.h"
#include "mutation/applier.h"
#include "office/openoffice.h"
#include "util/clock.h"

#include <QCoreApplication>

#include <QPointer>
#include <algorithm>

namespace shoulou::ui {

Result<std::unique_ptr<OfficeSession>> OfficeSession::open(const QString &path, const Clock &clock, const security::OfficeKey *knownKey)
{
    std::unique_ptr<OfficeSession> s(new OfficeSession(clock));
    s->m_path = path;
    auto office = office::OpenOffice::open(path, clock, QString(), QCoreApplication::translate("OfficeSession", "Sales office"), knownKey);
    if (!office)
        return office.error();
    s->m_key.emplace((*office)->key());
    s->m_officeName = (*office)->officeName();
    {
        auto directory = office::OfficeDirectory::load((*office)->db());
        if (!directory)
            return directory.error();
        s->setDirectory(std::move(directory).value());
        auto accounts = auth::UserAccounts::any((*office)->db());
        if (!accounts)
            return accounts.error();
        s->m_requiresSignIn = *accounts;
    }

    // The writer first: it opens the WAL files the read-only connections then share.
    auto writer = worker::WriteWorker::open(path, *s->m_key, clock, s->m_currentUserId, QStringLiteral("db-writer"));
    if (!writer)
        return writer.error();
    auto reader = worker::ReadWorker::open(path, *s->m_key, QStringLiteral("db-reader"));
    if (!reader)
        return reader.error();
    auto background = worker::ReadWorker::open(path, *s->m_key, QStringLiteral("db-background"));
    if (!background)
        return background.error();
    s->m_writer = std::move(writer).value();
    s->m_reader = std::move(reader).value();
    s->m_background = std::move(background).value();
    // The writer's transactions report the rows they wrote (TEMP triggers on its connection
    // only: the import and the demo, on connections of their own, are not slowed).
    s->m_writer->run<Result<void>>(
        s.get(), [](WriteContext &ctx) { return ctx.applier.recordChanges(); },
        [](Result<void> r) {
            if (!r)
                qWarning("change sets are off: %s", qPrintable(r.error().message));
        });
    // ICU's transliterators (pinyin, traditional→simplified) take most of a second to build;
    // build them on the reader now, so the first keystroke in a search box does not wait.
    s->m_reader->run<int>(
        s.get(), [](ReadContext &) { return identity::NameNormalizer::forThisThread().keys(QStringLiteral("張三")).pinyin.size(); },
        [](int) {});
    return s;
}

OfficeSession::~OfficeSession() = default;

void OfficeSession::setDirectory(office::Directory directory)
{
    m_directory = std::move(directory);
    m_names.clear();
    for (const UserInfo &u : m_directory.users)
        m_names.insert(u.id, u.displayName);
    for (const ChannelRef &c : m_directory.channels)
        m_names.insert(c.id, c.name);
}

// Ids are UUIDs, so users and channels share one index without clashing.
QString OfficeSession::userName(const QString &id) const
{
    return m_names.value(id);
}
QString OfficeSession::channelName(const QString &id) const
{
    return m_names.value(id);
}

std::optional<UserInfo> OfficeSession::currentUser() const
{
    if (!m_signedIn)
        return std::nullopt;
    for (const UserInfo &u : m_directory.users)
        if (u.id == m_currentUserId)
            return u;
    return UserInfo{m_signedIn->id, m_signedIn->login, m_signedIn->displayName, toCode(m_signedIn->role)};
}

auth::Actor OfficeSession::actor() const
{
    if (m_signedIn)
        return auth::Actor::user(m_signedIn->id, m_signedIn->role);
    return auth::Actor::localAdministrator();
}

auth::Verdict OfficeSession::mayApply(const QString &mutationName) const
{
    if (m_signedIn)
        return auth::mayApply(m_signedIn->role, mutationName);
    if (m_requiresSignIn)
        return {false, false, QCoreApplication::translate("OfficeSession", "Sign in first.")};
    return {};
}

void OfficeSession::signIn(const auth::SignedInUser &user)
{
    const bool same = m_signedIn && m_signedIn->id == user.id;
    m_signedIn = user;
    m_signedIn->mustChangePassword = false;
    m_signedIn->needsRehash = false;
    m_currentUserId = user.id;
    m_writer->setUserId(user.id); // readers write nothing, so they need no user
    AppSettings().setLastLogin(m_path, user.login);
    const std::optional<Checked> checked = std::exchange(m_checked, std::nullopt);
    if (!same)
        emit currentUserChanged();
    if (checked && checked->userId == user.id)
        emit signedInWithPassword(user.id, user.login, checked->password);
}

void OfficeSession::setCurrentUserId(const QString &userId)
{
    for (const UserInfo &u : m_directory.users)
        if (u.id == userId) {
            auth::SignedInUser user;
            user.id = u.id;
            user.login = u.login;
            user.displayName = u.displayName;
            user.role = fromCode<office::Role>(u.role).value_or(office::Role::Kiosk);
            signIn(user);
            return;
        }
}

void OfficeSession::signOut()
{
    if (!m_signedIn)
        return;
    m_signedIn.reset();
    m_checked.reset();
    m_currentUserId.clear();
    m_writer->setUserId(QString());
    emit currentUserChanged();
}

void OfficeSession::signInWithPassword(const QString &login, const QString &password, QObject *receiver, SignInDone done)
{
    if (const QString wait = m_throttle.refusal(login); !wait.isEmpty()) {
        QMetaObject::invokeMethod(
            receiver, [done, wait] { done(makeError(QStringLiteral("auth.throttled"), wait)); }, Qt::QueuedConnection);
        return;
    }
    QPointer<QObject> asker(receiver);
    m_reader->run<Result<auth::SignedInUser>>(
        this, [login, password](ReadContext &ctx) { return auth::LocalSignIn::signIn(ctx.db, login, password); },
        [this, asker, login, password, done](Result<auth::SignedInUser> r) {
            if (r) {
                m_throttle.succeeded(login);
                m_checked = Checked{r->id, password};
            } else if (r.error().code == QLatin1String("auth.wrong_password") || r.error().code == QLatin1String("auth.unknown_login"))
                m_throttle.failed(login);
            if (r && r->needsRehash)
                rehash(*r, password);
            if (asker)
                done(std::move(r));
        });
}

void OfficeSession::rehash(const auth::SignedInUser &user, const QString &password)
{
    m_writer->run<Result<auth::UserOutcome>>(
        this,
        [user, password](WriteContext &ctx) -> Result<auth::UserOutcome> {
            auto verifier = auth::PasswordVerifier::create(password);
            if (!verifier)
                return verifier.error();
            const QString acting = ctx.applier.userId();
            ctx.applier.setUserId(user.id);
            auto r = ctx.applier.apply(auth::UserSetPassword{user.id, *verifier});
            ctx.applier.setUserId(acting);
            return r;
        },
        [](Result<auth::UserOutcome> r) {
            if (!r)
                qWarning("a new password verifier could not be stored: %s", qPrintable(r.error().code));
        });
}

void OfficeSession::setOwnPassword(const QString &login, const QString &currentPassword, const QString &newPassword, QObject *receiver,
                                   SignInDone done)
{
    QPointer<QObject> asker(receiver);
    using Set = std::pair<Result<auth::SignedInUser>, mutation::ChangeSet>;
    m_writer->run<Set>(
        this,
        [login, currentPassword, newPassword](WriteContext &ctx) -> Set {
            auto own = auth::LocalSignIn::ownPassword(ctx.db, login, currentPassword, newPassword);
            if (!own)
                return {own.error(), {}};
            // As the user themselves (the table lets anyone set their own password), then back:
            // signIn() makes them the writer's user for good.
            const QString acting = ctx.applier.userId();
            ctx.applier.setUserId(own->user.id);
            auto r = ctx.applier.apply(own->mutation);
            ctx.applier.setUserId(acting);
            if (!r)
                return {r.error(), {}};
            return {own->user, ctx.applier.takeChanges()};
        },
        [this, asker, done](Set s) {
            const bool ok = s.first.ok();
            if (asker)
                done(std::move(s.first));
            if (ok)
                notifyDataChanged(s.second);
        });
}

void OfficeSession::apply(const QString &name, int version, const QJsonObject &args, QObject *receiver, MutationDone done)
{
    if (m_requiresSignIn && !m_signedIn) {
        // Nothing is written by nobody: an office with accounts is worked signed in.
        QMetaObject::invokeMethod(
            receiver,
            [done] {
                done(makeError(QStringLiteral("auth.not_signed_in"),
                               QCoreApplication::translate("OfficeSession", "Nobody is signed in at this desk.")));
            },
            Qt::QueuedConnection);
        return;
    }
    // The session is the receiver: views refresh after a success even when the window that
    // asked has been closed meanwhile.
    QPointer<QObject> asker(receiver);
    using Applied = std::pair<Result<QJsonObject>, mutation::ChangeSet>;
    m_writer->run<Applied>(
        this,
        [name, version, args](WriteContext &ctx) {
            auto r = ctx.applier.apply(name, version, args);
            return Applied{std::move(r), ctx.applier.takeChanges()};
        },
        [this, asker, done](Applied a) {
            const bool ok = a.first.ok();
            const QString revoked = !ok && a.first.error().code == QLatin1String("auth.revoked") ? a.first.error().message : QString();
            if (asker)
                done(std::move(a.first));
            if (ok)
                notifyDataChanged(a.second);
            if (!revoked.isEmpty() && m_signedIn)
                emit signInRequired(revoked);
        });
}

void OfficeSession::notifyDataChanged(const mutation::ChangeSet &changes)
{
    publish(changes, true);
}

void OfficeSession::notifyRemoteChanges(const mutation::ChangeSet &changes)
{
    publish(changes, false);
}

void OfficeSession::requireSignIn(const QString &reason)
{
    if (m_signedIn)
        emit signInRequired(reason);
}

void OfficeSession::publish(const mutation::ChangeSet &changes, bool local)
{
    if (changes.isEmpty())
        return;
    if (local)
        emit committedLocally();
    // Users and channels change rarely: reread them (small tables, on the reader) only when
    // the change set names them, then tell the views.
    if (!changes.touches(QStringLiteral("app_user")) && !changes.touches(QStringLiteral("channel"))) {
        emit changed(changes);
        emit dataChanged();
        return;
    }
    m_reader->run<Result<office::Directory>>(
        this, [](ReadContext &ctx) { return office::OfficeDirectory::load(ctx.db); },
        [this, changes](Result<office::Directory> d) {
            if (d)
                setDirectory(std::move(d).value());
            else // the names shown stay those read last; the views still refresh
                qWarning("office directory: %s", qPrintable(d.error().message));
            emit changed(changes);
            emit dataChanged();
            // The directory holds active users only: one signed in here and missing from it now
            // was revoked (at another desk or the hub, arriving by sync) and leaves the desk.
            if (d && m_signedIn && std::none_of(m_directory.users.cbegin(), m_directory.users.cend(), [this](const UserInfo &u) {
                    return u.id == m_signedIn->id;
                }))
                emit signInRequired(QCoreApplication::translate("OfficeSession", "Your account has been revoked; sign in as "
                                                                                 "another user."));
        });
}

void OfficeSession::setHubState(bool enrolled, bool online)
{
    if (enrolled == m_enrolled && online == m_hubOnline)
        return;
    m_enrolled = enrolled;
    m_hubOnline = online;
    emit hubStateChanged();
}

} // namespace shoulou::ui
