#include "requirement.h"

#include "mutation/args.h"

#include <QCoreApplication>

#include <cmath>

namespace shoulou::customer {

namespace {

// Integers travel as JSON numbers (doubles): beyond 2^53 they are no longer exact.
constexpr double kLargestExact = 9007199254740992.0;

bool given(const QJsonValue &v)
{
    return !v.isUndefined() && !v.isNull();
}

bool whole(double d)
{
    return d == std::trunc(d) && std::abs(d) <= kLargestExact;
}

} // namespace

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

Requirement Requirement::updatedBy(const Requirement &told) const
{
    Requirement r = *this;
    if (told.budgetFen)
        r.budgetFen = told.budgetFen;
    if (!told.layout.isEmpty())
        r.layout = told.layout;
    if (told.areaM2)
        r.areaM2 = told.areaM2;
    if (!told.building.isEmpty())
        r.building = told.building;
    if (!told.gender.isEmpty())
        r.gender = told.gender;
    if (told.visitors)
        r.visitors = told.visitors;
    if (!told.heardVia.isEmpty())
        r.heardVia = told.heardVia;
    return r;
}

// What the desk asks of a person is kept here, with what they look for, rather than in columns
// of its own (no schema change for a few optional facts). Money stays integer fen (DESIGN.md
// §3), so a budget in yuan or 万元 with a fraction is refused here.
Requirement Requirement::read(mutation::Args &a)
{
    Requirement r;
    r.other = a.raw();
    const QJsonValue budget = r.other.take(QStringLiteral("budget_fen"));
    if (given(budget)) {
        if (!budget.isDouble() || budget.toDouble() < 0 || !whole(budget.toDouble()))
            a.fail("budget_fen", QCoreApplication::translate("CustomerMutations", "must be a whole number of fen, not negative"));
        else
            r.budgetFen = qint64(budget.toDouble());
    }
    const QJsonValue area = r.other.take(QStringLiteral("area_m2"));
    if (given(area)) {
        if (!area.isDouble() || area.toDouble() <= 0 || area.toDouble() > 100000)
            a.fail("area_m2", QCoreApplication::translate("CustomerMutations", "must be an area in m² above 0"));
        else
            r.areaM2 = area.toDouble();
    }
    const QJsonValue gender = r.other.take(QStringLiteral("gender"));
    if (given(gender)) {
        if (gender != QLatin1String("male") && gender != QLatin1String("female"))
            a.fail("gender", QCoreApplication::translate("CustomerMutations", "must be \"male\" or \"female\""));
        else
            r.gender = gender.toString();
    }
    const QJsonValue visitors = r.other.take(QStringLiteral("visitors"));
    if (given(visitors)) {
        const double n = visitors.toDouble();
        if (!visitors.isDouble() || !whole(n) || n < 1 || n > 99)
            a.fail("visitors", QCoreApplication::translate("CustomerMutations", "must be a whole number of people from 1 to 99"));
        else
            r.visitors = int(n);
    }
    const std::pair<const char *, QString *> texts[] = {
        {"layout", &r.layout}, {"building", &r.building}, {"heard_via", &r.heardVia}, {"note", &r.note}};
    for (const auto &[field, out] : texts) {
        const QJsonValue v = r.other.take(QLatin1String(field));
        if (!given(v))
            continue;
        if (!v.isString() || v.toString().size() > 500)
            a.fail(field, QCoreApplication::translate("CustomerMutations", "must be a text of at most 500 characters"));
        else
            *out = v.toString();
    }
    return r;
}

Requirement Requirement::fromStored(const QJsonObject &json)
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
