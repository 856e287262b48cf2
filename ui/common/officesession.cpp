#include "officesession.h"

#include "common/appsettings.h"
#include "identity/namenormalizer.h"
#include "mutation/applier.h"
#include "office/openoffice.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QCoreApplication>

namespace shoulou::ui {

namespace {

void readDirectories(storage::Database &db, QList<UserInfo> &users, QList<ChannelRef> &channels)
{
    users.clear();
    channels.clear();
    auto &u = db.prepare("SELECT id, login, display_name, role FROM app_user WHERE active = 1 ORDER BY display_name, id");
    while (u.step())
        users << UserInfo{u.text(0), u.text(1), u.text(2), u.text(3)};
    u.reset();
    auto &c = db.prepare("SELECT id, name, default_weight_permille FROM channel ORDER BY created_at, id");
    while (c.step())
        channels << ChannelRef{c.text(0), c.text(1), int(c.int64(2))};
    c.reset();
}

} // namespace

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
        QList<UserInfo> users;
        QList<ChannelRef> channels;
        readDirectories((*office)->db(), users, channels);
        s->setDirectories(std::move(users), std::move(channels));
    }

    const QString remembered = AppSettings().currentUser(path);
    for (const UserInfo &u : s->m_users)
        if (u.id == remembered)
            s->m_currentUserId = u.id;
    if (s->m_currentUserId.isEmpty() && !s->m_users.isEmpty()) { // a manager sees the whole office
        s->m_currentUserId = s->m_users.first().id;
        for (const UserInfo &u : s->m_users)
            if (u.role == QLatin1String("manager")) {
                s->m_currentUserId = u.id;
                break;
            }
    }

    auto reader = DbWorker::create(path, *s->m_key, clock, s->m_currentUserId, QStringLiteral("db-reader"));
    if (!reader)
        return reader.error();
    auto writer = DbWorker::create(path, *s->m_key, clock, s->m_currentUserId, QStringLiteral("db-writer"));
    if (!writer)
        return writer.error();
    auto background = DbWorker::create(path, *s->m_key, clock, s->m_currentUserId, QStringLiteral("db-background"));
    if (!background)
        return background.error();
    s->m_reader = std::move(reader).value();
    s->m_writer = std::move(writer).value();
    s->m_background = std::move(background).value();
    // ICU's transliterators (pinyin, traditional→simplified) take most of a second to build;
    // build them on the reader now, so the first keystroke in a search box does not wait.
    s->m_reader->run<int>(
        s.get(), [](WorkerContext &) { return identity::NameNormalizer::forThisThread().keys(QStringLiteral("張三")).pinyin.size(); },
        [](int) {});
    return s;
}

OfficeSession::~OfficeSession() = default;

void OfficeSession::setDirectories(QList<UserInfo> users, QList<ChannelRef> channels)
{
    m_users = std::move(users);
    m_channels = std::move(channels);
    m_names.clear();
    for (const UserInfo &u : m_users)
        m_names.insert(u.id, u.displayName);
    for (const ChannelRef &c : m_channels)
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
    for (const UserInfo &u : m_users)
        if (u.id == m_currentUserId)
            return u;
    return std::nullopt;
}

void OfficeSession::setCurrentUserId(const QString &userId)
{
    if (userId == m_currentUserId)
        return;
    m_currentUserId = userId;
    m_reader->setUserId(userId);
    m_writer->setUserId(userId);
    m_background->setUserId(userId);
    AppSettings().setCurrentUser(m_path, userId);
    emit currentUserChanged();
}

void OfficeSession::apply(const QString &name, int version, const QJsonObject &args, QObject *receiver, MutationDone done)
{
    // The session is the receiver: views refresh after a success even when the window that
    // asked has been closed meanwhile.
    QPointer<QObject> asker(receiver);
    m_writer->run<Result<QJsonObject>>(
        this, [name, version, args](WorkerContext &ctx) { return ctx.applier.apply(name, version, args); },
        [this, asker, done](Result<QJsonObject> r) {
            const bool ok = r.ok();
            if (asker)
                done(std::move(r));
            if (ok)
                notifyDataChanged();
        });
}

void OfficeSession::notifyDataChanged()
{
    // Users and channels change rarely, but a mutation may have added one: reread them on the
    // reader (small tables), then tell the views.
    m_reader->run<std::pair<QList<UserInfo>, QList<ChannelRef>>>(
        this,
        [](WorkerContext &ctx) {
            std::pair<QList<UserInfo>, QList<ChannelRef>> d;
            readDirectories(ctx.db, d.first, d.second);
            return d;
        },
        [this](std::pair<QList<UserInfo>, QList<ChannelRef>> d) {
            setDirectories(std::move(d.first), std::move(d.second));
            emit dataChanged();
        });
}

} // namespace shoulou::ui
