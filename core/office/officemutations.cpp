// Mutations that set up an office: office.init, office.set_time_zone, channel.create,
// user.create, project.create, each on its typed arguments.
#include "mutation/context.h"
#include "mutation/handlers.h"
#include "mutation/registry.h"
#include "office/channelcreate.h"
#include "office/channeldirectory.h"
#include "office/officeinit.h"
#include "office/projectcreate.h"
#include "office/timezonechange.h"
#include "office/usercreate.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace shoulou::office {

namespace {

Error sqlError(storage::Statement &st)
{
    return makeError(QStringLiteral("storage.sql"), st.lastError());
}

Result<QString> createChannel(mutation::Context &ctx, const QString &code, const QString &name, const QString &kind, int weight,
                              const QStringList &aliases)
{
    auto &db = ctx.db();
    const QString id = ctx.newId();
    auto &st = db.prepare("INSERT INTO channel(id, code, name, kind, default_weight_permille, created_at) "
                          "VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
    st.bind(1, id).bind(2, code).bind(3, name).bind(4, kind).bind(5, weight).bind(6, ctx.nowMs());
    if (!st.exec())
        return makeError(QStringLiteral("channel.exists"),
                         QCoreApplication::translate("OfficeMutations", "Channel \"%1\" cannot be created: %2").arg(name, st.lastError()));
    auto &al = db.prepare("INSERT OR IGNORE INTO channel_alias(alias, channel_id) VALUES(?1, ?2)");
    const QStringList names = QStringList(aliases) << code << name;
    for (const QString &a : names) {
        al.bind(1, ChannelDirectory::aliasKey(a)).bind(2, id);
        if (!al.exec())
            return sqlError(al);
    }
    return id;
}

Result<OfficeInit::Outcome> initOffice(mutation::Context &ctx, const OfficeInit &init)
{
    auto &db = ctx.db();
    if (db.queryInt("SELECT count(*) FROM office") > 0)
        return makeError(QStringLiteral("office.exists"),
                         QCoreApplication::translate("OfficeMutations", "This database already has an office."));
    const QString id = ctx.newId();
    auto &st = db.prepare("INSERT INTO office(id, name, created_at) VALUES(?1, ?2, ?3)");
    st.bind(1, id).bind(2, init.name).bind(3, ctx.nowMs());
    if (!st.exec())
        return sqlError(st);
    for (const auto &c : ChannelDirectory::defaults()) {
        if (auto r = createChannel(ctx, c.code, c.name, c.kind, c.weightPermille, c.aliases); !r)
            return r.error();
    }
    return OfficeInit::Outcome{id};
}

Result<ChannelCreate::Outcome> channelCreate(mutation::Context &ctx, const ChannelCreate &c)
{
    const QString kind = c.kind.isEmpty() ? QStringLiteral("other") : c.kind;
    const QString code = c.code.isEmpty() ? ChannelDirectory::aliasKey(c.name) : c.code;
    auto id = createChannel(ctx, code, c.name, kind, c.weightPermille, c.aliases);
    if (!id)
        return id.error();
    return ChannelCreate::Outcome{*id};
}

Result<UserCreate::Outcome> userCreate(mutation::Context &ctx, const UserCreate &u)
{
    auto &db = ctx.db();
    const QString id = ctx.newId();
    auto &st = db.prepare("INSERT INTO app_user(id, office_id, login, display_name, role, created_at) "
                          "VALUES(?1, (SELECT id FROM office LIMIT 1), ?2, ?3, ?4, ?5)");
    st.bind(1, id).bind(2, u.login).bind(3, u.displayName).bind(4, toCode(u.role)).bind(5, ctx.nowMs());
    if (!st.exec())
        return makeError(QStringLiteral("user.exists"),
                         QCoreApplication::translate("OfficeMutations", "User \"%1\" cannot be created: %2").arg(u.login, st.lastError()));
    return UserCreate::Outcome{id};
}

// Units are generated floor by floor ("1201" = floor 12, unit 01), layouts assigned in turn.
Result<ProjectCreate::Outcome> projectCreate(mutation::Context &ctx, const ProjectCreate &p)
{
    auto &db = ctx.db();
    const QString id = ctx.newId();
    auto &st = db.prepare("INSERT INTO project(id, office_id, name, city, address, created_at) "
                          "VALUES(?1, (SELECT id FROM office LIMIT 1), ?2, ?3, ?4, ?5)");
    st.bind(1, id).bind(2, p.name).bindOptional(3, p.city).bindOptional(4, p.address).bind(5, ctx.nowMs());
    if (!st.exec())
        return sqlError(st);
    QList<QPair<QString, qint64>> layouts;
    auto &lay = db.prepare("INSERT INTO layout(id, project_id, name, bedrooms, area_dm2) VALUES(?1, ?2, ?3, ?4, ?5)");
    for (const ProjectCreate::Layout &l : p.layouts) {
        const QString lid = ctx.newId();
        lay.bind(1, lid).bind(2, id).bind(3, l.name).bind(4, l.bedrooms).bind(5, l.areaDm2);
        if (!lay.exec())
            return sqlError(lay);
        layouts.append({lid, l.areaDm2});
    }
    auto &bld = db.prepare("INSERT INTO building(id, project_id, name, floors, units_per_floor) VALUES(?1, ?2, ?3, ?4, ?5)");
    auto &unit = db.prepare("INSERT INTO unit(id, building_id, layout_id, floor, number, area_dm2, list_price_fen) "
                            "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    int units = 0;
    for (const ProjectCreate::Building &b : p.buildings) {
        const QString bid = ctx.newId();
        bld.bind(1, bid).bind(2, id).bind(3, b.name).bind(4, b.floors).bind(5, b.unitsPerFloor);
        if (!bld.exec())
            return sqlError(bld);
        for (int f = 1; f <= b.floors; ++f) {
            for (int u = 1; u <= b.unitsPerFloor; ++u) {
                const auto &l = layouts[(u - 1) % layouts.size()];
                // Higher floors cost a little more: +0.5 % per floor, in integer fen.
                const qint64 price = l.second * b.priceFenPerM2 / 100 * (1000 + 5 * f) / 1000;
                unit.bind(1, ctx.newId())
                    .bind(2, bid)
                    .bind(3, l.first)
                    .bind(4, f)
                    .bind(5, QStringLiteral("%1%2").arg(f).arg(u, 2, 10, QLatin1Char('0')))
                    .bind(6, l.second)
                    .bind(7, price);
                if (!unit.exec())
                    return sqlError(unit);
                ++units;
            }
        }
    }
    return ProjectCreate::Outcome{id, units};
}

// The zone the office's dates are shown and typed in (fromJson checked it is known here).
Result<TimeZoneChange::Outcome> setTimeZone(mutation::Context &ctx, const TimeZoneChange &change)
{
    auto &st = ctx.db().prepare("UPDATE office SET time_zone = ?1");
    st.bind(1, change.timeZone);
    if (!st.exec())
        return sqlError(st);
    return TimeZoneChange::Outcome{change.timeZone};
}

} // namespace

void registerOfficeMutations(mutation::Registry &registry)
{
    registry.add<TimeZoneChange>(TimeZoneChange::kVersion, setTimeZone);
    registry.add<OfficeInit>(OfficeInit::kVersion, initOffice);
    registry.add<ChannelCreate>(ChannelCreate::kVersion, channelCreate);
    registry.add<UserCreate>(UserCreate::kVersion, userCreate);
    registry.add<ProjectCreate>(ProjectCreate::kVersion, projectCreate);
}

} // namespace shoulou::office
