#pragma once

#include "util/result.h"

#include <QJsonObject>
#include <QString>

namespace shoulou::dispatch {

// dispatch.set_mode@1: a site manager sets the dispatch mode by hand for a project (or the
// whole office) from now until a moment — "grab" or "idle" — or hands it back to the calendar
// ("calendar": every override of that scope in force from now on ends now). Stored in
// mode_override; ModeDecision::resolve reads them with the calendar.
struct ModeSet final {
    static constexpr const char *kName = "dispatch.set_mode";
    static constexpr int kVersion = 1;

    QString projectId;  // empty: the whole office
    QString mode;       // grab | idle | calendar
    qint64 untilMs = 0; // grab / idle: when the calendar decides again (after now)

    QJsonObject toJson() const;
    static Result<ModeSet> fromJson(const QJsonObject &json, int version = kVersion);
    friend bool operator==(const ModeSet &, const ModeSet &) = default;

    struct Outcome {
        QString projectId;
        QString mode;
        qint64 fromMs = 0;
        qint64 untilMs = 0;
        int ended = 0; // overrides ended by "calendar"
        QJsonObject toJson() const;
        static Result<Outcome> fromJson(const QJsonObject &json);
        friend bool operator==(const Outcome &, const Outcome &) = default;
    };
};

} // namespace shoulou::dispatch
