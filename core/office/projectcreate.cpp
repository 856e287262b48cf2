#include "projectcreate.h"

#include "mutation/args.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace shoulou::office {

QJsonObject ProjectCreate::toJson() const
{
    QJsonArray lay;
    for (const Layout &l : layouts)
        lay.append(QJsonObject{
            {QStringLiteral("name"), l.name}, {QStringLiteral("bedrooms"), l.bedrooms}, {QStringLiteral("area_dm2"), double(l.areaDm2)}});
    QJsonArray bld;
    for (const Building &b : buildings)
        bld.append(QJsonObject{{QStringLiteral("name"), b.name},
                               {QStringLiteral("floors"), b.floors},
                               {QStringLiteral("units_per_floor"), b.unitsPerFloor},
                               {QStringLiteral("price_fen_per_m2"), double(b.priceFenPerM2)}});
    QJsonObject o{{QStringLiteral("name"), name}, {QStringLiteral("layouts"), lay}, {QStringLiteral("buildings"), bld}};
    if (!city.isEmpty())
        o.insert(QStringLiteral("city"), city);
    if (!address.isEmpty())
        o.insert(QStringLiteral("address"), address);
    return o;
}

// {"name", "city"?, "address"?, "layouts": [{"name","bedrooms","area_dm2"}],
//  "buildings": [{"name","floors","units_per_floor","price_fen_per_m2"}]}
Result<ProjectCreate> ProjectCreate::fromJson(const QJsonObject &json, int version)
{
    using Trim = mutation::Args::Trim;
    mutation::Args a(mutation::mutationLabel(kName, version), json);
    ProjectCreate p;
    p.name = a.text("name");
    p.city = a.optionalText("city");
    p.address = a.optionalText("address");
    for (mutation::Args &l : a.objects("layouts")) {
        p.layouts.append(
            {l.optionalText("name", Trim::No), int(l.maybeInteger("bedrooms").value_or(0)), l.maybeInteger("area_dm2").value_or(0)});
        a.absorb(l);
    }
    for (mutation::Args &b : a.objects("buildings")) {
        Building building{b.optionalText("name", Trim::No), int(b.maybeInteger("floors").value_or(0)),
                          int(b.maybeInteger("units_per_floor").value_or(0)), b.maybeInteger("price_fen_per_m2").value_or(0)};
        a.absorb(b);
        if (building.floors <= 0 || building.unitsPerFloor <= 0 || building.unitsPerFloor > 99)
            a.fail("buildings", QCoreApplication::translate("OfficeMutations", "need floors > 0 and 1–99 units per floor"));
        p.buildings.append(building);
    }
    if (p.layouts.isEmpty() && !p.buildings.isEmpty())
        a.fail("layouts", QCoreApplication::translate("OfficeMutations", "needs at least one layout when buildings are given"));
    if (!a.ok())
        return a.error();
    return p;
}

Result<ProjectCreate::Outcome> ProjectCreate::Outcome::fromJson(const QJsonObject &json)
{
    mutation::Args a(QString::fromLatin1(kName), json);
    Outcome o;
    o.projectId = a.text("project_id");
    o.units = int(a.maybeInteger("units").value_or(0));
    if (!a.ok())
        return a.error();
    return o;
}

} // namespace shoulou::office
