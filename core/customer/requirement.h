#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

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
    static Requirement fromJson(const QJsonObject &json);
    friend bool operator==(const Requirement &, const Requirement &) = default;
};

} // namespace shoulou::customer
