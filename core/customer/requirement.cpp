#include "requirement.h"

namespace shoulou::customer {

QJsonObject Requirement::toJson() const
{
    QJsonObject o = other;
    if (budgetFen)
        o.insert(QStringLiteral("budget_fen"), double(*budgetFen));
    if (!layout.isEmpty())
        o.insert(QStringLiteral("layout"), layout);
    if (areaM2)
        o.insert(QStringLiteral("area_m2"), *areaM2);
    if (!note.isEmpty())
        o.insert(QStringLiteral("note"), note);
    if (!gender.isEmpty())
        o.insert(QStringLiteral("gender"), gender);
    if (visitors)
        o.insert(QStringLiteral("visitors"), visitors);
    if (!heardVia.isEmpty())
        o.insert(QStringLiteral("heard_via"), heardVia);
    if (!building.isEmpty())
        o.insert(QStringLiteral("building"), building);
    return o;
}

Requirement Requirement::fromJson(const QJsonObject &json)
{
    Requirement r;
    r.other = json;
    if (const QJsonValue v = r.other.take(QStringLiteral("budget_fen")); v.isDouble())
        r.budgetFen = qint64(v.toDouble());
    r.layout = r.other.take(QStringLiteral("layout")).toString();
    if (const QJsonValue v = r.other.take(QStringLiteral("area_m2")); v.isDouble())
        r.areaM2 = v.toDouble();
    r.note = r.other.take(QStringLiteral("note")).toString();
    r.gender = r.other.take(QStringLiteral("gender")).toString();
    r.visitors = r.other.take(QStringLiteral("visitors")).toInt();
    r.heardVia = r.other.take(QStringLiteral("heard_via")).toString();
    r.building = r.other.take(QStringLiteral("building")).toString();
    return r;
}

} // namespace shoulou::customer
