#include "officedirectory.h"

#include "storage/database.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace shoulou::office {

namespace {

Error readError(const char *table, storage::Statement &st)
{
    return makeError(
        QStringLiteral("storage.sql"),
        QCoreApplication::translate("OfficeDirectory", "Cannot read the %1 table: %2").arg(QLatin1String(table), st.lastError()));
}

} // namespace

QString Directory::walkInChannelId() const
{
    for (const ChannelEntry &c : channels)
        if (c.kind == QLatin1String("walk_in"))
            return c.id;
    return {};
}

Result<Directory> OfficeDirectory::load(storage::Database &db)
{
    Directory d;
    auto &u = db.prepare("SELECT id, login, display_name, role FROM app_user WHERE active = 1 ORDER BY display_name, id");
    while (u.step())
        d.users << UserEntry{u.text(0), u.text(1), u.text(2), u.text(3)};
    if (u.lastCode() != SQLITE_DONE) {
        Error e = readError("app_user", u);
        u.reset();
        return e;
    }
    u.reset();
    auto &c = db.prepare("SELECT id, name, kind, default_weight_permille FROM channel ORDER BY created_at, id");
    while (c.step())
        d.channels << ChannelEntry{c.text(0), c.text(1), c.text(2), int(c.int64(3))};
    if (c.lastCode() != SQLITE_DONE) {
        Error e = readError("channel", c);
        c.reset();
        return e;
    }
    c.reset();
    return d;
}

} // namespace shoulou::office
