#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace shoulou::mutation {
class Args;
}

namespace shoulou::customer {

// What a customer is looking for (customer.requirement, stored as JSON). Budget is integer fen
// (DESIGN.md §3). Keys this struct does not know (written by a newer workstation or an
// import) travel along in `other`, so an edit here never drops them.
struct Requirement final {
    std::optional<qint64> budgetFen;
    QString layout;
    std::optional<double> areaM2;
    QString note;
    // What the desk notes when the person comes in (the new-customer form) or an office's
    // Excel list brings: gender "male"/"female", visitors (0 = not given), how they heard of
    // the project, the building they have in mind.
    QString gender;
    int visitors = 0;
    QString heardVia;
    QString building;
    QJsonObject other;

    bool isEmpty() const
    {
        return !budgetFen && layout.isEmpty() && !areaM2 && note.isEmpty() && gender.isEmpty() && !visitors && heardVia.isEmpty() &&
               building.isEmpty() && other.isEmpty();
    }
    QJsonObject toJson() const;
    // What a known customer's requirement becomes when the person tells `told` again (at the
    // desk, at the kiosk): what was told now wins, what the office noted before stays.
    Requirement updatedBy(const Requirement &told) const;
    // Mutation arguments ("requirement" of customer.update), read strictly: a budget that is
    // not whole, non-negative fen, an area not above 0, a gender not male/female, visitors
    // not 1–99, a text not a text of at most 500 characters is refused, the error in `args`
    // naming the field ("requirement.budget_fen"). Null is "not given".
    static Requirement read(mutation::Args &args);
    // What is stored on a customer (written through read(), so it holds): no checks, a value
    // of the wrong type is read as not given.
    static Requirement fromStored(const QJsonObject &json);
    friend bool operator==(const Requirement &, const Requirement &) = default;
};

} // namespace shoulou::customer
