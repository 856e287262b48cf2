#include "officesession.h"

#include "common/appsettings.h"
#include "identity/namenormalizer.h"
#include "mutation/applier.h"
#include "office/openoffice.h"
#include "util/clock.h"

#include <QCoreApplication>

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
    }

    const QString remembered = AppSettings().currentUser(path);
    for (const UserInfo &u : s->users())
        if (u.id == remembered)
            s->m_currentUserId = u.id;
    if (s->m_currentUserId.isEmpty() && !s->users().isEmpty()) { // a manager sees the whole office
        s->m_currentUserId = s->users().first().id;
        for (const UserInfo &u : s->users())
            if (u.role == QLatin1String("manager")) {
                s->m_currentUserId = u.id;
                break;
            }
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
    for (const UserInfo &u : m_directory.users)
        if (u.id == m_currentUserId)
            return u;
    return std::nullopt;
}

void OfficeSession::setCurrentUserId(const QString &userId)
{
    if (userId == m_currentUserId)
        return;
    m_currentUserId = userId;
    m_writer->setUserId(userId); // readers write nothing, so they need no user
    AppSettings().setCurrentUser(m_path, userId);
    emit currentUserChanged();
}

void OfficeSession::apply(const QString &name, int version, const QJsonObject &args, QObject *receiver, MutationDone done)
{
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
            if (asker)
                done(std::move(a.first));
            if (ok)
                notifyDataChanged(a.second);
        });
}

void OfficeSession::notifyDataChanged(const mutation::ChangeSet &changes)
{
    if (changes.isEmpty())
        return;
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
        });
}

} // namespace shoulou::ui
