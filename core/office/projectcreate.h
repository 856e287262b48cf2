#pragma once

#include "util/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace shoulou::office {

// project.create@1: a project with its layouts and buildings; the handler generates the units
// floor by floor ("1201" = floor 12, unit 01), the layouts assigned in turn. fromJson is
// strict: a name is required, every layout and building field has its type, buildings need
// floors > 0 and 1–99 units per floor, and at least one layout.
struct ProjectCreate final {
    static constexpr const char *kName = "project.create";
    static constexpr int kVersion = 1;

    struct Layout {
        QString name;
        int bedrooms = 0;
        qint64 areaDm2 = 0; // dm², so 115 m² is 11500
        friend bool operator==(const Layout &, const Layout &) = default;
    };
    struct Building {
        QString name;
        int floors = 0;
        int unitsPerFloor = 0;
        qint64 priceFenPerM2 = 0;
        friend bool operator==(const Building &, const Building &) = default;
    };

    QString name, city, address;
    QList<Layout> layouts;
    QList<Building> buildings;

    QJsonObject toJson() const;
    static Result<ProjectCreate> fromJson(const QJsonObject &json, int version = kVersion);
    friend bool operator==(const ProjectCreate &, const ProjectCreate &) = default;

    struct Outcome {
        QString projectId;
        int units = 0; // units generated
        QJsonObject toJson() const { return {{QStringLiteral("project_id"), projectId}, {QStringLiteral("units"), units}}; }
        static Result<Outcome> fromJson(const QJsonObject &json);
        friend bool operator==(const Outcome &, const Outcome &) = default;
    };
};

} // namespace shoulou::office
