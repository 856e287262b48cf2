// Mutations that set up an office: office.init, channel.create, user.create, project.create.
#include "mutation/args.h"
#include "mutation/context.h"
#include "mutation/handlers.h"
#include "mutation/registry.h"
#include "office/channeldirectory.h"
#include "office/role.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimeZone>

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

// {"name": "…", "project": "…" (optional), "city": "…"}; creates the default channels.
Result<QJsonObject> initOffice(mutation::Context &ctx, const QJsonObject &args)
{
    const mutation::Args a(QStringLiteral("office.init@1"), args);
    auto name = a.text("name");
    if (!name)
        return name.error();
    auto &db = ctx.db();
    if (db.queryInt("SELECT count(*) FROM office") > 0)
        return makeError(QStringLiteral("office.exists"),
                         QCoreApplication::translate("OfficeMutations", "This database already has an office."));
    const QString id = ctx.newId();
    auto &st = db.prepare("INSERT INTO office(id, name, created_at) VALUES(?1, ?2, ?3)");
    st.bind(1, id).bind(2, *name).bind(3, ctx.nowMs());
    if (!st.exec())
        return sqlError(st);
    for (const auto &c : ChannelDirectory::defaults()) {
        if (auto r = createChannel(ctx, c.code, c.name, c.kind, c.weightPermille, c.aliases); !r)
            return r.error();
    }
    return QJsonObject{{QStringLiteral("office_id"), id}};
}

// {"code", "name", "kind", "weight" (0..1000 permille), "aliases": [..]}
Result<QJsonObject> channelCreate(mutation::Context &ctx, const QJsonObject &args)
{
    const mutation::Args a(QStringLiteral("channel.create@1"), args);
    auto name = a.text("name");
    if (!name)
        return name.error();
    const QString kind = a.optionalText("kind").isEmpty() ? QStringLiteral("other") : a.optionalText("kind");
    if (!QStringList{"online", "agency", "walk_in", "referral", "other"}.contains(kind))
        return a.invalid("kind", QCoreApplication::translate("OfficeMutations", "must be one of online, agency, walk_in, referral, other"));
    const qint64 weight = a.optionalInteger("weight", 500);
    if (weight < 0 || weight > 1000)
        return a.invalid("weight", QCoreApplication::translate("OfficeMutations", "must be between 0 and 1000 (permille)"));
    QStringList aliases;
    for (const auto &v : args.value(QLatin1String("aliases")).toArray())
        aliases << v.toString();
    const QString code = a.optionalText("code").isEmpty() ? ChannelDirectory::aliasKey(*name) : a.optionalText("code");
    auto id = createChannel(ctx, code, *name, kind, int(weight), aliases);
    if (!id)
        return id.error();
    return QJsonObject{{QStringLiteral("channel_id"), *id}};
}

// {"login", "display_name", "role"}
Result<QJsonObject> userCreate(mutation::Context &ctx, const QJsonObject &args)
{
    const mutation::Args a(QStringLiteral("user.create@1"), args);
    auto login = a.text("login");
    auto display = login ? a.text("display_name") : login;
    auto role = display ? a.text("role") : display;
    if (!role)
        return role.error();
    if (!fromCode<Role>(*role))
        return a.invalid("role",
                         QCoreApplication::translate("OfficeMutations", "must be one of kiosk, consultant, manager, channel, admin"));
    auto &db = ctx.db();
    const QString id = ctx.newId();
    auto &st = db.prepare("INSERT INTO app_user(id, office_id, login, display_name, role, created_at) "
                          "VALUES(?1, (SELECT id FROM office LIMIT 1), ?2, ?3, ?4, ?5)");
    st.bind(1, id).bind(2, *login).bind(3, *display).bind(4, *role).bind(5, ctx.nowMs());
    if (!st.exec())
        return makeError(QStringLiteral("user.exists"),
                         QCoreApplication::translate("OfficeMutations", "User \"%1\" cannot be created: %2").arg(*login, st.lastError()));
    return QJsonObject{{QStringLiteral("user_id"), id}};
}

// {"name", "city", "address", "layouts": [{"name","bedrooms","area_dm2"}],
//  "buildings": [{"name","floors","units_per_floor","price_fen_per_m2"}]}
// Units are generated floor by floor ("1201" = floor 12, unit 01), layouts assigned in turn.
Result<QJsonObject> projectCreate(mutation::Context &ctx, const QJsonObject &args)
{
    const mutation::Args a(QStringLiteral("project.create@1"), args);
    auto name = a.text("name");
    if (!name)
        return name.error();
    auto &db = ctx.db();
    const QString id = ctx.newId();
    auto &st = db.prepare("INSERT INTO project(id, office_id, name, city, address, created_at) "
                          "VALUES(?1, (SELECT id FROM office LIMIT 1), ?2, ?3, ?4, ?5)");
    st.bind(1, id).bind(2, *name).bindOptional(3, a.optionalText("city")).bindOptional(4, a.optionalText("address")).bind(5, ctx.nowMs());
    if (!st.exec())
        return sqlError(st);
    QList<QPair<QString, qint64>> layouts;
    auto &lay = db.prepare("INSERT INTO layout(id, project_id, name, bedrooms, area_dm2) VALUES(?1, ?2, ?3, ?4, ?5)");
    for (const auto &v : args.value(QLatin1String("layouts")).toArray()) {
        const QJsonObject l = v.toObject();
        const QString lid = ctx.newId();
        const qint64 area = qint64(l.value(QLatin1String("area_dm2")).toDouble());
        lay.bind(1, lid)
            .bind(2, id)
            .bind(3, l.value(QLatin1String("name")).toString())
            .bind(4, l.value(QLatin1String("bedrooms")).toInt())
            .bind(5, area);
        if (!lay.exec())
            return sqlError(lay);
        layouts.append({lid, area});
    }
    if (layouts.isEmpty() && !args.value(QLatin1String("buildings")).toArray().isEmpty())
        return a.invalid("layouts", QCoreApplication::translate("OfficeMutations", "needs at least one layout when buildings are given"));
    auto &bld = db.prepare("INSERT INTO building(id, project_id, name, floors, units_per_floor) VALUES(?1, ?2, ?3, ?4, ?5)");
    auto &unit = db.prepare("INSERT INTO unit(id, building_id, layout_id, floor, number, area_dm2, list_price_fen) "
                            "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    int units = 0;
    for (const auto &v : args.value(QLatin1String("buildings")).toArray()) {
        const QJsonObject b = v.toObject();
        const int floors = b.value(QLatin1String("floors")).toInt();
        const int perFloor = b.value(QLatin1String("units_per_floor")).toInt();
        if (floors <= 0 || perFloor <= 0 || perFloor > 99)
            return a.invalid("buildings", QCoreApplication::translate("OfficeMutations", "need floors > 0 and 1–99 units per floor"));
        const qint64 pricePerM2 = qint64(b.value(QLatin1String("price_fen_per_m2")).toDouble());
        const QString bid = ctx.newId();
        bld.bind(1, bid).bind(2, id).bind(3, b.value(QLatin1String("name")).toString()).bind(4, floors).bind(5, perFloor);
        if (!bld.exec())
            return sqlError(bld);
        for (int f = 1; f <= floors; ++f) {
            for (int u = 1; u <= perFloor; ++u) {
                const auto &l = layouts[(u - 1) % layouts.size()];
                // Higher floors cost a little more: +0.5 % per floor, in integer fen.
                const qint64 price = l.second * pricePerM2 / 100 * (1000 + 5 * f) / 1000;
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
    return QJsonObject{{QStringLiteral("project_id"), id}, {QStringLiteral("units"), units}};
}

} // namespace

// {"time_zone": "Asia/Shanghai"}: the IANA zone the office's dates are shown and typed in.
Result<QJsonObject> setTimeZone(mutation::Context &ctx, const QJsonObject &args)
{
    const mutation::Args a(QStringLiteral("office.set_time_zone@1"), args);
    auto zone = a.text("time_zone");
    if (!zone)
        return zone.error();
    if (!QTimeZone::isTimeZoneIdAvailable(zone->toUtf8()))
        return a.invalid("time_zone", QCoreApplication::translate("OfficeMutations", "is not a known time zone (e.g. Asia/Shanghai)"));
    auto &st = ctx.db().prepare("UPDATE office SET time_zone = ?1");
    st.bind(1, *zone);
    if (!st.exec())
        return sqlError(st);
    return QJsonObject{{QStringLiteral("time_zone"), *zone}};
}

void registerOfficeMutations(mutation::Registry &registry)
{
    registry.add(QStringLiteral("office.set_time_zone"), 1, setTimeZone);
    registry.add(QStringLiteral("office.init"), 1, initOffice);
    registry.add(QStringLiteral("channel.create"), 1, channelCreate);
    registry.add(QStringLiteral("user.create"), 1, userCreate);
    registry.add(QStringLiteral("project.create"), 1, projectCreate);
}

} // namespace shoulou::office
